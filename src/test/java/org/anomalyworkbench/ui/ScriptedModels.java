package org.anomalyworkbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.ui.train.TrainingOutcome;

/**
 * Model files for view-model tests: a save writes a marker file and remembers the outcome; a
 * score returns the remembered outcome for that file, and a file never saved fails like a
 * damaged one.
 */
final class ScriptedModels implements ModelFiles {
  private final Map<Path, TrainingOutcome> saved = new HashMap<>();

  @Override
  public void save(TrainingOutcome outcome, org.anomalyworkbench.core.scoring.ThresholdPolicy threshold,
      double thresholdValue, org.anomalyworkbench.core.scoring.KOfN kOfN, Path file) throws IOException {
    Files.writeString(file, "model");
    saved.put(file, outcome);
  }

  @Override
  public TrainingOutcome scoreWith(Path file, Dataset dataset, CancellationToken cancel) throws IOException {
    TrainingOutcome o = saved.get(file);
    if (o == null) {
      throw new IOException(file.getFileName() + " is not an Anomaly Workbench model");
    }
    return o;
  }
}
