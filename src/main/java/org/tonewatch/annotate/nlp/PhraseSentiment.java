package org.tonewatch.annotate.nlp;

/** The sentiment model's view of the phrases of one parsed sentence. */
public interface PhraseSentiment {
  /**
   * The 5-way sentiment distribution (very negative … very positive) of the smallest clause that covers tokens
   * {@code [first, end)}; the whole sentence's when no clause does.
   */
  double[] clauseCovering(int first, int end);
}
