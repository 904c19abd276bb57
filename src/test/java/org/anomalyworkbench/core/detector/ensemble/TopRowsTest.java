package org.anomalyworkbench.core.detector.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TopRowsTest {
  @Test
  void keepsEveryRowButTheHighestScoredInRowOrder() {
    double[] scores = {0.1, 5, 0.3, 4, 0.2};
    assertArrayEquals(new int[] {0, 2, 4}, TopRows.allBut(scores, 2));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, TopRows.allBut(scores, 0));
    assertArrayEquals(new int[] {}, TopRows.allBut(scores, 5));
  }

  @Test
  void amongEqualScoresTheLaterRowGoesFirst() {
    assertArrayEquals(new int[] {0, 1}, TopRows.allBut(new double[] {1, 1, 1}, 1));
    assertArrayEquals(new int[] {0, 3}, TopRows.allBut(new double[] {1, 2, 2, 0}, 2));
  }

  @Test
  void refusesToSetAsideMoreRowsThanThereAre() {
    assertThrows(IllegalArgumentException.class, () -> TopRows.allBut(new double[] {1}, 2));
    assertThrows(IllegalArgumentException.class, () -> TopRows.allBut(new double[] {1}, -1));
  }
}
