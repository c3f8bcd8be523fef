package org.tonewatch.annotate.tone;

import java.util.List;

/**
 * The tone of a sentence toward one mention of Russia.
 *
 * @param tone -1 unfavourable, 0 neither, +1 favourable
 * @param score the model's score in [-1, 1] behind the tone
 * @param probabilities P(unfavourable), P(neither), P(favourable) for a model that gives them, else null; for a model
 *     that also judges whether the mention is Russia as an actor, these are given that it is
 * @param evidence what moved the tone most, as short phrases with their direction ({@link ToneEvidence}); empty for a
 *     model that gives none, and for a sentence's combined tone
 * @param actorProbability P(the mention names Russia as an actor, not as a place, a nationality or a thing's origin);
 *     1 for a model that does not judge it
 */
public record MentionTone(int tone, double score, double[] probabilities, List<String> evidence, double actorProbability) {
  public MentionTone(int tone, double score, double[] probabilities, List<String> evidence) {
    this(tone, score, probabilities, evidence, 1.0);
  }

  public MentionTone(int tone, double score, double[] probabilities) {
    this(tone, score, probabilities, List.of());
  }

  /** Whether the model takes the mention for Russia as an actor (a mention it does not judge is one). */
  public boolean isActor() {
    return actorProbability >= 0.5;
  }

  /** Sentences and mentions alike: a score above {@code threshold} is +1, below minus it -1, else 0. */
  public static MentionTone of(double score, double threshold) {
    int tone = score > threshold ? 1 : score < -threshold ? -1 : 0;
    return new MentionTone(tone, score, null);
  }
}
