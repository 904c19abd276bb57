package org.anomalyworkbench.core.report.document;

import java.util.Arrays;

/**
 * The training curve a report draws: one training loss and one validation loss per epoch
 * (NaN where a run did not compute it). Runs whose loss was not recorded have no curve at all
 * ({@code null} in {@link ReportRun}), which the report says in words.
 *
 * @param train training loss at the end of each epoch
 * @param validation validation loss at the end of each epoch, NaN when not computed
 */
public record LossCurve(double[] train, double[] validation) {

  public LossCurve {
    if (train.length != validation.length) {
      throw new IllegalArgumentException(train.length + " training losses but " + validation.length
          + " validation losses");
    }
    train = train.clone();
    validation = validation.clone();
  }

  public int epochs() {
    return train.length;
  }

  /** True when at least one epoch has a validation loss. */
  public boolean hasValidation() {
    return Arrays.stream(validation).anyMatch(v -> !Double.isNaN(v));
  }
}
