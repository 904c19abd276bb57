package org.anomalyworkbench.core.project;

import org.anomalyworkbench.core.model.TrainedModel;

/**
 * One training kept in a project: its record and its trained model, which scores the project's
 * data again when the run is opened (scoring is deterministic, so the scores are the ones seen
 * when it was trained).
 */
public record Run(RunRecord record, TrainedModel model) {
  public Run {
    if (record == null || model == null) {
      throw new IllegalArgumentException("A run needs its record and its model.");
    }
    if (!record.detectorId().equals(model.detectorId())) {
      throw new IllegalArgumentException("Run " + record.id() + " says detector '" + record.detectorId()
          + "' but its model is '" + model.detectorId() + "'.");
    }
  }

  /** The run's id. */
  public String id() {
    return record.id();
  }
}
