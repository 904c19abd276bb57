package org.anomalyworkbench.ui.train;

import java.util.Map;

/**
 * What the detector step asks the train step to run, in the form's own terms.
 *
 * @param detectorId the detector's id
 * @param detectorName its display name (for headings)
 * @param parameters text values that differ from the defaults
 * @param scaling scaling name: STANDARD, ROBUST, MIN_MAX or NONE
 * @param validationFraction share of rows held out for validation loss and thresholds (0..0.5)
 * @param seed random seed
 */
public record TrainingPlan(String detectorId, String detectorName, Map<String, String> parameters, String scaling,
    double validationFraction, long seed) {

  public TrainingPlan {
    parameters = Map.copyOf(parameters);
  }
}
