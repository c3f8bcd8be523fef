package org.tonewatch.annotate.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.junit.jupiter.api.Test;

/** The time bound of one parse, with work that stands in for a parser: it checks for interrupts as CoreNLP's do. */
class ParseDeadlineTest {
  /** Spins until interrupted, then gives up as CoreNLP's parsers do; runs away otherwise. */
  private static void runaway() {
    while (true) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
    }
  }

  @Test
  void workThatFinishesInTimeIsNotStoppedAndLeavesNoInterrupt() throws Exception {
    ParseDeadline deadline = new ParseDeadline(200);
    int[] done = new int[1];
    for (int i = 0; i < 1000; i++) {
      assertTrue(deadline.runWithin(() -> done[0]++));
    }
    assertTrue(done[0] == 1000);
    Thread.sleep(300); // past every alarm: a cancelled alarm must not interrupt later
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void aRunawayIsStoppedAtTheBound() {
    long start = System.nanoTime();
    assertFalse(new ParseDeadline(100).runWithin(ParseDeadlineTest::runaway));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis >= 100 && millis < 2000, "stopped after " + millis + " ms");
    assertFalse(Thread.currentThread().isInterrupted(), "the deadline's interrupt does not outlive the call");
  }

  @Test
  void workThatRunsPastTheBoundWithoutNoticingCountsAsStopped() {
    // A parser step that ignores the interrupt: the call returns when it ends, as too late, with the flag cleared.
    assertFalse(new ParseDeadline(20).runWithin(() -> {
      long until = System.nanoTime() + 100_000_000L;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
    }));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void anInterruptFromElsewhereIsNotTakenForTheDeadline() {
    assertThrows(RuntimeInterruptedException.class, () -> new ParseDeadline(60_000).runWithin(() -> {
      throw new RuntimeInterruptedException();
    }));
  }

  @Test
  void aBoundMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParseDeadline(0));
    assertTrue(e.getMessage().contains("at least 1 ms"), e.getMessage());
  }
}
