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
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.evaluation.Metrics;
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

  /**
   * One split by hand: preparation and detector fitted on the fit rows only, the judged rows
   * scored; the protocol must give exactly that figure (fitting on all rows, or judging the fit
   * rows, gives another).
   */
  @Test
  void aSplitIsFittedOnItsFitRowsAndJudgedOnTheOthers() {
    Dataset data = SyntheticData.dataset("synthetic", 1500, 6, 0.05, 7);
    DetectorBenchmark.Holdout one = new DetectorBenchmark.Holdout(0.4, 1);
    int[][] split = one.split(data.rows(), 42, 0);
    PreparedData prepared = Preparation.fit(data, split[0], PreparationConfig.defaults().withValidationFraction(0))
        .transform(data);
    PreparedData judged = prepared.select(split[1]);
    double expected = Metrics.rocAuc(DetectorRegistry.train("isolation-forest", Map.of(),
        prepared.select(split[0]).withoutLabels(), TrainingContext.seeded(42)).score(judged.withoutLabels()).values(),
        judged.labels());
    BenchmarkRow held = DetectorBenchmark.runHeldOut(data, "isolation-forest", Map.of(), 42, one,
        CancellationToken.none());
    assertEquals(expected, held.rocAuc(), 0);
    assertTrue(held.rocAuc() > 0.85, held.toString());
    BenchmarkRow all = DetectorBenchmark.runOne(data, "isolation-forest", Map.of(), 42, CancellationToken.none());
    assertTrue(held.rocAuc() != all.rocAuc(), "fitting and judging on all rows gives another figure");
    assertEquals(1500, held.rows());
  }
}
