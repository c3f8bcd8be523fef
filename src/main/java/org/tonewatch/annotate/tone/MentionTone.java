package org.tonewatch.annotate.tone;

import java.util.List;

/**
 * The tone of a sentence toward one mention of Russia.
 *
 * @param tone -1 unfavourable, 0 neither, +1 favourable
 * @param score the model's score in [-1, 1] behind the tone
 * @param probabilities P(unfavourable), P(neither), P(favourable) for a model that gives them, else null
 * @param evidence what moved the tone most, as short phrases with their direction ({@link ToneEvidence}); empty for a
 *     model that gives none, and for a sentence's combined tone
 */
public record MentionTone(int tone, double score, double[] probabilities, List<String> evidence) {
  public MentionTone(int tone, double score, double[] probabilities) {
    this(tone, score, probabilities, List.of());
  }

  /** Sentences and mentions alike: a score above {@code threshold} is +1, below minus it -1, else 0. */
  public static MentionTone of(double score, double threshold) {
    int tone = score > threshold ? 1 : score < -threshold ? -1 : 0;
    return new MentionTone(tone, score, null);
  }
}
