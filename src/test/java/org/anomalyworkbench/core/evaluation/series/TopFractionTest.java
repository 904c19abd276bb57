package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopFractionTest {

  @Test
  void countRoundsUpTheDecimalProduct() {
    assertEquals(3, TopFraction.count(300, 0.01));
    assertEquals(4, TopFraction.count(301, 0.01)); // 3.01 -> 4
    assertEquals(1, TopFraction.count(10, 0.01)); // 0.1 -> 1: a non-empty series always gets one
    assertEquals(7, TopFraction.count(100, 0.07)); // binary 0.07 * 100 = 7.000000000000001
    assertEquals(29, TopFraction.count(100, 0.29)); // binary 0.29 * 100 = 28.999999999999996
    assertEquals(0, TopFraction.count(0, 0.5));
    assertEquals(5, TopFraction.count(5, 1.0));
  }

  @Test
  void flagsTheHighestScores() {
    double[] s = {0.1, 0.9, 0.3, 0.8, 0.2};
    assertArrayEquals(new boolean[] {false, true, false, true, false}, TopFraction.flags(s, 0.4));
  }

  @Test
  void tiesAtTheCutGoToEarlierPoints() {
    // Top 3 of 6: the 5 and two of the three 2s, the earliest two (points 0 and 3).
    double[] s = {2, 1, 5, 2, 0, 2};
    assertArrayEquals(new boolean[] {true, false, true, true, false, false}, TopFraction.flags(s, 0.5));
  }

  @Test
  void nanRanksBelowEveryNumber() {
    double[] s = {Double.NaN, -1e300, Double.NaN};
    assertArrayEquals(new boolean[] {false, true, false}, TopFraction.flags(s, 0.1));
    assertArrayEquals(new boolean[] {true, true, false}, TopFraction.flags(s, 0.5));
  }

  @Test
  void matchesSortingIndicesByScoreThenIndex() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int trial = 0; trial < 30; trial++) {
      int n = 1 + rnd.nextInt(300);
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = rnd.nextInt(20); // many ties
      }
      double fraction = 0.01 + rnd.nextDouble() * 0.5;
      int k = (int) Math.ceil(fraction * n - 1e-9);
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> s[a] != s[b] ? Double.compare(s[b], s[a]) : Integer.compare(a, b));
      boolean[] expected = new boolean[n];
      for (int r = 0; r < k; r++) {
        expected[order[r]] = true;
      }
      assertArrayEquals(expected, TopFraction.flags(s, fraction), "trial " + trial);
    }
  }

  @Test
  void fractionOutsideTheUnitIntervalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> TopFraction.count(10, 0));
    assertThrows(IllegalArgumentException.class, () -> TopFraction.count(10, 1.5));
    assertThrows(IllegalArgumentException.class, () -> TopFraction.count(10, Double.NaN));
  }
}
