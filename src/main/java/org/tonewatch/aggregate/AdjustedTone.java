package org.tonewatch.aggregate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.tonewatch.annotate.tone.ToneModel;

/**
 * Tone shares corrected for the tone model's known errors: adjusted classify and count (Forman, 2008, "Quantifying
 * counts and costs via classification", Data Mining and Knowledge Discovery 17; for more than two classes also
 * called confusion-matrix inversion). If {@code M[t][p]} is the rate at which sentences of true tone {@code t} are
 * called {@code p} (measured on the in-domain dev labels, {@link ErrorRates}), the shares {@code q} the model counts
 * are, in expectation, {@code q = Mᵀ s} for the true shares {@code s}; so {@code s = (Mᵀ)⁻¹ q}. A solution with a
 * negative share (sampling noise in {@code q} or {@code M}) has that share set to 0 and the rest scaled to sum to 1.
 * The adjusted mean tone is {@code s₊ − s₋}.
 *
 * <p>The 95% interval is a percentile bootstrap at two levels (Efron and Tibshirani, 1993): each of {@link #DRAWS} draws
 * takes the group's articles again with replacement (articles, not sentences, are the independent units, as in
 * {@link ClusteredMean}) and uses the error rates of the dev labels drawn again by article, so that it covers both the
 * sampling of the articles and how well the model's error rates are known. The draws of the error rates are made once
 * and shared by every group; the draws of a group's articles are seeded by the group's key, so that a table holds the
 * same numbers however Spark partitions its input. Draws whose error matrix cannot be inverted are left out; when more
 * than 5% are, there is no interval. Like the raw interval, a group of one article has none. The interval is read off
 * the draws as an expanded percentile interval ({@link #expandedTail}), which a group of few articles needs: the plain
 * 2.5th and 97.5th percentiles of a bootstrap of 20 articles cover the truth less often than 95% of the time.
 *
 * <p>A group of more than {@link #ARTICLES_DRAWN_ONE_BY_ONE} articles is drawn from its sums instead ({@link Moments}):
 * the sum of its articles' counts drawn again with replacement is, by the central limit theorem, normal with the
 * counts' sum as its mean and {@code Q − T Tᵀ / n} as its covariance ({@code T} the sum of the articles' count vectors,
 * {@code Q} the sum of their outer products, {@code n} the articles). At that size the normal is the article bootstrap's
 * own distribution to well within its Monte Carlo noise, and a draw costs the same for ten thousand articles as for a
 * million, so the aggregates of a large archive cost what those of a small one do. No group of the real-news corpus
 * (5,304 articles) and no corpus of the coverage simulation reaches the limit.
 *
 * <p>Pure and serializable: it runs inside the aggregates' Spark function on the executors.
 */
public final class AdjustedTone implements Serializable {
  /** Bootstrap draws per group. */
  public static final int DRAWS = 1000;
  /** The seed of the draws. */
  public static final long SEED = 20261201L;
  private static final double MAX_FAILED_DRAWS = 0.05;
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);
  /** The most articles of a group whose draws take its articles one by one; a larger group is drawn from its sums. */
  public static final int ARTICLES_DRAWN_ONE_BY_ONE = 10_000;

  /** The tone sentences of one article of a group, by the tone the model gave them. */
  public record ArticleCounts(String article, long negative, long neutral, long positive) implements Serializable {
    long total() {
      return negative + neutral + positive;
    }
  }

  /** The adjusted shares and mean tone of a group, with the interval of the mean (null bounds: none). */
  public record Estimate(double shareNegative, double shareNeutral, double sharePositive, double meanTone, Double ciLow,
      Double ciHigh) implements Serializable {}

  /**
   * What the draws of a large group need of its articles, all sums, so that they add up over any split of the group:
   * {@code articles} with a tone sentence, the sum {@code totals} of their count vectors (unfavourable, neither,
   * favourable) and the sum {@code products} of their outer products.
   */
  public static final class Moments implements Serializable {
    private long articles;
    private final long[] totals = new long[3];
    private final long[][] products = new long[3][3];

    /** Adds one article's counts. */
    public void add(ArticleCounts article) {
      if (article.total() == 0) {
        return;
      }
      long[] x = {article.negative(), article.neutral(), article.positive()};
      articles++;
      for (int i = 0; i < 3; i++) {
        totals[i] += x[i];
        for (int j = 0; j < 3; j++) {
          products[i][j] += x[i] * x[j];
        }
      }
    }

    /** Adds another part of the group. */
    public void add(Moments other) {
      articles += other.articles;
      for (int i = 0; i < 3; i++) {
        totals[i] += other.totals[i];
        for (int j = 0; j < 3; j++) {
          products[i][j] += other.products[i][j];
        }
      }
    }

    public long articles() {
      return articles;
    }
  }

  private final double[][] inverse;
  private final double[][][] drawnInverses;
  private final int draws;
  private final int labelledPairs;

  /** An adjustment by {@code errors}, with {@code draws} bootstrap draws of them made from {@code seed}. */
  public AdjustedTone(ErrorRates errors, int draws, long seed) {
    this.inverse = transposedInverse(byRow(errors.counts()));
    if (inverse == null) {
      throw new IllegalArgumentException("the error rates cannot be inverted: every class needs labelled pairs and "
          + "the model must tell the classes apart; rates " + Arrays.deepToString(errors.rates()));
    }
    SplittableRandom random = new SplittableRandom(seed);
    this.drawnInverses = new double[draws][][];
    for (int b = 0; b < draws; b++) {
      drawnInverses[b] = transposedInverse(byRow(errors.resampledCounts(random)));
    }
    this.draws = draws;
    this.labelledPairs = errors.pairs().size();
  }

  /** The adjustment with the project's number of draws and seed. */
  public static AdjustedTone of(ErrorRates errors) {
    return new AdjustedTone(errors, DRAWS, SEED);
  }

  /**
   * The adjustment for the errors of {@code tone}: those of the errors file next to a trained model's file, when it
   * measured that very file (by its SHA-256); null otherwise (the first version, or a model without measured errors),
   * and the adjusted columns are then null rather than corrected by another model's errors.
   */
  public static AdjustedTone forModel(ToneModel tone) {
    if (tone.sha256() == null) {
      return null;
    }
    ErrorRates errors = ErrorRates.nextTo(tone.location());
    return errors == null || !errors.modelSha256().equals(tone.sha256()) ? null : of(errors);
  }

  /** The number of labelled pairs the error rates were measured on. */
  public int labelledPairs() {
    return labelledPairs;
  }

  /**
   * The estimate for a group from its articles' counts; {@code key} names the group (it seeds the group's draws).
   * Null when the group has no tone sentence.
   */
  public Estimate estimate(List<ArticleCounts> articles, String key) {
    List<ArticleCounts> sorted = articles.stream().filter(a -> a.total() > 0)
        .sorted(Comparator.comparing(ArticleCounts::article).thenComparingLong(ArticleCounts::negative)
            .thenComparingLong(ArticleCounts::neutral).thenComparingLong(ArticleCounts::positive))
        .toList();
    if (sorted.isEmpty()) {
      return null;
    }
    double[] shares = adjusted(inverse, sums(sorted, null));
    Double low = null;
    Double high = null;
    if (sorted.size() >= 2) {
      SplittableRandom random = new SplittableRandom(SEED * 31 + key.hashCode());
      double[] means = new double[draws];
      int kept = 0;
      for (int b = 0; b < draws; b++) {
        double[] drawn = drawnInverses[b] == null ? null : adjusted(drawnInverses[b], sums(sorted, random));
        if (drawn != null) {
          means[kept++] = drawn[2] - drawn[0];
        }
      }
      double[] interval = percentiles(means, kept, sorted.size());
      low = interval == null ? null : interval[0];
      high = interval == null ? null : interval[1];
    }
    return shares == null ? null : new Estimate(shares[0], shares[1], shares[2], shares[2] - shares[0], low, high);
  }

  /**
   * The estimate for a group from its sums alone (see the class comment), for a group larger than
   * {@link #ARTICLES_DRAWN_ONE_BY_ONE}; the point is the one {@link #estimate(List, String)} gives. Null when the group
   * has no tone sentence.
   */
  public Estimate estimate(Moments group, String key) {
    if (group.articles == 0) {
      return null;
    }
    double[] totals = Arrays.stream(group.totals).asDoubleStream().toArray();
    double[] shares = adjusted(inverse, shares(totals));
    Double low = null;
    Double high = null;
    if (group.articles >= 2) {
      double[][] covariance = new double[3][3];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          covariance[i][j] = group.products[i][j] - totals[i] * totals[j] / group.articles;
        }
      }
      double[][] root = choleskyOf(covariance);
      SplittableRandom random = new SplittableRandom(SEED * 31 + key.hashCode());
      double[] means = new double[draws];
      int kept = 0;
      for (int b = 0; b < draws; b++) {
        double[] z = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
        double[] drawnTotals = new double[3];
        for (int i = 0; i < 3; i++) {
          double sum = totals[i];
          for (int j = 0; j <= i; j++) {
            sum += root[i][j] * z[j];
          }
          drawnTotals[i] = Math.max(0, sum);
        }
        double[] drawn = drawnInverses[b] == null ? null : adjusted(drawnInverses[b], shares(drawnTotals));
        if (drawn != null) {
          means[kept++] = drawn[2] - drawn[0];
        }
      }
      double[] interval = percentiles(means, kept, group.articles);
      low = interval == null ? null : interval[0];
      high = interval == null ? null : interval[1];
    }
    return shares == null ? null : new Estimate(shares[0], shares[1], shares[2], shares[2] - shares[0], low, high);
  }

  /**
   * The expanded percentile interval of the first {@code kept} draws of a group of {@code articles} articles, or null
   * when too many draws failed (Hesterberg, 2015, "What teachers should know about the bootstrap", The American
   * Statistician 69): the percentiles at {@code Φ(∓ t √(n / (n − 1)))}, {@code t} the 97.5th percentile of Student's t
   * with {@code n − 1} degrees of freedom, instead of 2.5 and 97.5. A bootstrap of few units is narrower than their
   * sampling spread; this widens it as the t interval widens the normal one, and less as the group grows.
   */
  private double[] percentiles(double[] means, int kept, long articles) {
    if (kept < draws * (1 - MAX_FAILED_DRAWS)) {
      return null;
    }
    return expandedInterval(Arrays.copyOf(means, kept), articles);
  }

  /** The expanded percentile interval of {@code draws}, for a group of {@code articles}: see {@link #percentiles}. */
  static double[] expandedInterval(double[] draws, long articles) {
    double tail = expandedTail(articles);
    Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
    return new double[] {percentile.evaluate(draws, tail), percentile.evaluate(draws, 100 - tail)};
  }

  /** The percentile, in percent, at which the expanded interval of a group of {@code articles} (at least 2) starts. */
  static double expandedTail(long articles) {
    double t = new TDistribution(null, articles - 1).inverseCumulativeProbability(0.975);
    return 100 * NORMAL.cumulativeProbability(-t * Math.sqrt(articles / (articles - 1.0)));
  }

  /**
   * The lower triangular {@code L} with {@code L Lᵀ = covariance}, for a covariance that may be singular (a tone no
   * article of the group has): a pivot that is not above zero leaves its column zero.
   */
  static double[][] choleskyOf(double[][] covariance) {
    int size = covariance.length;
    double[][] root = new double[size][size];
    for (int j = 0; j < size; j++) {
      double pivot = covariance[j][j];
      for (int k = 0; k < j; k++) {
        pivot -= root[j][k] * root[j][k];
      }
      if (pivot <= 1e-9 * Math.max(1, covariance[j][j])) {
        continue;
      }
      root[j][j] = Math.sqrt(pivot);
      for (int i = j + 1; i < size; i++) {
        double sum = covariance[i][j];
        for (int k = 0; k < j; k++) {
          sum -= root[i][k] * root[j][k];
        }
        root[i][j] = sum / root[j][j];
      }
    }
    return root;
  }

  /** Counts as shares of their sum. */
  private static double[] shares(double[] counts) {
    double total = counts[0] + counts[1] + counts[2];
    return new double[] {counts[0] / total, counts[1] / total, counts[2] / total};
  }

  /** The shares the model counted in {@code articles}, or in as many of them drawn with replacement by {@code random}. */
  private static double[] sums(List<ArticleCounts> articles, SplittableRandom random) {
    double[] counts = new double[3];
    for (int i = 0; i < articles.size(); i++) {
      ArticleCounts a = articles.get(random == null ? i : random.nextInt(articles.size()));
      counts[0] += a.negative();
      counts[1] += a.neutral();
      counts[2] += a.positive();
    }
    return shares(counts);
  }

  /**
   * The true shares behind the predicted shares {@code predicted} under the error rates {@code rates} (rows: true
   * class, columns: predicted class, each row summing to 1), negatives set to 0 and the rest rescaled; null when the
   * rates cannot be inverted or nothing is left.
   */
  public static double[] adjust(double[] predicted, double[][] rates) {
    double[][] inverse = transposedInverse(rates);
    return inverse == null ? null : adjusted(inverse, predicted);
  }

  private static double[] adjusted(double[][] transposedInverse, double[] predicted) {
    double[] s = new double[3];
    double total = 0;
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p < 3; p++) {
        s[t] += transposedInverse[t][p] * predicted[p];
      }
      s[t] = Math.max(0, s[t]);
      total += s[t];
    }
    if (!(total > 0)) {
      return null;
    }
    for (int t = 0; t < 3; t++) {
      s[t] /= total;
    }
    return s;
  }

  /** (Mᵀ)⁻¹ for rates {@code M}, or null when it is singular. */
  private static double[][] transposedInverse(double[][] rates) {
    RealMatrix transposed = new Array2DRowRealMatrix(rates).transpose();
    DecompositionSolver solver = new LUDecomposition(transposed, 1e-9).getSolver();
    return solver.isNonSingular() ? solver.getInverse().getData() : null;
  }

  /** Each row of {@code counts} divided by its sum (a row without counts stays zero). */
  static double[][] byRow(long[][] counts) {
    double[][] rates = new double[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      long total = Arrays.stream(counts[t]).sum();
      rates[t] = new double[counts[t].length];
      for (int p = 0; p < counts[t].length; p++) {
        rates[t][p] = total == 0 ? 0 : counts[t][p] / (double) total;
      }
    }
    return rates;
  }

}
