package org.tonewatch.annotate.nlp;

import java.util.List;

/**
 * One sentence as the NLP engine returns it. {@code sentiment} and {@code distribution} are null, and
 * {@code phrases} is null, unless {@code parseStatus} is {@link #PARSED}: a sentence that was not parsed has no
 * sentiment, never a made-up one.
 *
 * @param sentiment 0 very negative … 4 very positive
 * @param distribution the five class probabilities, in that order
 */
public record NlpSentence(
    int begin, int end, List<Token> tokens, String parseStatus, Integer sentiment, double[] distribution, PhraseSentiment phrases) {
  public static final String PARSED = "ok";
  /** Longer than {@code nlp.parse-maxlen} tokens: left unparsed by design. */
  public static final String TOO_LONG = "too_long";
  /** The parser gave up on it. */
  public static final String FAILED = "failed";

  public boolean isParsed() {
    return PARSED.equals(parseStatus);
  }

  /** The expected value of the class on a scale from -1 (very negative) to +1 (very positive), or null. */
  public Double sentimentScore() {
    return distribution == null ? null : expectedScore(distribution);
  }

  public static double expectedScore(double[] distribution) {
    double score = 0;
    for (int k = 0; k < distribution.length; k++) {
      score += distribution[k] * (k - 2) / 2.0;
    }
    return score;
  }
}
