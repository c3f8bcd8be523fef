package org.tonewatch.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.annotate.tone.EncoderTone;

/**
 * The simulation of the README, smaller: corpora with known true shares drawn from the shipped model's dev pairs
 * (half of the articles measure the error rates, the other half make the corpora).
 */
class CoverageSimulationTest {
  @Test
  void theAdjustedIntervalCoversTheTrueMeanWhereTheRawOneDoesNot() {
    ErrorRates shipped = ErrorRates.nextTo(EncoderTone.BUNDLED);
    assertNotNull(shipped, "the shipped model has its error rates");

    CoverageSimulation.Coverage c = CoverageSimulation.run(shipped, 0.15, 300, 400, 7).all();

    assertEquals(300, c.draws());
    // The README's simulation of 1,000 corpora puts the adjusted coverage near 0.91; an estimate from 300 corpora has
    // a standard error of about 0.017, so 0.85 is three of them below: a loss of coverage, not the draw's noise.
    assertTrue(c.adjusted() >= 0.85, "adjusted coverage " + c.adjusted());
    assertTrue(c.raw() < 0.60, "raw coverage " + c.raw());
  }

  @Test
  void pairsThatCannotBeSplitIntoTwoUsableHalvesAreRefusedRatherThanDrawnForever() {
    // Every favourable pair is in one article, so one half of any split has none.
    List<ErrorRates.Pair> pairs = new java.util.ArrayList<>(AdjustedToneTest.devLike(AdjustedToneTest.RATES, 20, 3).stream()
        .filter(p -> p.truth() != 1).toList());
    pairs.add(new ErrorRates.Pair("the only one", 1, 1));
    pairs.add(new ErrorRates.Pair("the only one", 1, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoverageSimulation.run(ErrorRates.of("x", pairs), 0.15, 10, 100, 7));
    assertTrue(e.getMessage().startsWith("the labelled pairs cannot be split by article"), e.getMessage());
  }

  @Test
  void theRawIntervalIsTheTablesOne() {
    // Two articles: (1 unfavourable, 1 neither) and (2 favourable): the tables' mean is (−1 + 0 + 2) / 4.
    double[] raw = CoverageSimulation.rawInterval(List.of(new AdjustedTone.ArticleCounts("a", 1, 1, 0),
        new AdjustedTone.ArticleCounts("b", 0, 0, 2)));
    assertEquals(0.25, raw[0], 1e-12);
    // ClusteredMean with G = 2, n = 4, s = (−1, 2), n_g = (2, 2), y² summing to 3.
    double half = ClusteredMean.halfWidth(2, 4, 1, 5, 2, 8, 3);
    assertEquals(Math.max(-1, 0.25 - half), raw[1], 1e-12);
    assertEquals(Math.min(1, 0.25 + half), raw[2], 1e-12);
  }
}
