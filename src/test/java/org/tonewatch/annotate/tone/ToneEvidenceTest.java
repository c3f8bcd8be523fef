package org.tonewatch.annotate.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToneEvidenceTest {
  private static final Map<String, double[]> WEIGHTS = Map.of(
      "bias", new double[] {3, 0, -3},
      "gov=expel", new double[] {1.0, 0, -1.0},
      "gov_polarity", new double[] {0.4, 0, -0.2},
      "w=talks", new double[] {0, 0, 0.5},
      "clause_neg", new double[] {0.5, 0, 0},
      "v_clause3", new double[] {0, 0, 1},
      "in_quote", new double[] {0, 0, 0.005},
      "cue_neg", new double[] {0.6, 0, 0});

  @Test
  void theItemsThatMovedTheToneMostWithTheirDirection() {
    Map<String, Double> features = Map.of("bias", 1.0, "gov=expel", 1.0, "gov_polarity", -0.5, "w=talks", 0.5,
        "clause_neg", 0.8, "v_clause3", 0.2, "in_quote", 1.0, "unknown_feature", 1.0);
    // At temperature 2, each feature moves the log-odds of favourable against unfavourable by value * (w+ - w-) / 2:
    //   governing word 'expel': (1 * -2 + -0.5 * -0.6) / 2 = -0.85
    //   word 'talks':           0.5 * 0.5 / 2           = +0.125
    //   the clause's sentiment: (0.8 * -0.5 + 0.2 * 1) / 2 = -0.1
    //   inside a quotation:     0.005 / 2, negligible; bias is no evidence; a feature without weight moves nothing.
    assertEquals(List.of("governing word 'expel' \u2212", "word 'talks' +", "the clause's sentiment \u2212"),
        ToneEvidence.of(features, WEIGHTS, 2, null));
  }

  @Test
  void aCueIsNamedByTheStrongestCueOfTheSentence() {
    assertEquals(List.of("cue 'expulsion' \u2212"), ToneEvidence.of(Map.of("cue_neg", 1.0), WEIGHTS, 1, "expulsion"));
    assertEquals(List.of("relation cues \u2212"), ToneEvidence.of(Map.of("cue_neg", 1.0), WEIGHTS, 1, null));
  }

  @Test
  void featuresNameWhatAReaderSees() {
    assertEquals("its role as subject", ToneEvidence.item("role=S:NP", null, null));
    assertEquals("modifier 'hostile'", ToneEvidence.item("mod=hostile", null, null));
    assertEquals("governing word 'praise' negated", ToneEvidence.item("gov_negated", "praise", null));
    assertEquals("the sentence's sentiment", ToneEvidence.item("v_root17", null, null));
  }
}
