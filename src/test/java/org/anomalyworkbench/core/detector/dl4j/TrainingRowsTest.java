package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.junit.jupiter.api.Test;

class TrainingRowsTest {

  @Test
  void sampleIsSortedDistinctSeededAndUniformEnough() {
    int[] a = TrainingRows.sampleIndices(10_000, 1_000, 7);
    assertArrayEquals(a, TrainingRows.sampleIndices(10_000, 1_000, 7));
    assertEquals(1_000, a.length);
    for (int i = 1; i < a.length; i++) {
      assertTrue(a[i] > a[i - 1]);
    }
    // A uniform sample puts about half of its indices in the lower half.
    long low = java.util.Arrays.stream(a).filter(i -> i < 5_000).count();
    assertTrue(low > 430 && low < 570, "lower half: " + low);
  }

  @Test
  void smallDataIsUsedAsIsAndLargeDataIsCapped() {
    PreparedData data = SyntheticData.matrix(500, 4, 0.05, 1);
    assertSame(data, TrainingRows.cap(data, 500, 1));
    PreparedData capped = TrainingRows.cap(data, 100, 1);
    assertEquals(100, capped.rows());
    assertEquals(4, capped.columns());
  }
}
