package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.mention.RussiaMentionFinder;

class ActorMentionsTest {
  private static final RussiaMention MOSCOW = new RussiaMention("capital", 0, 1);
  private static final RussiaMention RUSSIAN = new RussiaMention("demonym", 4, 5);
  private static final RussiaMention TIES = new RussiaMention(RussiaMentionFinder.RELATIONS, 7, 8);

  private static MentionTone judged(int tone, double actorProbability) {
    return new MentionTone(tone, tone, null, List.of(), actorProbability);
  }

  @Test
  void keepsTheCandidatesJudgedActorsWithTheirTonesInOrder() {
    MentionTone moscow = judged(-1, 0.9);
    MentionTone ties = judged(0, 0.2);
    ActorMentions kept = ActorMentions.of(List.of(MOSCOW, RUSSIAN, TIES), List.of(moscow, judged(1, 0.1), ties));
    assertEquals(List.of(MOSCOW, TIES), kept.mentions(), "a relation noun stays beside a mention that stays");
    assertEquals(List.of(moscow, ties), kept.tones());
  }

  @Test
  void aSentenceWhoseCandidatesAreAllPlacesOrNationalitiesMentionsNoRussia() {
    ActorMentions kept = ActorMentions.of(List.of(RUSSIAN, TIES), List.of(judged(0, 0.49), judged(0, 1.0)));
    assertEquals(List.of(), kept.mentions(), "a relation noun alone is no mention");
    assertNull(kept.tones());
  }

  @Test
  void aModelThatDoesNotJudgeKeepsEveryCandidate() {
    List<MentionTone> tones = List.of(new MentionTone(1, 0.5, null), new MentionTone(0, 0.0, null));
    ActorMentions kept = ActorMentions.of(List.of(MOSCOW, RUSSIAN), tones);
    assertEquals(List.of(MOSCOW, RUSSIAN), kept.mentions());
    assertEquals(tones, kept.tones());
  }
}
