package org.anomalyworkbench.ui.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.ui.ScriptedTraining;
import org.anomalyworkbench.ui.task.DeferredTaskRunner;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;

class TrainViewModelTest {
  final Dataset data = SyntheticData.dataset("s", 300, 4, 0.05, 2);
  final TrainingPlan plan = new TrainingPlan("ae", "Autoencoder", Map.of(), "STANDARD", 0.2, 42);

  @Test
  void aRunFillsTheLossHistoryMessagesAndProvenance() {
    TrainViewModel vm = new TrainViewModel(new DirectTaskRunner(), new ScriptedTraining(4, 10));
    AtomicReference<TrainingOutcome> done = new AtomicReference<>();
    vm.start(data, plan, done::set);
    assertNotNull(done.get());
    assertEquals(40, vm.history().points());
    assertEquals(4, vm.history().epochs());
    assertTrue(vm.history().hasValidation());
    assertEquals("Finished all 4 epochs.", vm.messages().get(0));
    assertFalse(vm.runningProperty().get());
    assertEquals(1.0, vm.progressProperty().get());
    assertEquals("Detector", vm.provenance().get(0).getKey());
    assertTrue(vm.outcomeTextProperty().get().startsWith("Trained and scored 300 rows"));
    assertNull(vm.job());
  }

  @Test
  void cancellingStopsTheRunAndSaysSo() {
    DeferredTaskRunner runner = new DeferredTaskRunner();
    TrainViewModel vm = new TrainViewModel(runner, new ScriptedTraining(5, 10));
    vm.start(data, plan, o -> {
      throw new AssertionError("must not succeed");
    });
    assertTrue(vm.runningProperty().get());
    assertNotNull(vm.job());
    vm.cancel();
    assertEquals("Cancelling…", vm.progressTextProperty().get());
    runner.runPending();
    assertTrue(vm.failedProperty().get());
    assertFalse(vm.runningProperty().get());
    assertEquals("Cancelled", vm.progressTextProperty().get());
    assertTrue(vm.outcomeTextProperty().get().contains("cancelled"));
    assertEquals(0, vm.history().points(), "the scripted run checks the token before its first batch");
  }

  @Test
  void aDivergingLossShowsCoresMessage() {
    TrainingService nan = (d, p, l, c) -> {
      l.onProgress(new TrainingProgress(1, 5, 1, Double.NaN, Double.NaN, 1000, 0.1, false));
      throw new TrainingFailedException("The loss became NaN in epoch 1: lower the learning rate.");
    };
    TrainViewModel vm = new TrainViewModel(new DirectTaskRunner(), nan);
    vm.start(data, plan, o -> { });
    assertEquals("The loss became NaN in epoch 1: lower the learning rate.", vm.outcomeTextProperty().get());
    assertEquals(0, vm.history().points(), "NaN losses are not plotted");
  }

  @Test
  void progressTextHasRateAndTimeLeft() {
    TrainingService one = (d, p, l, c) -> {
      l.onProgress(new TrainingProgress(2, 10, 50, 0.3, Double.NaN, 12345.6, 0.5, false));
      throw new IllegalArgumentException("stop here");
    };
    TrainViewModel vm = new TrainViewModel(new DirectTaskRunner(), one);
    StringBuilder seen = new StringBuilder();
    vm.progressTextProperty().addListener((o, a, b) -> seen.append(b).append('\n'));
    vm.start(data, plan, o -> { });
    assertTrue(seen.toString().contains("Epoch 2 of 10  ·  batch 50  ·  12,346 rows/s  ·  about 0:00 left"),
        seen.toString());
    assertEquals("stop here", vm.outcomeTextProperty().get());
  }

  @Test
  void durationsFormat() {
    assertEquals("1:05", TrainViewModel.duration(65));
    assertEquals("1:00:01", TrainViewModel.duration(3601));
  }
}
