package org.tonewatch.job;

import java.util.Locale;

/** One line per stage on standard output, for people and schedulers watching a long run. Driver side. */
final class Progress {
  private final long started = System.nanoTime();
  private long stageStarted = started;

  /** Prints {@code stage} with what it did and the seconds since the previous line. */
  void stage(String stage, String what) {
    long now = System.nanoTime();
    System.out.printf(Locale.ROOT, "[tonewatch] %-9s %s (%.1f s)%n", stage, what, (now - stageStarted) / 1e9);
    System.out.flush();
    stageStarted = now;
  }

  double secondsSinceStart() {
    return (System.nanoTime() - started) / 1e9;
  }

  static double seconds(long fromNanos) {
    return (System.nanoTime() - fromNanos) / 1e9;
  }
}
