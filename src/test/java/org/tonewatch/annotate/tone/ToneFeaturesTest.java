package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.nlp.Dependencies;
import org.tonewatch.annotate.nlp.NlpSentence;
import org.tonewatch.annotate.nlp.Phrase;
import org.tonewatch.annotate.nlp.PhraseTree;
import org.tonewatch.annotate.nlp.Token;
import org.tonewatch.testing.Tokens;

class ToneFeaturesTest {
  private static final double[] NEUTRAL = {0, 0, 1, 0, 0};
  private static final double[] POSITIVE = {0, 0, 0, 1, 0};
  private static final ToneFeatures FEATURES = new ToneFeatures(new RelationCues(Map.of("sanction", -1.0, "talk", 0.5)));

  /** A flat tree whose word phrases carry {@code polarity} for the words listed in it, neutral for the rest. */
  private static NlpSentence sentence(String text, Dependencies deps, Map<String, double[]> wordSentiment) {
    List<Token> tokens = Tokens.of(text);
    List<Phrase> phrases = new ArrayList<>();
    phrases.add(new Phrase("S", 0, tokens.size(), -1, NEUTRAL, new double[] {0.5, -0.5}));
    for (int i = 0; i < tokens.size(); i++) {
      phrases.add(new Phrase("X", i, i + 1, 0, wordSentiment.getOrDefault(tokens.get(i).word(), NEUTRAL), new double[] {i, 0}));
    }
    return new NlpSentence(0, text.length(), text, tokens, NlpSentence.PARSED, new PhraseTree(phrases), deps);
  }

  @Test
  void readsTheTargetsRoleTheWordGoverningItAndItsNegation() {
    // Russia did not welcome the talks .  →  Russia <-S:NP- welcome; did, not <-VP:VBD, VP:RB- welcome
    Dependencies deps = new Dependencies(new int[] {3, 3, 3, -1, 5, 3, 3},
        new String[] {"S:NP", "VP:VBD", "VP:RB", "root", "NP:DT", "VP:NP", "S:."});
    Map<String, Double> f = FEATURES.extract(sentence("Russia did not welcome the talks .", deps, Map.of("welcome", POSITIVE)), 0, 1);

    assertEquals(1.0, f.get("role=S:NP"));
    assertEquals(1.0, f.get("gov=welcome"));
    assertEquals(1.0, f.get("role_gov=S:NP_welcome"));
    assertEquals(1.0, f.get("gov_polarity"));
    assertEquals(1.0, f.get("gov_negated"));
    assertEquals(1.0, f.get("gov_negated_polarity"));
  }

  @Test
  void aModifierTakesTheRoleOfTheNounItModifies() {
    // Britain expelled Russian diplomats .  →  Russian <-NP:JJ- diplomats <-VP:NP- expelled
    Dependencies deps = new Dependencies(new int[] {1, -1, 3, 1, 1}, new String[] {"S:NP", "root", "NP:JJ", "VP:NP", "S:."});
    Map<String, Double> f = FEATURES.extract(sentence("Britain expelled Russian diplomats .", deps, Map.of()), 2, 3);

    assertEquals(1.0, f.get("role=VP:NP"));
    assertEquals(1.0, f.get("via=NP:JJ"));
    assertEquals(1.0, f.get("gov=expel"));
  }

  @Test
  void relationCuesAreSummedByDistanceAndNegationTurnsThem() {
    Map<String, Double> near = FEATURES.extract(sentence("Russia faces sanctions", null, Map.of()), 0, 1);
    Map<String, Double> negated = FEATURES.extract(sentence("Russia faces no sanctions", null, Map.of()), 0, 1);
    Map<String, Double> far = FEATURES.extract(sentence("Russia faces new and old and many more sanctions", null, Map.of()), 0, 1);

    assertTrue(near.get("cue_neg") > far.get("cue_neg"), near + " vs " + far);
    assertFalse(near.containsKey("cue_pos"));
    assertTrue(negated.containsKey("cue_pos"));
  }

  @Test
  void theTargetsOwnWordsAreNotFeatures() {
    Map<String, Double> f = FEATURES.extract(sentence("Putin praises the deal", null, Map.of()), 0, 1);

    assertFalse(f.keySet().stream().anyMatch(k -> k.endsWith("=putin")), f.keySet().toString());
    assertEquals(1.0, f.get("right=praise"));
  }

  @Test
  void knowsWhetherTheTargetIsInsideAQuotation() {
    assertEquals(1.0, FEATURES.extract(sentence("He said \" Russia lies \" today", null, Map.of()), 3, 4).get("in_quote"));
    assertFalse(FEATURES.extract(sentence("He said \" it lies \" about Russia", null, Map.of()), 7, 8).containsKey("in_quote"));
  }

  @Test
  void carriesTheSentimentModelsVectorsAndDistributions() {
    Map<String, Double> f = FEATURES.extract(sentence("Russia agreed", null, Map.of("agreed", POSITIVE)), 0, 1);

    assertEquals(0.5, f.get("v_root0"));
    assertEquals(-0.5, f.get("v_root1"));
    assertEquals(1.0, f.get("sibling_pos"), "the predicate is the target's sibling");
    assertEquals(0.0, f.get("root_score"));
  }
}
