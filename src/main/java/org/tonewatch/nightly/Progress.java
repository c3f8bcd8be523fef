package org.tonewatch.nightly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One line per stage on standard output, for people and schedulers watching a long run, and the same figures kept for
 * the run record: each stage's seconds, how many items it handled and their rate. Driver side.
 */
public final class Progress {
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

  /**
   * While a long stage runs, prints every {@code seconds} how many of its {@code total} {@code unit} are done (as
   * {@code done} reports them: a Spark accumulator, which grows as tasks end), the rate and the time left at that rate.
   * Close it when the stage ends.
   */
  Running running(String stage, long total, String unit, LongSupplier done, int seconds) {
    long from = System.nanoTime();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tonewatch-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> {
      System.out.println(runningLine(stage, Math.min(done.getAsLong(), total), total, unit, seconds(from)));
      System.out.flush();
    }, seconds, seconds, TimeUnit.SECONDS);
    return timer::shutdownNow;
  }

  /** A stage's running progress; closing it stops the lines. */
  public interface Running extends AutoCloseable {
    @Override
    void close();
  }

  /** "[tonewatch] annotate  1200 of 5305 articles (22.6%), 3.1 articles/s, about 22 min left". */
  static String runningLine(String stage, long done, long total, String unit, double seconds) {
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 ? "about " + duration((total - done) / rate) + " left" : "time left not known yet";
    return String.format(Locale.ROOT, "[tonewatch] %-9s %d of %d %s (%.1f%%), %.1f %s/s, %s", stage, done, total, unit,
        total > 0 ? 100.0 * done / total : 100.0, rate, unit, left);
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s < 60 ? s + " s" : s < 3600 ? (s + 30) / 60 + " min" : String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600 + 30) / 60);
  }

  List<Stage> stages() {
    return List.copyOf(stages);
  }

  double secondsSinceStart() {
    return (System.nanoTime() - started) / 1e9;
  }

  public static double seconds(long fromNanos) {
    return (System.nanoTime() - fromNanos) / 1e9;
  }
}
