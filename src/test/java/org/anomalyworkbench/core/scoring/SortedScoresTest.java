package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortedScoresTest {

  @Test
  void ranksByDescendingScoreTiesByRowAndNaNLast() {
    double[] s = {0.2, Double.NaN, 0.9, 0.2, -0.0, 0.0, 0.5};
    SortedScores sorted = new SortedScores(s);
    assertArrayEquals(new int[] {2, 6, 0, 3, 4, 5, 1}, sorted.descendingRows());
    assertEquals(7, sorted.size());
    assertEquals(1, sorted.nanCount());
    assertEquals(0.9, sorted.max());
    assertEquals(0.0, sorted.min());
    for (int rank = 0; rank < s.length; rank++) {
      assertEquals(rank, sorted.rankOf(sorted.rowAt(rank)));
    }
    assertTrue(Double.isNaN(sorted.scoreAt(6)));
    assertArrayEquals(new int[] {2, 6}, sorted.topRows(2));
  }

  @Test
  void countAtOrAboveFollowsTheFlagRule() {
    SortedScores sorted = new SortedScores(new double[] {0.2, Double.NaN, 0.9, 0.2, 0.1, 0.5});
    assertEquals(0, sorted.countAtOrAbove(1.0));
    assertEquals(1, sorted.countAtOrAbove(0.9)); // equal to a score flags it
    assertEquals(2, sorted.countAtOrAbove(0.3));
    assertEquals(4, sorted.countAtOrAbove(0.2)); // both tied rows
    assertEquals(5, sorted.countAtOrAbove(Double.NEGATIVE_INFINITY)); // NaN never flagged
    assertEquals(0, sorted.countAtOrAbove(Double.NaN));
  }

  @Test
  void countMatchesAScanOnRandomTiedScores() {
    SplittableRandom rnd = new SplittableRandom(5);
    double[] s = new double[20_000];
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.floor(rnd.nextDouble() * 500) / 7;
    }
    SortedScores sorted = SortedScores.of(s);
    for (int q = 0; q < 200; q++) {
      double t = rnd.nextDouble() < 0.5 ? s[rnd.nextInt(s.length)] : rnd.nextDouble() * 75;
      int expected = 0;
      for (double v : s) {
        expected += v >= t ? 1 : 0;
      }
      assertEquals(expected, sorted.countAtOrAbove(t), "threshold " + t);
    }
    for (int rank = 1; rank < s.length; rank++) {
      double a = sorted.scoreAt(rank - 1);
      double b = sorted.scoreAt(rank);
      assertTrue(a > b || (a == b && sorted.rowAt(rank - 1) < sorted.rowAt(rank)));
    }
  }

  @Test
  void topThresholdsAndQuantiles() {
    SortedScores sorted = new SortedScores(new double[] {4, 1, 3, 2});
    assertEquals(4, sorted.thresholdForTopCount(1));
    assertEquals(3, sorted.thresholdForTopCount(2));
    assertEquals(1, sorted.thresholdForTopCount(10));
    assertEquals(Double.POSITIVE_INFINITY, sorted.thresholdForTopCount(0));
    assertEquals(3, sorted.thresholdForTopFraction(0.5));
    assertEquals(2.5, sorted.quantile(0.5), 1e-15);
    assertEquals(1.75, sorted.quantile(0.25), 1e-15);
    assertEquals(1, sorted.quantile(0));
    assertEquals(4, sorted.quantile(1));
    assertTrue(Double.isNaN(new SortedScores(new double[0]).quantile(0.5)));
  }

  @Test
  void flagsFromSortedScoresEqualAScan() {
    double[] s = {0.3, 0.7, 0.7, 0.1, 0.9};
    SortedScores sorted = new SortedScores(s);
    for (double t : new double[] {0.05, 0.3, 0.5, 0.7, 0.95}) {
      Flags a = Flags.of(s, t);
      Flags b = sorted.flags(t);
      assertArrayEquals(a.rows(), b.rows());
      assertEquals(a.bitSet(), b.bitSet());
      assertEquals(sorted.countAtOrAbove(t), b.count());
    }
    Flags f = Flags.of(s, 0.7);
    assertArrayEquals(new int[] {1, 2, 4}, f.rows());
    assertTrue(f.isFlagged(4));
    assertTrue(!f.isFlagged(0));
    assertEquals(0.6, f.fraction(), 1e-15);
    assertEquals(5, f.rowCount());
  }

  @Test
  void zeroAndNegativeZeroAreOneTieInRowOrderBeyondTheSmallArraySort() {
    // Above ~1,000 rows the radix sort runs for real and would order -0.0 apart from 0.0; the
    // rule "equal scores keep row order" must still hold for the zeros (below that size the
    // library sorts by comparison and never separates them).
    int n = 3000;
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = i % 3 == 0 ? 1.0 + i : (i % 3 == 1 ? -0.0 : 0.0);
    }
    SortedScores sorted = new SortedScores(s);
    int zeros = n / 3;
    int previous = -1;
    for (int rank = zeros; rank < n; rank++) {
      int row = sorted.rowAt(rank);
      assertTrue(row % 3 != 0 && row > previous, "rank " + rank + " holds row " + row + " after row " + previous);
      previous = row;
    }
  }

  @Test
  void minMaxAndTheEndsOfTopFraction() {
    SortedScores sorted = new SortedScores(new double[] {3.5, Double.NaN, 7.25, 5.0});
    assertEquals(3.5, sorted.min());
    assertEquals(7.25, sorted.max());
    assertTrue(Double.isNaN(new SortedScores(new double[] {Double.NaN}).min()));
    assertEquals(Double.POSITIVE_INFINITY, sorted.thresholdForTopFraction(0), "0: nothing flagged");
    assertEquals(3.5, sorted.thresholdForTopFraction(1), "1: every scored row flagged");
    assertEquals(3, sorted.flags(sorted.thresholdForTopFraction(1)).count());
  }

  @Test
  void flagsKeepTheirThresholdAndGiveACopyOfTheSet() {
    SortedScores sorted = new SortedScores(new double[] {0.2, 0.9, 0.5});
    Flags flags = sorted.flags(0.5);
    assertEquals(0.5, flags.threshold());
    java.util.BitSet bits = flags.bitSet();
    assertEquals(java.util.BitSet.valueOf(new long[] {0b110}), bits);
    bits.clear();
    assertTrue(flags.isFlagged(1) && flags.isFlagged(2), "the copy does not share the flags");
    assertEquals(0.5, Flags.of(new double[] {0.2, 0.9, 0.5}, 0.5).threshold());
  }
}
