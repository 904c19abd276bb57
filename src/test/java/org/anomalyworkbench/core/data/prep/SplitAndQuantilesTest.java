package org.anomalyworkbench.core.data.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitAndQuantilesTest {
  @Test
  void seededSplitIsDisjointCompleteSortedAndRepeatable() {
    Split.TrainValidation a = Split.trainValidation(1_001, 0.2, 5);
    assertEquals(200, a.validation().length);
    assertEquals(801, a.training().length);
    int[] all = IntStream.concat(Arrays.stream(a.training()), Arrays.stream(a.validation())).sorted().toArray();
    assertArrayEquals(IntStream.range(0, 1_001).toArray(), all);
    assertArrayEquals(Arrays.stream(a.validation()).sorted().toArray(), a.validation());
    assertArrayEquals(a.validation(), Split.trainValidation(1_001, 0.2, 5).validation());
    assertEquals(false, Arrays.equals(a.validation(), Split.trainValidation(1_001, 0.2, 6).validation()));
  }

  @Test
  void edgeFractions() {
    assertEquals(0, Split.trainValidation(10, 0, 1).validation().length);
    assertEquals(1, Split.trainValidation(1, 0.5, 1).training().length, "one row always stays in training");
    assertThrows(IllegalArgumentException.class, () -> Split.trainValidation(10, 1.0, 1));
    Split.TrainValidation c = Split.chronological(10, 0.3);
    assertArrayEquals(new int[] {7, 8, 9}, c.validation());
  }

  @Test
  void quantilesMatchSortingWithDuplicates() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextInt(8);
      }
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      for (double p : new double[] {0, 0.25, 0.5, 0.75, 1}) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        double expected = lo + 1 < n ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
        assertEquals(expected, Quantiles.quantile(v.clone(), n, p), 1e-12);
      }
    }
  }
}
