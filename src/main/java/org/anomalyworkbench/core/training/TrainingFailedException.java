package org.anomalyworkbench.core.training;

/**
 * Thrown when training cannot go on, e.g. the loss became NaN or infinite. The message says
 * what happened and what the user can change (learning rate, scaling, ...).
 */
public final class TrainingFailedException extends RuntimeException {
  public TrainingFailedException(String message) {
    super(message);
  }

  public TrainingFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
