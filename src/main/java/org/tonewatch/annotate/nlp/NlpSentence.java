package org.tonewatch.annotate.nlp;

import java.io.Serializable;
import java.util.List;

/**
 * One sentence as the NLP engine returns it. {@code phrases} and {@code dependencies} are null unless
 * {@code parseStatus} is {@link #PARSED}: a sentence that was not parsed has no sentiment, never a made-up one.
 *
 * @param text the sentence's characters as the article has them ({@code begin} to {@code end})
 * @param phrases the sentiment model's phrase tree; its root holds the sentence's sentiment
 * @param dependencies the sentence's dependency parse, or null when the engine gives none
 */
public record NlpSentence(
    int begin, int end, String text, List<Token> tokens, String parseStatus, PhraseTree phrases, Dependencies dependencies)
    implements Serializable {
  public static final String PARSED = "ok";
  /** Longer than {@code nlp.parse-maxlen} tokens: left unparsed by design. */
  public static final String TOO_LONG = "too_long";
  /** The parser gave up on it. */
  public static final String FAILED = "failed";
  /** The parse ran past {@code nlp.parse-maxtime} and was stopped. */
  public static final String TIMEOUT = "timeout";
  /** The article's annotation had run past {@code nlp.article-maxtime} before this sentence: not parsed. */
  public static final String ARTICLE_TIME = "article_time";

  /** A sentence that was not parsed, with the reason in {@code parseStatus}. */
  public static NlpSentence unparsed(int begin, int end, String text, List<Token> tokens, String parseStatus) {
    return new NlpSentence(begin, end, text, tokens, parseStatus, null, null);
  }

  public boolean isParsed() {
    return PARSED.equals(parseStatus);
  }

  /** The five class probabilities of the whole sentence (very negative … very positive), or null. */
  public double[] distribution() {
    return phrases == null ? null : phrases.root().distribution();
  }

  /** The most probable class, 0 very negative … 4 very positive, or null. */
  public Integer sentiment() {
    double[] d = distribution();
    if (d == null) {
      return null;
    }
    int best = 0;
    for (int k = 1; k < d.length; k++) {
      best = d[k] > d[best] ? k : best;
    }
    return best;
  }

  /** The expected value of the class on a scale from -1 (very negative) to +1 (very positive), or null. */
  public Double sentimentScore() {
    return phrases == null ? null : expectedScore(distribution());
  }

  public static double expectedScore(double[] distribution) {
    double score = 0;
    for (int k = 0; k < distribution.length; k++) {
      score += distribution[k] * (k - 2) / 2.0;
    }
    return score;
  }
}
