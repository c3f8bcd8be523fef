package org.tonewatch.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Calibration arithmetic against values worked out by hand. */
class CalibrationTest {
  @Test
  void expectedCalibrationErrorWeighsEachBinsGapByItsShare() {
    List<double[]> p = List.of(new double[] {0.9, 0.05, 0.05}, new double[] {0.2, 0.7, 0.1}, new double[] {0.1, 0.1, 0.8},
        new double[] {0.5, 0.3, 0.2});
    // Right at 0.9 and 0.8, wrong at 0.7 and 0.5: (0.1 + 0.7 + 0.2 + 0.5) / 4.
    Calibration.Reliability r = Calibration.reliability(p, List.of(0, 2, 2, 1), 10);
    assertEquals(0.375, r.ece(), 1e-12);
    assertEquals(1, r.bins().get(9).count());
    assertEquals(0.9, r.bins().get(9).meanConfidence(), 1e-12);
    assertEquals(0.0, r.bins().get(7).accuracy(), 1e-12);
    assertEquals(0, r.bins().get(0).count());
  }

  @Test
  void theTemperatureMinimisesTheNegativeLogLikelihood() {
    // Scores (2, 0, 0), right half the time and class 1 the other half: the likelihood peaks where e^(2/T) = 2,
    // that is T = 2 / ln 2.
    Calibration.Scored right = new Calibration.Scored(new double[] {2, 0, 0}, 0);
    Calibration.Scored wrong = new Calibration.Scored(new double[] {2, 0, 0}, 1);
    assertEquals(2 / Math.log(2), Calibration.fitTemperature(List.of(right, wrong)), 1e-5);
  }

  @Test
  void theBrierTemperatureMeetsTheSameTruthAndItsScoreIsWorkedOutByHand() {
    // The same examples: with x = e^(2/T), P = (x, 1, 1) / (x + 2) and the mean Brier score is (x² + x + 4) / (x + 2)²,
    // least at x = 2 (a proper score, like the likelihood: P(class 0) = 1/2, as often as it is right), where it is 10/16.
    Calibration.Scored right = new Calibration.Scored(new double[] {2, 0, 0}, 0);
    Calibration.Scored wrong = new Calibration.Scored(new double[] {2, 0, 0}, 1);
    assertEquals(2 / Math.log(2), Calibration.fitTemperatureByBrier(List.of(right, wrong)), 1e-4);
    assertEquals(10 / 16.0, Calibration.brierScore(List.of(right, wrong), 2 / Math.log(2)), 1e-12);
    double e = Math.E; // T = 2
    assertEquals((e * e + e + 4) / ((e + 2) * (e + 2)), Calibration.brierScore(List.of(right, wrong), 2), 1e-12);
  }

  @Test
  void featureAugmentationGivesEachFeatureASharedAndADomainCopy() {
    assertEquals(Map.of("g|w=talk", 0.5, "russia|w=talk", 0.5, "g|bias", 1.0, "russia|bias", 1.0),
        TrainTone.augmented(Map.of("w=talk", 0.5, "bias", 1.0), TrainTone.IN_DOMAIN));
  }
}
