package org.anomalyworkbench.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.core.training.TrainingProgress.NamedLoss;
import org.junit.jupiter.api.Test;

class LossHistoryTest {
  private static TrainingProgress batch(long iteration, double generator, double discriminator) {
    return new TrainingProgress(1, 2, iteration, generator, Double.NaN, 100, 0.1, false,
        List.of(new NamedLoss("generator", generator, false), new NamedLoss("discriminator", discriminator, false),
            new NamedLoss("reconstruction", generator / 50, true)));
  }

  @Test
  void namedLossesGetOneSmoothedCurveEachInArrivalOrder() {
    LossHistory h = new LossHistory();
    h.add(batch(1, 30, 0.7));
    h.add(batch(2, 20, Double.NaN));
    h.add(new TrainingProgress(1, 2, 2, 25, 0.3, 100, 0.5, true, List.of(new NamedLoss("generator", 25, false))));
    h.add(batch(3, 10, 0.6));
    List<LossHistory.Series> s = h.namedSeries();
    assertEquals(List.of("generator", "discriminator", "reconstruction"),
        s.stream().map(LossHistory.Series::name).toList());
    assertEquals(3, s.get(0).points(), "epoch ends add no batch point");
    assertEquals(2, s.get(1).points(), "a NaN loss is skipped");
    assertEquals(3.0, s.get(1).iteration(1));
    assertEquals(30 * 0.81 + 20 * 0.09 + 10 * 0.1, s.get(0).smoothed(2), 1e-9, "the same moving average as the batch loss");
    assertTrue(s.get(2).auxiliary());
    assertFalse(s.get(1).auxiliary());
    assertEquals(3, h.points(), "the single-loss curve is still recorded");
    assertEquals(1, h.epochs());
    h.clear();
    assertTrue(h.namedSeries().isEmpty());
  }

  @Test
  void oneLossRunsHaveNoNamedCurves() {
    LossHistory h = new LossHistory();
    h.add(new TrainingProgress(1, 1, 1, 0.5, Double.NaN, 10, 0.5, false));
    assertTrue(h.namedSeries().isEmpty());
    assertEquals(1, h.points());
  }
}
