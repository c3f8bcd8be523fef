package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoresTest {
  @Test
  void computesPerClassAndMacroFiguresFromTheConfusionMatrix() {
    Scores s = new Scores();
    // true negative: 3 right, 1 called neutral; true neutral: 2 right, 1 called positive; true positive: 1 right
    for (int i = 0; i < 3; i++) {
      s.add(-1, -1);
    }
    s.add(-1, 0);
    s.add(0, 0);
    s.add(0, 0);
    s.add(0, 1);
    s.add(1, 1);

    assertEquals(6 / 8.0, s.accuracy(), 1e-12);
    assertEquals(1.0, s.precision(0), 1e-12);
    assertEquals(0.75, s.recall(0), 1e-12);
    assertEquals(2 / 3.0, s.precision(1), 1e-12);
    assertEquals(0.5, s.precision(2), 1e-12);
    double f1Negative = 2 * 1.0 * 0.75 / 1.75;
    double f1Neutral = 2 * (2 / 3.0) * (2 / 3.0) / (4 / 3.0);
    double f1Positive = 2 * 0.5 * 1.0 / 1.5;
    assertEquals((f1Negative + f1Neutral + f1Positive) / 3, s.macroF1(), 1e-12);
  }

  @Test
  void anUnscoredExampleCountsAgainstRecallOnly() {
    Scores s = new Scores();
    s.add(1, 1);
    s.add(1, null);

    assertEquals(2, s.total());
    assertEquals(1, s.unscored());
    assertEquals(0.5, s.recall(2), 1e-12);
    assertEquals(1.0, s.precision(2), 1e-12);
    assertEquals(0.5, s.accuracy(), 1e-12);
  }

  @Test
  void theReportEndsWithTheMacroF1Line() {
    Scores s = new Scores();
    s.add(-1, -1);
    s.add(0, 1);

    String[] lines = s.report().strip().split("\n");
    assertEquals(String.format("macro_f1=%.3f", s.macroF1()), lines[lines.length - 1]);
    assertTrue(s.report().contains("confusion matrix"));
  }
}
