package org.tonewatch.annotate.tone;

/**
 * The tone of a sentence toward one mention of Russia.
 *
 * @param tone -1 unfavourable, 0 neither, +1 favourable
 * @param score the model's score in [-1, 1] behind the tone
 * @param probabilities P(unfavourable), P(neither), P(favourable) for a model that gives them, else null
 */
public record MentionTone(int tone, double score, double[] probabilities) {
  /** Sentences and mentions alike: a score above {@code threshold} is +1, below minus it -1, else 0. */
  public static MentionTone of(double score, double threshold) {
    int tone = score > threshold ? 1 : score < -threshold ? -1 : 0;
    return new MentionTone(tone, score, null);
  }
}
