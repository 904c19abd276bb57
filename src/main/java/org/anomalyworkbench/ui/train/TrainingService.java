package org.anomalyworkbench.ui.train;

import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * Trains and scores on the worker thread. The app's service runs core's training pipeline;
 * tests can substitute a scripted one.
 */
@FunctionalInterface
public interface TrainingService {
  /**
   * @throws org.anomalyworkbench.core.training.TrainingCancelledException when cancelled
   * @throws org.anomalyworkbench.core.training.TrainingFailedException when the loss diverges
   * @throws IllegalArgumentException for a plan that cannot run, with a message for the user
   */
  TrainingOutcome train(Dataset dataset, TrainingPlan plan, TrainingListener listener, CancellationToken cancel)
      throws Exception;
}
