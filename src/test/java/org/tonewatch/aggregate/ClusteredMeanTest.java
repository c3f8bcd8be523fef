package org.tonewatch.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClusteredMeanTest {
  @Test
  void betweenArticleVarianceWinsWhenArticlesDisagree() {
    // Articles A: +1, 0; B: -1; C: +1, +1, +1. n = 6, sum = 3, m = 0.5.
    // Residual sums e_g = s_g - n_g m: A 1 - 1 = 0, B -1 - 0.5 = -1.5, C 3 - 1.5 = 1.5; sum of squares 4.5.
    // V_art = 3/2 * 4.5 / 36 = 0.1875. V_sent = (5 - 6 * 0.25) / 5 / 6 = 0.11667, smaller.
    // t(0.975, 2) = 4.302653; half-width = 4.302653 * sqrt(0.1875) = 1.863103.
    Double half = ClusteredMean.halfWidth(3, 6, 3, 1 + 1 + 9, 1 * 2 + -1 * 1 + 3 * 3, 4 + 1 + 9, 5);

    assertEquals(1.863103, half, 1e-6);
  }

  @Test
  void sentenceVarianceIsTheFloorWhenArticlesLookAlike() {
    // Articles A: +1, -1; B: +1, -1. m = 0, both residual sums 0, so V_art = 0.
    // V_sent = (4 - 0) / 3 / 4 = 0.33333; t(0.975, 1) = 12.706205; half-width = 12.706205 * 0.577350 = 7.335931.
    Double half = ClusteredMean.halfWidth(2, 4, 0, 0, 0, 8, 4);

    assertEquals(7.335931, half, 1e-6);
  }

  @Test
  void oneArticleHasNoInterval() {
    assertNull(ClusteredMean.halfWidth(1, 20, 5, 25, 100, 400, 12));
  }
}
