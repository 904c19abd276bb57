package org.anomalyworkbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.ui.train.TrainingOutcome;

/**
 * Model files from the window: save what was just trained, and score the data on screen with
 * a model saved earlier (in the window or by the command line's {@code train}). The app uses
 * core's model store ({@code .awm}); tests may script it.
 */
public interface ModelFiles {
  /** File name extension of model files, with the dot. */
  String EXTENSION = ".awm";

  /**
   * Writes the model of {@code outcome} to {@code file}, atomically, with the threshold the
   * window shows, so that the file flags new data as the window did.
   *
   * @param threshold the policy behind the shown threshold, or null to keep the model's own
   * @param thresholdValue the shown threshold (ignored when {@code threshold} is null)
   * @param kOfN the shown smoothing of decisions along a series ({@code KOfN.OFF} for none)
   */
  void save(TrainingOutcome outcome, ThresholdPolicy threshold, double thresholdValue, KOfN kOfN, Path file)
      throws IOException;

  /**
   * Reads the model in {@code file} and scores {@code dataset} with it (features matched by
   * name), giving an outcome the results step shows like a fresh training's.
   */
  TrainingOutcome scoreWith(Path file, Dataset dataset, CancellationToken cancel) throws IOException;
}
