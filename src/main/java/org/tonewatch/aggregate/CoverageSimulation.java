package org.tonewatch.aggregate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Whether the intervals cover the truth: corpora with known true tone shares are drawn from labelled pairs, and the
 * raw interval ({@link ClusteredMean} over the model's tones) and the adjusted one ({@link AdjustedTone}) are checked
 * against the true mean tone.
 *
 * <p>Each draw splits the labelled pairs' articles at random into two halves. The first half plays the dev labels:
 * the error rates are measured on it. The second half plays the coverage: true shares are drawn (favourable uniform on
 * [0, 0.3], unfavourable uniform on [0.1, 0.9 − favourable], neither the rest: the range real coverage of Russia
 * lies in), then a corpus of {@link #ARTICLE_COUNTS} articles (one of them at random) of 1 to 8 tone sentences each,
 * each sentence's true tone drawn from the true shares and its predicted tone that of a pair of the second half with
 * that label, drawn with replacement. So the model's errors in the corpus are those of real pairs that the error rates
 * were not measured on, as in the job. The true mean tone is favourable minus unfavourable of the true shares.
 *
 * <p>Pure; deterministic for a seed.
 */
public final class CoverageSimulation {
  static final int[] ARTICLE_COUNTS = {20, 50, 150, 400};
  static final int MAX_SENTENCES = 8;
  /** Random splits tried per draw, on average, before the labelled pairs are found unfit to simulate from. */
  static final int MAX_SPLITS = 20;

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
    Map<String, List<ErrorRates.Pair>> byArticle = new LinkedHashMap<>();
    for (ErrorRates.Pair pair : labelled.pairs()) {
      byArticle.computeIfAbsent(pair.article(), a -> new ArrayList<>()).add(pair);
    }
    List<String> articles = new ArrayList<>(byArticle.keySet());
    SplittableRandom random = new SplittableRandom(seed);
    Coverage all = new Coverage();
    Map<Integer, Coverage> byArticles = new TreeMap<>();
    int splits = 0;
    for (int d = 0; d < draws; ) {
      if (++splits > MAX_SPLITS * draws) {
        throw new IllegalArgumentException("the labelled pairs cannot be split by article into two halves that each hold "
            + "every tone often enough to simulate: " + Arrays.toString(labelled.counts()[0]) + " unfavourable, "
            + Arrays.toString(labelled.counts()[1]) + " neither, " + Arrays.toString(labelled.counts()[2])
            + " favourable (by the model's tone) in " + articles.size() + " articles");
      }
      List<String> shuffled = shuffled(articles, random);
      List<ErrorRates.Pair> dev = new ArrayList<>();
      List<List<Integer>> predictedByTruth = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (int i = 0; i < shuffled.size(); i++) {
        for (ErrorRates.Pair pair : byArticle.get(shuffled.get(i))) {
          if (i < shuffled.size() / 2) {
            dev.add(pair);
          } else {
            predictedByTruth.get(pair.truth() + 1).add(pair.predicted());
          }
        }
      }
      AdjustedTone adjustment;
      try {
        if (predictedByTruth.stream().anyMatch(List::isEmpty)) {
          continue; // a half without some tone: split again
        }
        adjustment = new AdjustedTone(ErrorRates.of(labelled.modelSha256(), dev), bootstrapDraws, random.nextLong());
      } catch (IllegalArgumentException singular) {
        continue; // error rates that cannot be inverted: split again
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

  private static List<String> shuffled(List<String> items, SplittableRandom random) {
    List<String> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, t);
    }
    return copy;
  }
}
