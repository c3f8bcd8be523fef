package org.tonewatch.aggregate;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 95% confidence interval of a mean over sentences that come in articles. Sentences of one article are not
 * independent (one writer, one story), so the standard error is the cluster-robust (sandwich) one with articles as
 * clusters; with few articles that estimate can come out too small (even zero), so the larger of it and the ordinary
 * standard error is used (Angrist and Pischke's rule). The quantile is Student's t with {@code G - 1} degrees of
 * freedom for {@code G} articles:
 *
 * <pre>
 *   m       = sum(y) / n
 *   V_art   = G / (G - 1) * sum over articles g of (s_g - n_g m)^2 / n^2     (s_g, n_g: sum and count in article g)
 *   V_sent  = (sum(y^2) - n m^2) / (n - 1) / n
 *   CI      = m -/+ t(0.975, G - 1) * sqrt(max(V_art, V_sent))
 * </pre>
 *
 * With one article there is no interval (null): one article is one observation of how a period or outlet wrote. The
 * job clamps the bounds to the tone scale [-1, 1].
 */
public final class ClusteredMean {
  private ClusteredMean() {}

  /**
   * The half-width of the interval from per-article sums: {@code g} articles, {@code n = sum(n_g)} values,
   * {@code sumS = sum(s_g)}, {@code sumS2 = sum(s_g^2)}, {@code sumSN = sum(s_g n_g)}, {@code sumN2 = sum(n_g^2)},
   * {@code sumY2 = sum(y^2)}. Null when {@code g < 2}.
   */
  public static Double halfWidth(long g, long n, double sumS, double sumS2, double sumSN, double sumN2, double sumY2) {
    if (g < 2 || n < 2) {
      return null;
    }
    double m = sumS / n;
    double betweenArticles = (double) g / (g - 1) * Math.max(0, sumS2 - 2 * m * sumSN + m * m * sumN2) / ((double) n * n);
    double betweenSentences = Math.max(0, sumY2 - n * m * m) / (n - 1) / n;
    return new TDistribution(g - 1).inverseCumulativeProbability(0.975) * Math.sqrt(Math.max(betweenArticles, betweenSentences));
  }
}
