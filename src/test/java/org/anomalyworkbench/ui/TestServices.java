package org.anomalyworkbench.ui;

import java.nio.file.Files;
import java.util.List;
import java.util.prefs.Preferences;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.anomalyworkbench.ui.train.TrainingService;

/** Services for UI tests: a given runner, fake detectors, scripted training, throwaway preferences. */
public final class TestServices {
  private TestServices() {
  }

  private static final String ROOT = "org/anomalyworkbench/ui-test";

  static {
    // Leave no test settings behind in the user's preference store.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Preferences.userRoot().node(ROOT).removeNode();
        Preferences.userRoot().flush();
      } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
        // Best effort: a left-over test node does no harm.
      }
    }));
  }

  /** A fresh, empty preferences node so tests never see or touch the user's settings. */
  public static Preferences freshPreferences() {
    return Preferences.userRoot().node(ROOT + "/" + System.nanoTime());
  }

  public static Services scripted(TaskRunner runner, TrainingService trainer) {
    List<Detector<?>> detectors = List.of(new FakeDetector("autoencoder", false), new FakeDetector("classifier", true));
    return new Services(runner,
        (file, cancel, progress) -> {
          throw new java.io.IOException("no CSV reader in this test");
        },
        detectors, trainer,
        new org.anomalyworkbench.ui.results.CoreThresholds(),
        (ResultsData r, double t, java.nio.file.Path out) -> {
          StringBuilder sb = new StringBuilder("row,score\n");
          int n = r.ranked().countAtOrAbove(t);
          for (int i = 0; i < n; i++) {
            sb.append(r.ranked().rowAt(i)).append(',').append(r.ranked().scoreAt(i)).append('\n');
          }
          Files.writeString(out, sb);
          return n;
        },
        java.util.concurrent.CompletableFuture.completedFuture("CPU (test)"), freshPreferences(), new ScriptedModels());
  }
}
