package org.anomalyworkbench.core.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.training.CancellationToken;
import org.junit.jupiter.api.Test;

class HoldoutProtocolTest {
  private final DetectorBenchmark.Holdout pyod = new DetectorBenchmark.Holdout(0.4, 10);

  @Test
  void eachSplitJudgesItsShareOfRowsAndFitsOnTheRest() {
    int[][] split = pyod.split(1000, 42, 0);
    assertEquals(600, split[0].length);
    assertEquals(400, split[1].length);
    int[] both = IntStream.concat(Arrays.stream(split[0]), Arrays.stream(split[1])).sorted().toArray();
    assertArrayEquals(IntStream.range(0, 1000).toArray(), both, "every row once, in one part only");
    assertArrayEquals(split[1], pyod.split(1000, 42, 0)[1], "the same seed and repeat: the same split");
    assertFalse(Arrays.equals(split[1], pyod.split(1000, 42, 1)[1]), "each repeat draws its own split");
  }

  @Test
  void aHoldoutNeedsAShareStrictlyBetweenZeroAndOne() {
    assertThrows(IllegalArgumentException.class, () -> new DetectorBenchmark.Holdout(0, 10));
    assertThrows(IllegalArgumentException.class, () -> new DetectorBenchmark.Holdout(1, 10));
    assertThrows(IllegalArgumentException.class, () -> new DetectorBenchmark.Holdout(0.4, 0));
  }

  @Test
  void heldOutRowsAreScoredByADetectorThatNeverSawThem() {
    Dataset data = SyntheticData.dataset("synthetic", 1500, 6, 0.05, 7);
    BenchmarkRow held = DetectorBenchmark.runHeldOut(data, "isolation-forest", Map.of(), 42,
        new DetectorBenchmark.Holdout(0.4, 3), CancellationToken.none());
    BenchmarkRow all = DetectorBenchmark.runOne(data, "isolation-forest", Map.of(), 42, CancellationToken.none());
    assertTrue(held.rocAuc() > 0.85 && all.rocAuc() > 0.85, held + " / " + all);
    assertTrue(held.rocAuc() != all.rocAuc(), "a different protocol gives a different figure");
    assertEquals(1500, held.rows());
  }
}
