package org.tonewatch.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Whether the intervals cover the truth: corpora with known true tone shares are drawn from labelled pairs, and the
 * raw interval ({@link ClusteredMean} over the model's tones) and the adjusted one ({@link AdjustedTone}) are checked
 * against the true mean tone.
 *
 * <p>The simulation is set in the bootstrap world (a double bootstrap, Efron and Tibshirani, 1993, ch. 18): the
 * labelled pairs stand for all sentences. Each corpus is drawn in three steps.
 * <ol>
 *   <li>Dev labels are drawn from the pairs by article, with replacement, as many articles as there are, and the error
 *       rates are measured on them, as the job measures them on its dev labels.</li>
 *   <li>True shares are drawn (favourable uniform on [0, {@code maxFavourable}], unfavourable uniform on [0.1, 0.9 −
 *       favourable], neither the rest: the range real coverage of Russia lies in).</li>
 *   <li>A corpus of {@link #ARTICLE_COUNTS} articles (one of them at random) of 1 to 8 tone sentences each is drawn.
 *       Each sentence's true tone is drawn from the true shares and its predicted tone from all the pairs with that
 *       label.</li>
 * </ol>
 * So the corpus errs as all labelled pairs do, and the error rates are an estimate of that from a sample of the
 * pairs' size, as in the job. An earlier design split the articles into two halves, one to measure the rates and one
 * to make the corpora. It made the corpus err as its own half did, and that half differs from all pairs as much as
 * the measuring half does. So the rates' error counted twice against intervals built to carry it once.
 *
 * <p>Pure; deterministic for a seed.
 */
public final class CoverageSimulation {
  static final int[] ARTICLE_COUNTS = {20, 50, 150, 400};
  static final int MAX_SENTENCES = 8;
  /** Dev label sets drawn per corpus, on average, before the labelled pairs are found unfit to simulate from. */
  static final int MAX_TRIES = 20;

  /**
   * How often each interval held the true mean, how far each point was from it on average and how wide each interval
   * was, over {@code draws} corpora; a draw without an adjusted interval counts as not covered.
   */
  public static final class Coverage {
    private int draws;
    private int rawCovered;
    private int adjustedCovered;
    private int adjustedWithout;
    private double rawError;
    private double adjustedError;
    private double rawWidth;
    private double adjustedWidth;

    void add(double trueMean, double[] raw, AdjustedTone.Estimate adjusted) {
      draws++;
      rawCovered += raw[1] <= trueMean && trueMean <= raw[2] ? 1 : 0;
      rawError += Math.abs(raw[0] - trueMean);
      rawWidth += raw[2] - raw[1];
      if (adjusted == null || adjusted.ciLow() == null) {
        adjustedWithout++;
        return;
      }
      adjustedCovered += adjusted.ciLow() <= trueMean && trueMean <= adjusted.ciHigh() ? 1 : 0;
      adjustedError += Math.abs(adjusted.meanTone() - trueMean);
      adjustedWidth += adjusted.ciHigh() - adjusted.ciLow();
    }

    public int draws() {
      return draws;
    }

    public int rawCovered() {
      return rawCovered;
    }

    public int adjustedCovered() {
      return adjustedCovered;
    }

    public int adjustedWithout() {
      return adjustedWithout;
    }

    public double raw() {
      return rawCovered / (double) draws;
    }

    public double adjusted() {
      return adjustedCovered / (double) draws;
    }

    public double rawMeanAbsoluteError() {
      return rawError / draws;
    }

    public double adjustedMeanAbsoluteError() {
      return adjustedError / Math.max(1, draws - adjustedWithout);
    }

    public double rawMeanWidth() {
      return rawWidth / draws;
    }

    public double adjustedMeanWidth() {
      return adjustedWidth / Math.max(1, draws - adjustedWithout);
    }
  }

  /** All draws, and the draws by the number of articles of their corpus (the keys of {@link #ARTICLE_COUNTS}). */
  public record Result(Coverage all, Map<Integer, Coverage> byArticles) {}

  private CoverageSimulation() {}

  /** {@code draws} simulated corpora from the pairs of {@code labelled}, with {@code bootstrapDraws} per interval. */
  public static Result run(ErrorRates labelled, double maxFavourable, int draws, int bootstrapDraws, long seed) {
    List<List<Integer>> predictedByTruth = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (ErrorRates.Pair pair : labelled.pairs()) {
      predictedByTruth.get(pair.truth() + 1).add(pair.predicted());
    }
    if (predictedByTruth.stream().anyMatch(List::isEmpty)) {
      throw new IllegalArgumentException("the labelled pairs lack a tone to simulate from: "
          + predictedByTruth.get(0).size() + " unfavourable, " + predictedByTruth.get(1).size() + " neither, "
          + predictedByTruth.get(2).size() + " favourable");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Coverage all = new Coverage();
    Map<Integer, Coverage> byArticles = new TreeMap<>();
    int tries = 0;
    for (int d = 0; d < draws; ) {
      if (++tries > MAX_TRIES * draws) {
        throw new IllegalArgumentException("dev labels drawn from the labelled pairs seldom give error rates that can "
            + "be inverted: " + predictedByTruth.get(0).size() + " unfavourable, " + predictedByTruth.get(1).size()
            + " neither, " + predictedByTruth.get(2).size() + " favourable pairs in " + labelled.articles() + " articles");
      }
      AdjustedTone adjustment;
      try {
        adjustment = new AdjustedTone(labelled.resampled(random), bootstrapDraws, random.nextLong());
      } catch (IllegalArgumentException singular) {
        continue; // error rates that cannot be inverted: draw the dev labels again
      }
      double positive = maxFavourable * random.nextDouble();
      double negative = 0.1 + (0.8 - positive) * random.nextDouble();
      double[] truth = {negative, 1 - negative - positive, positive};
      double trueMean = positive - negative;

      int articleCount = ARTICLE_COUNTS[random.nextInt(ARTICLE_COUNTS.length)];
      List<AdjustedTone.ArticleCounts> corpus = new ArrayList<>();
      for (int a = 0; a < articleCount; a++) {
        long[] counts = new long[3];
        int sentences = 1 + random.nextInt(MAX_SENTENCES);
        for (int s = 0; s < sentences; s++) {
          List<Integer> pool = predictedByTruth.get(draw(truth, random));
          counts[pool.get(random.nextInt(pool.size())) + 1]++;
        }
        corpus.add(new AdjustedTone.ArticleCounts("a" + a, counts[0], counts[1], counts[2]));
      }

      double[] raw = rawInterval(corpus);
      AdjustedTone.Estimate adjusted = adjustment.estimate(corpus, "draw " + d);
      all.add(trueMean, raw, adjusted);
      byArticles.computeIfAbsent(articleCount, n -> new Coverage()).add(trueMean, raw, adjusted);
      d++;
    }
    return new Result(all, byArticles);
  }

  /** The raw mean tone of the model's tones and its interval, as the tables compute them: {mean, low, high}. */
  static double[] rawInterval(List<AdjustedTone.ArticleCounts> corpus) {
    long n = 0;
    double sumS = 0;
    double sumS2 = 0;
    double sumSN = 0;
    double sumN2 = 0;
    double sumY2 = 0;
    long g = 0;
    for (AdjustedTone.ArticleCounts a : corpus) {
      long ng = a.negative() + a.neutral() + a.positive();
      if (ng == 0) {
        continue;
      }
      double sg = a.positive() - a.negative();
      g++;
      n += ng;
      sumS += sg;
      sumS2 += sg * sg;
      sumSN += sg * ng;
      sumN2 += (double) ng * ng;
      sumY2 += a.positive() + a.negative();
    }
    double mean = sumS / n;
    Double half = ClusteredMean.halfWidth(g, n, sumS, sumS2, sumSN, sumN2, sumY2);
    double h = half == null ? Double.NaN : half;
    return new double[] {mean, Math.max(-1, mean - h), Math.min(1, mean + h)};
  }

  private static int draw(double[] shares, SplittableRandom random) {
    double u = random.nextDouble();
    return u < shares[0] ? 0 : u < shares[0] + shares[1] ? 1 : 2;
  }

}
