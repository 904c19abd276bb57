package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.junit.jupiter.api.Test;

/**
 * "Epochs 20 → 39 trained" (issue 11, item 7): when Minimum steps raises the user's Epochs,
 * the run says so in the training log, names the numbers and how to keep the user's own.
 */
class EpochsRaisedTest {

  private static final class Recorder implements TrainingListener {
    final List<String> messages = new ArrayList<>();
    int lastEpoch;
    int total;

    @Override
    public void onProgress(TrainingProgress p) {
      lastEpoch = p.epoch();
      total = p.totalEpochs();
    }

    @Override
    public void onMessage(String message) {
      messages.add(message);
    }
  }

  private static Recorder train(String minSteps) {
    Recorder r = new Recorder();
    // 128 rows in batches of 64: 2 batches per epoch.
    DetectorRegistry.train("autoencoder", Map.of("epochs", "2", "minSteps", minSteps, "batchSize", "64",
            "patience", "0"), SyntheticData.matrix(128, 4, 0.0, 3).withoutLabels(),
        new TrainingContext(7, r, CancellationToken.none(), null));
    return r;
  }

  @Test
  void raisedEpochsAreTrainedAndExplainedInTheLog() {
    Recorder r = train("7");
    assertEquals(4, r.lastEpoch);
    assertEquals(4, r.total);
    assertEquals(List.of("Training 4 epochs instead of 2: with 2 batches per epoch, 'Minimum steps' (7) needs 4. "
        + "Set Minimum steps to 0 (-p minSteps=0) to train exactly 2 epochs."), r.messages);
  }

  @Test
  void withoutMinimumStepsTheUsersEpochsAreKeptSilently() {
    Recorder r = train("0");
    assertEquals(2, r.lastEpoch);
    assertEquals(List.of(), r.messages);
  }

  @Test
  void theFormSaysThatMinimumStepsCanRaiseEpochs() {
    var epochs = DetectorRegistry.byId("autoencoder").parameters().stream()
        .filter(p -> p.name().equals("epochs")).findFirst().orElseThrow();
    assertEquals("Maximum passes over the training rows. Small data sets train more epochs when Minimum steps asks "
        + "for it (the training log says so); set Minimum steps to 0 to keep this number.", epochs.description());
  }
}
