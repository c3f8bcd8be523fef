package org.tonewatch.tonemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.tonewatch.annotate.tone.TrainedTone;

/**
 * Calibration of the tone model's class probabilities: temperature scaling (Guo et al., "On Calibration of Modern
 * Neural Networks", ICML 2017), one temperature T that divides the linear scores before the softmax, fitted by
 * minimising the negative log-likelihood of labelled examples (Brent's method on T in [0.05, 20]); and the expected
 * calibration error with its reliability table, over equal-width bins of the top class's probability. Pure functions.
 */
public final class Calibration {
  private Calibration() {}

  /** A labelled example as the model scores it: the three linear scores and the true class index (0, 1, 2). */
  public record Scored(double[] scores, int truth) {}

  /** The temperature that minimises the negative log-likelihood of {@code examples}. */
  public static double fitTemperature(List<Scored> examples) {
    BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-8);
    return brent.optimize(new MaxEval(500), GoalType.MINIMIZE, new SearchInterval(0.05, 20, 1),
        new UnivariateObjectiveFunction(t -> negativeLogLikelihood(examples, t))).getPoint();
  }

  /** The temperature that minimises the Brier score (the mean squared error of the three probabilities). */
  public static double fitTemperatureByBrier(List<Scored> examples) {
    BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-8);
    return brent.optimize(new MaxEval(500), GoalType.MINIMIZE, new SearchInterval(0.05, 20, 1),
        new UnivariateObjectiveFunction(t -> brierScore(examples, t))).getPoint();
  }

  /** Mean over examples of Σ_k (p_k − [k is the true class])² at temperature {@code t}. */
  public static double brierScore(List<Scored> examples, double t) {
    double sum = 0;
    for (Scored e : examples) {
      double[] p = TrainedTone.Weights.softmax(e.scores(), t);
      for (int k = 0; k < p.length; k++) {
        double miss = p[k] - (k == e.truth() ? 1 : 0);
        sum += miss * miss;
      }
    }
    return sum / examples.size();
  }

  /** Mean negative log-likelihood of the true classes at temperature {@code t}. */
  public static double negativeLogLikelihood(List<Scored> examples, double t) {
    double sum = 0;
    for (Scored e : examples) {
      sum -= Math.log(Math.max(1e-300, TrainedTone.Weights.softmax(e.scores(), t)[e.truth()]));
    }
    return sum / examples.size();
  }

  /** One bin of a reliability table: how many examples, their mean top probability, and how many were right. */
  public record Bin(double low, double high, int count, double meanConfidence, double accuracy) {}

  /** The reliability table and expected calibration error of probabilities against the true classes. */
  public record Reliability(List<Bin> bins, double ece, int total) {
    public String table() {
      StringBuilder out = new StringBuilder("confidence_bin,count,mean_confidence,accuracy\n");
      for (Bin b : bins) {
        out.append(String.format(Locale.ROOT, "%.1f-%.1f,%d,%.4f,%.4f%n", b.low(), b.high(), b.count(), b.meanConfidence(), b.accuracy()));
      }
      return out.toString();
    }
  }

  /**
   * ECE = Σ_b (n_b / n) · |accuracy_b − confidence_b| over {@code bins} equal-width bins of the top class's
   * probability (a probability of exactly 1 falls in the last bin); empty bins are listed with count 0.
   */
  public static Reliability reliability(List<double[]> probabilities, List<Integer> truths, int bins) {
    int[] count = new int[bins];
    double[] confidence = new double[bins];
    int[] right = new int[bins];
    for (int i = 0; i < probabilities.size(); i++) {
      double[] p = probabilities.get(i);
      int top = 0;
      for (int k = 1; k < p.length; k++) {
        top = p[k] > p[top] ? k : top;
      }
      int bin = Math.min(bins - 1, (int) (p[top] * bins));
      count[bin]++;
      confidence[bin] += p[top];
      right[bin] += top == truths.get(i) ? 1 : 0;
    }
    List<Bin> table = new ArrayList<>();
    double ece = 0;
    int n = probabilities.size();
    for (int b = 0; b < bins; b++) {
      double meanConfidence = count[b] == 0 ? 0 : confidence[b] / count[b];
      double accuracy = count[b] == 0 ? 0 : right[b] / (double) count[b];
      table.add(new Bin(b / (double) bins, (b + 1) / (double) bins, count[b], meanConfidence, accuracy));
      ece += n == 0 ? 0 : count[b] / (double) n * Math.abs(accuracy - meanConfidence);
    }
    return new Reliability(table, ece, n);
  }
}
