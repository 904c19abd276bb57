package org.anomalyworkbench.core.pipeline;

import java.util.Map;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;

/**
 * What the user asked to train: which detector with which parameters, how to prepare the data,
 * the seed, and the initial threshold policy (which can be changed later without retraining).
 *
 * @param detectorId a {@link org.anomalyworkbench.core.detector.registry.DetectorRegistry} id
 * @param parameters text values overriding the detector's defaults (may be empty)
 * @param preparation scaling, validation split, encoding limits
 * @param seed random seed for the split and the detector
 * @param threshold the policy that turns scores into flags
 */
public record TrainingRequest(
    String detectorId,
    Map<String, String> parameters,
    PreparationConfig preparation,
    long seed,
    ThresholdPolicy threshold) {

  public TrainingRequest {
    parameters = Map.copyOf(parameters);
  }
}
