package org.anomalyworkbench.core.training;

/** Thrown out of a training or scoring job that the user cancelled. */
public final class TrainingCancelledException extends RuntimeException {
  public TrainingCancelledException() {
    super("Training was cancelled.");
  }
}
