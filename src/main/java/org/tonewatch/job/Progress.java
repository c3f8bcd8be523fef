package org.tonewatch.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line per stage on standard output, for people and schedulers watching a long run, and the same figures kept for
 * the run record: each stage's seconds, how many items it handled and their rate. Driver side.
 */
final class Progress {
  /** What one stage did: {@code items} of {@code unit} (articles, sentences, rows) in {@code seconds}. */
  record Stage(String name, double seconds, long items, String unit) {
    double perSecond() {
      return seconds > 0 ? items / seconds : 0;
    }
  }

  private final long started = System.nanoTime();
  private long stageStarted = started;
  private final List<Stage> stages = new ArrayList<>();

  /**
   * Ends {@code stage}, which handled {@code items} {@code unit}, and prints it with what it did, its seconds since the
   * previous line and its rate.
   */
  void stage(String stage, long items, String unit, String what) {
    long now = System.nanoTime();
    Stage done = new Stage(stage, (now - stageStarted) / 1e9, items, unit);
    stages.add(done);
    System.out.printf(Locale.ROOT, "[tonewatch] %-9s %s (%.1f s, %.1f %s/s)%n", stage, what, done.seconds(), done.perSecond(), unit);
    System.out.flush();
    stageStarted = now;
  }

  List<Stage> stages() {
    return List.copyOf(stages);
  }

  double secondsSinceStart() {
    return (System.nanoTime() - started) / 1e9;
  }

  static double seconds(long fromNanos) {
    return (System.nanoTime() - fromNanos) / 1e9;
  }
}
