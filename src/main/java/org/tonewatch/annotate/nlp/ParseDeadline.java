package org.tonewatch.annotate.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A time bound on one piece of work on the calling thread: when the time is up, the thread is interrupted, which
 * CoreNLP's parsers check between steps and answer by giving up on the sentence. The interrupt never outlives the
 * call: if it lands after the work finished, it is cleared here, so that the task's later I/O is not interrupted.
 * One timer thread per JVM serves every caller; thread-safe.
 */
final class ParseDeadline {
  private static final int RUNNING = 0;
  private static final int FIRING = 1;
  private static final int FIRED = 2;
  private static final int DONE = 3;

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(work -> {
    Thread thread = new Thread(work, "tonewatch-parse-deadline");
    thread.setDaemon(true);
    return thread;
  });

  private final long millis;

  ParseDeadline(long millis) {
    if (millis < 1) {
      throw new IllegalArgumentException("a parse deadline must be at least 1 ms, not " + millis);
    }
    this.millis = millis;
  }

  /** Runs {@code work} on this thread; returns true when it finished in time, false when the deadline stopped it. */
  boolean runWithin(Runnable work) {
    Thread caller = Thread.currentThread();
    AtomicInteger state = new AtomicInteger(RUNNING);
    ScheduledFuture<?> alarm = TIMER.schedule(() -> {
      if (state.compareAndSet(RUNNING, FIRING)) {
        caller.interrupt();
        state.set(FIRED);
      }
    }, millis, TimeUnit.MILLISECONDS);
    try {
      work.run();
    } catch (RuntimeInterruptedException e) {
      if (state.get() == RUNNING) {
        throw e; // interrupted by someone else (a task being killed): not ours to swallow
      }
    } finally {
      alarm.cancel(false);
    }
    if (state.compareAndSet(RUNNING, DONE)) {
      return true;
    }
    while (state.get() != FIRED) {
      Thread.onSpinWait();
    }
    Thread.interrupted(); // the alarm's interrupt, if the work did not consume it
    return false;
  }
}
