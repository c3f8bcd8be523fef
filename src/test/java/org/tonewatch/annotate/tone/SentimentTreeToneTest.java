package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.mention.RussiaMention;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.testing.Tokens;

class SentimentTreeToneTest {
  private static final double[] NEUTRAL = {0, 0, 1, 0, 0};
  private static final SentimentTreeTone TONE = new SentimentTreeTone(new RelationCues(Map.of("sanction", -1.0, "thaw", 1.0)));

  private static NlpSentence sentence(String text, double[] clause) {
    List<Token> tokens = Tokens.of(text);
    return new NlpSentence(0, text.length(), text, tokens, NlpSentence.PARSED, PhraseTree.flat(tokens.size(), clause), null);
  }

  private static RussiaMention mentionOf(String text, String word) {
    List<Token> tokens = Tokens.of(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).word().equals(word)) {
        return new RussiaMention("country", i, i + 1);
      }
    }
    throw new AssertionError(word + " is not a token of " + text);
  }

  @Test
  void aNeutralClauseWithoutCuesIsNeutral() {
    String text = "Russia held a meeting.";
    MentionTone tone = TONE.score(sentence(text, NEUTRAL), List.of(mentionOf(text, "Russia"))).get(0);

    assertEquals(new MentionTone(0, 0.0, null), tone);
  }

  @Test
  void theClausesSentimentCountsHalf() {
    String text = "Russia held a meeting.";
    double[] veryPositive = {0, 0, 0, 0, 1};
    MentionTone tone = TONE.score(sentence(text, veryPositive), List.of(mentionOf(text, "Russia"))).get(0);

    assertEquals(0.5, tone.score(), 1e-12);
    assertEquals(1, tone.tone());
  }

  @Test
  void aCueNextToTheMentionWeighsByItsDistance() {
    String text = "Russia faces sanction.";
    MentionTone tone = TONE.score(sentence(text, NEUTRAL), List.of(mentionOf(text, "Russia"))).get(0);

    // "sanction" is 2 tokens after "Russia": weight -1 / (1 + 2 / 8) = -0.8; half of tanh(-0.8).
    assertEquals(0.5 * Math.tanh(-0.8), tone.score(), 1e-12);
    assertEquals(-1, tone.tone());
  }

  @Test
  void aNegationTurnsACueAround() {
    String text = "This is not a thaw with Russia.";
    MentionTone tone = TONE.score(sentence(text, NEUTRAL), List.of(mentionOf(text, "Russia"))).get(0);

    assertEquals(-1, tone.tone());
  }

  @Test
  void theSentenceTakesTheMeanOfItsMentions() {
    MentionTone sentence = TONE.combine(List.of(new MentionTone(1, 0.5, null), new MentionTone(0, 0.0, null), new MentionTone(0, -0.2, null)));

    assertEquals(0.1, sentence.score(), 1e-12);
    assertEquals(0, sentence.tone());
    assertThrows(NoSuchElementException.class, () -> TONE.combine(List.of()));
  }
}
