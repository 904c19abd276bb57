package org.anomalyworkbench.core.training;

/**
 * Receives progress from a training run, on the training thread. Implementations must be
 * quick; the UI coalesces these before touching the screen.
 */
public interface TrainingListener {
  /** A listener that ignores everything. */
  TrainingListener NONE = p -> { };

  void onProgress(TrainingProgress progress);

  /** A human-readable note, e.g. "Early stopping after epoch 12: validation loss rose." */
  default void onMessage(String message) { }
}
