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
 * @param window points per window for detectors of table rows on a series; 0 = single rows
 */
public record TrainingPlan(String detectorId, String detectorName, Map<String, String> parameters, String scaling,
    double validationFraction, long seed, int window) {

  public TrainingPlan {
    parameters = Map.copyOf(parameters);
  }

  /** A plan that scores single rows (no windows). */
  public TrainingPlan(String detectorId, String detectorName, Map<String, String> parameters, String scaling,
      double validationFraction, long seed) {
    this(detectorId, detectorName, parameters, scaling, validationFraction, seed, 0);
  }
}
