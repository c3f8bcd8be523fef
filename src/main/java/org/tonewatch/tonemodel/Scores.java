package org.tonewatch.tonemodel;

import java.util.Locale;

/**
 * Accuracy, per-class precision, recall and F1, macro-F1 and the confusion matrix of a three-class tone prediction
 * (-1, 0, +1). An example the model could not score (its sentence was not parsed) counts as wrong: it is in the
 * recall of its true class and in no class's precision, and the matrix shows it in a column of its own.
 */
public final class Scores {
  private static final int[] CLASSES = {-1, 0, 1};
  private static final String[] NAMES = {"negative", "neutral", "positive"};

  // [gold][predicted], with column 3 for "not scored"
  private final int[][] counts = new int[3][4];

  public void add(int gold, Integer predicted) {
    counts[gold + 1][predicted == null ? 3 : predicted + 1]++;
  }

  public int total() {
    int n = 0;
    for (int[] row : counts) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  public int unscored() {
    return counts[0][3] + counts[1][3] + counts[2][3];
  }

  public double accuracy() {
    return (counts[0][0] + counts[1][1] + counts[2][2]) / (double) total();
  }

  public double precision(int k) {
    int predicted = counts[0][k] + counts[1][k] + counts[2][k];
    return predicted == 0 ? 0 : counts[k][k] / (double) predicted;
  }

  public double recall(int k) {
    int gold = counts[k][0] + counts[k][1] + counts[k][2] + counts[k][3];
    return gold == 0 ? 0 : counts[k][k] / (double) gold;
  }

  public double f1(int k) {
    double p = precision(k);
    double r = recall(k);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The unweighted mean of the three classes' F1. */
  public double macroF1() {
    return (f1(0) + f1(1) + f1(2)) / 3;
  }

  /** The report printed by {@code jobs/evaluate-tone.sh}; its last line is {@code macro_f1=0.xxx}. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "examples: %d (not scored: %d)%n", total(), unscored()));
    out.append(String.format(Locale.ROOT, "accuracy: %.3f%n%n", accuracy()));
    out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %9s%n", "class", "precision", "recall", "f1", "support"));
    for (int k = 0; k < 3; k++) {
      int support = counts[k][0] + counts[k][1] + counts[k][2] + counts[k][3];
      out.append(String.format(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %9d%n", NAMES[k], precision(k), recall(k), f1(k), support));
    }
    out.append(String.format(Locale.ROOT, "%n%s%n", "confusion matrix (rows: true class, columns: predicted)"));
    out.append(String.format(Locale.ROOT, "%-10s %9s %9s %9s %11s%n", "", NAMES[0], NAMES[1], NAMES[2], "not scored"));
    for (int k = 0; k < 3; k++) {
      out.append(String.format(Locale.ROOT, "%-10s %9d %9d %9d %11d%n", NAMES[k], counts[k][0], counts[k][1], counts[k][2], counts[k][3]));
    }
    out.append(String.format(Locale.ROOT, "%nmacro_f1=%.3f%n", macroF1()));
    return out.toString();
  }

  static int classOf(int index) {
    return CLASSES[index];
  }
}
