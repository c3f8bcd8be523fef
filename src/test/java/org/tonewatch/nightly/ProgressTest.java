package org.tonewatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aRunningLineGivesTheShareTheRateAndTheTimeLeft() {
    assertEquals("[tonewatch] annotate  1200 of 5300 articles (22.6%), 4.0 articles/s, about 17 min left",
        Progress.runningLine("annotate", 1200, 5300, "articles", 300));
    assertEquals("[tonewatch] annotate  0 of 10 articles (0.0%), 0.0 articles/s, time left not known yet",
        Progress.runningLine("annotate", 0, 10, "articles", 30));
    assertEquals("[tonewatch] annotate  100 of 100000 articles (0.1%), 1.0 articles/s, about 27 h 45 min left",
        Progress.runningLine("annotate", 100, 100_000, "articles", 100));
  }
}
