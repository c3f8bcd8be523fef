package org.tonewatch.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tonewatch.aggregate.AdjustedTone.ArticleCounts;
import org.tonewatch.aggregate.AdjustedTone.Estimate;

class AdjustedToneTest {
  /** Rows: true -1, 0, +1; columns: predicted -1, 0, +1. */
  static final double[][] RATES = {{0.8, 0.2, 0.0}, {0.1, 0.8, 0.1}, {0.0, 0.25, 0.75}};

  @Test
  void invertsTheErrorRatesWorkedOutByHand() {
    // True shares 0.5 / 0.4 / 0.1 are counted as
    //   -1: 0.5*0.8 + 0.4*0.1            = 0.44
    //    0: 0.5*0.2 + 0.4*0.8 + 0.1*0.25 = 0.445
    //   +1:           0.4*0.1 + 0.1*0.75 = 0.115
    // so the raw mean tone is 0.115 - 0.44 = -0.325 and the adjusted one 0.1 - 0.5 = -0.4.
    double[] adjusted = AdjustedTone.adjust(new double[] {0.44, 0.445, 0.115}, RATES);
    assertArrayEquals(new double[] {0.5, 0.4, 0.1}, adjusted, 1e-12);
  }

  @Test
  void aNegativeSolutionIsSetToZeroAndTheRestRescaled() {
    // Counted shares 0.05 / 0.785 / 0.165. From the rows of the rates:
    //   0.05  = 0.8 s- + 0.1 s0                ->  s- = (0.05 - 0.1 s0) / 0.8
    //   0.165 = 0.1 s0 + 0.75 s+               ->  s+ = (0.165 - 0.1 s0) / 0.75
    //   s- + s0 + s+ = 1                       ->  s0 = 861/890, s- = -52/890, s+ = 81/890
    // s- is set to 0 and the others divided by 942/890: 861/942 and 81/942.
    double[] adjusted = AdjustedTone.adjust(new double[] {0.05, 0.785, 0.165}, RATES);
    assertArrayEquals(new double[] {0, 861.0 / 942, 81.0 / 942}, adjusted, 1e-12);
  }

  @Test
  void ratesThatCannotBeInvertedGiveNothing() {
    double[][] blind = {{0.5, 0.5, 0}, {0.5, 0.5, 0}, {0, 0, 1}};
    assertNull(AdjustedTone.adjust(new double[] {0.4, 0.4, 0.2}, blind));
    assertThrows(IllegalArgumentException.class, () -> AdjustedTone.of(errors(List.of(
        new ErrorRates.Pair("a", -1, 0), new ErrorRates.Pair("a", 0, 0), new ErrorRates.Pair("a", 1, 1)))));
  }

  @Test
  void theIntervalOfAFewArticlesIsExpandedAsStudentsTWidensTheNormal() {
    // 20 articles: t(19) at 97.5% is 2.093024, times √(20/19) is 2.147397, and Φ(−2.147397) is 1.588%; 5 articles:
    // t(4) is 2.776445, times √(5/4) is 3.104160, Φ of minus that 0.0954%. A large group gets the plain 2.5%.
    assertEquals(1.5881, AdjustedTone.expandedTail(20), 1e-4);
    assertEquals(0.0954, AdjustedTone.expandedTail(5), 1e-4);
    assertEquals(2.5, AdjustedTone.expandedTail(100_000), 1e-3);
    // Draws 1 to 1,000 of a group of 20: R-7 puts the 1.5881st percentile at 1 + 0.015881 × 999 and the 98.4119th at
    // 1 + 0.984119 × 999, where the plain interval would give 25.975 and 975.025.
    double[] draws = java.util.stream.IntStream.rangeClosed(1, 1000).asDoubleStream().toArray();
    assertArrayEquals(new double[] {16.865, 984.135}, AdjustedTone.expandedInterval(draws, 20), 1e-2);
  }

  @Test
  void errorRatesAreCountedByRowAndSurviveTheirFile() throws IOException {
    ErrorRates rates = errors(devLike(RATES, 20, 1));
    assertArrayEquals(new long[] {16, 4, 0}, rates.counts()[0]);
    assertArrayEquals(RATES[2], rates.rates()[2], 1e-12);
    StringWriter file = new StringWriter();
    rates.write(file);
    assertTrue(file.toString().startsWith(ErrorRates.MODEL_LINE + "abc\narticle_id,truth,predicted\n"));
    ErrorRates read = ErrorRates.read(new StringReader(file.toString()), "test");
    assertEquals("abc", read.modelSha256());
    assertEquals(rates.pairs(), read.pairs());
  }

  @Test
  void theGroupEstimateMatchesTheHandWorkedSharesAndItsIntervalHoldsIt() {
    AdjustedTone adjustment = AdjustedTone.of(errors(devLike(RATES, 20, 40)));
    // 100 articles with the counted shares of the first test: 44, 44.5 and 11.5 of every 100 sentences.
    List<ArticleCounts> group = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      group.add(new ArticleCounts(String.format("a%03d", i), i % 2 == 0 ? 5 : 4, i % 2 == 0 ? 4 : 5, 1));
    }
    group.add(new ArticleCounts("b", 0, 0, 30));
    group.add(new ArticleCounts("c", 0, 0, 0));
    // -1: 450, 0: 450, +1: 130 of 1030
    double[] expected = AdjustedTone.adjust(new double[] {450 / 1030.0, 450 / 1030.0, 130 / 1030.0}, RATES);
    Estimate estimate = adjustment.estimate(group, "2016");
    assertEquals(expected[0], estimate.shareNegative(), 1e-12);
    assertEquals(expected[2], estimate.sharePositive(), 1e-12);
    assertEquals(expected[2] - expected[0], estimate.meanTone(), 1e-12);
    assertNotNull(estimate.ciLow());
    assertTrue(estimate.ciLow() < estimate.meanTone() && estimate.meanTone() < estimate.ciHigh(), estimate.toString());

    List<ArticleCounts> shuffled = new ArrayList<>(group);
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertEquals(estimate, adjustment.estimate(shuffled, "2016"), "the order of the articles does not matter");
  }

  @Test
  void errorRatesKnownFromFewerLabelsWidenTheInterval() {
    List<ArticleCounts> group = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      group.add(new ArticleCounts("a" + i, 4 + i % 3, 4, 1 + i % 2));
    }
    Estimate wellKnown = AdjustedTone.of(errors(devLike(RATES, 20, 100))).estimate(group, "g");
    Estimate littleKnown = AdjustedTone.of(errors(devLike(RATES, 20, 4))).estimate(group, "g");
    assertEquals(wellKnown.meanTone(), littleKnown.meanTone(), 1e-12, "the same rates, so the same point");
    assertTrue(littleKnown.ciHigh() - littleKnown.ciLow() > 1.5 * (wellKnown.ciHigh() - wellKnown.ciLow()),
        wellKnown + " / " + littleKnown);
  }

  @Test
  void oneArticleHasNoIntervalAndNoToneSentenceNoEstimate() {
    AdjustedTone adjustment = AdjustedTone.of(errors(devLike(RATES, 20, 10)));
    Estimate one = adjustment.estimate(List.of(new ArticleCounts("a", 9, 8, 3)), "x");
    assertNotNull(one);
    assertNull(one.ciLow());
    assertNull(one.ciHigh());
    assertNull(adjustment.estimate(List.of(new ArticleCounts("a", 0, 0, 0)), "x"));
  }

  @Test
  void aLargeGroupDrawnFromItsSumsGetsTheArticleBootstrapsPointAndInterval() {
    AdjustedTone adjustment = AdjustedTone.of(errors(devLike(RATES, 20, 40)));
    // 12,000 articles of 0 to 11 tone sentences, favourable rare and clustered in a few articles, from a fixed seed.
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    List<ArticleCounts> group = new ArrayList<>();
    AdjustedTone.Moments moments = new AdjustedTone.Moments();
    AdjustedTone.Moments firstHalf = new AdjustedTone.Moments();
    AdjustedTone.Moments secondHalf = new AdjustedTone.Moments();
    for (int i = 0; i < 12_000; i++) {
      ArticleCounts article = new ArticleCounts("a" + i, random.nextInt(6), random.nextInt(5), random.nextInt(10) == 0 ? random.nextInt(4) : 0);
      group.add(article);
      moments.add(article);
      (i % 3 == 0 ? firstHalf : secondHalf).add(article);
    }
    firstHalf.add(secondHalf);

    Estimate oneByOne = adjustment.estimate(group, "2019");
    Estimate fromSums = adjustment.estimate(moments, "2019");
    assertEquals(oneByOne.meanTone(), fromSums.meanTone(), 1e-12, "the same counts, so the same point");
    assertEquals(oneByOne.shareNeutral(), fromSums.shareNeutral(), 1e-12);
    // The two draw differently, so their percentiles differ by Monte Carlo noise only.
    assertEquals(oneByOne.ciLow(), fromSums.ciLow(), 0.01, oneByOne + " / " + fromSums);
    assertEquals(oneByOne.ciHigh(), fromSums.ciHigh(), 0.01, oneByOne + " / " + fromSums);
    assertEquals(fromSums, adjustment.estimate(firstHalf, "2019"), "sums added in any split give the same numbers");
    assertNull(adjustment.estimate(new AdjustedTone.Moments(), "2019"));
  }

  @Test
  void theCholeskyRootOfASingularCovarianceLeavesItsEmptyToneOut() {
    // No favourable sentence anywhere: the third row and column are zero.
    double[][] covariance = {{4, 2, 0}, {2, 5, 0}, {0, 0, 0}};
    double[][] root = AdjustedTone.choleskyOf(covariance);
    assertArrayEquals(new double[] {2, 0, 0}, root[0], 1e-12);
    assertArrayEquals(new double[] {1, 2, 0}, root[1], 1e-12);
    assertArrayEquals(new double[] {0, 0, 0}, root[2], 1e-12);
  }

  private static ErrorRates errors(List<ErrorRates.Pair> pairs) {
    return ErrorRates.of("abc", pairs);
  }

  /**
   * Labelled pairs whose rates are exactly {@code rates}: {@code perClass} pairs of each true class, {@code rounds}
   * times, each pair from an article of its own.
   */
  static List<ErrorRates.Pair> devLike(double[][] rates, int perClass, int rounds) {
    List<ErrorRates.Pair> pairs = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int t = 0; t < 3; t++) {
        for (int p = 0; p < 3; p++) {
          long n = Math.round(rates[t][p] * perClass);
          for (int i = 0; i < n; i++) {
            pairs.add(new ErrorRates.Pair("dev" + pairs.size(), t - 1, p - 1));
          }
        }
      }
    }
    return pairs;
  }
}
