package org.tonewatch.annotate.tone;

import java.util.List;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;

/**
 * Tone, first version ({@code tone.model=sentiment-tree}): for each mention, half the sentiment of the smallest clause
 * covering it (expected value of the sentiment model's 5-way distribution, in [-1, 1]) and half the relation cues of
 * the sentence, each cue weighted by {@code 1 / (1 + d / 8)} for a distance of {@code d} tokens from the mention and
 * the sum squashed by {@code tanh}. A score above {@value #THRESHOLD} is +1, below minus it -1. The sentence's score
 * is the mean of its mentions' scores, cut by the same threshold.
 */
public final class SentimentTreeTone implements ToneModel {
  public static final String NAME = "sentiment-tree";
  static final double THRESHOLD = 0.2;
  static final double CLAUSE_WEIGHT = 0.5;
  // News sentences are long and a cue speaks for its whole clause, so the weight falls off slowly.
  private static final double DISTANCE_SCALE = 8.0;

  private final RelationCues cues;

  public SentimentTreeTone(RelationCues cues) {
    this.cues = cues;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return NAME;
  }

  @Override
  public MentionTone score(NlpSentence sentence, RussiaMention mention) {
    double clause = NlpSentence.expectedScore(sentence.phrases().clauseCovering(mention.first(), mention.end()).distribution());
    double cue = Math.tanh(cueSum(sentence, mention));
    return MentionTone.of(CLAUSE_WEIGHT * clause + (1 - CLAUSE_WEIGHT) * cue, THRESHOLD);
  }

  @Override
  public MentionTone combine(List<MentionTone> mentions) {
    double mean = mentions.stream().mapToDouble(MentionTone::score).average().orElseThrow();
    return MentionTone.of(mean, THRESHOLD);
  }

  private double cueSum(NlpSentence sentence, RussiaMention mention) {
    double sum = 0;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      if (i >= mention.first() && i < mention.end()) {
        continue;
      }
      double weight = cues.weight(sentence.tokens(), i);
      if (weight != 0) {
        int distance = i < mention.first() ? mention.first() - i : i - mention.end() + 1;
        sum += weight / (1 + distance / DISTANCE_SCALE);
      }
    }
    return sum;
  }
}
