package org.anomalyworkbench.core.project;

import java.util.Map;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.scoring.ThresholdContext;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.RunProvenance;

/**
 * Everything needed to score new data the same way as in training: the column roles, the
 * fitted preparation, the fitted detector, the training-score distribution the threshold
 * policies refer to, and where the model came from. This is what a model file holds.
 *
 * @param schema column kinds and roles used in training (features are looked up by name)
 * @param preparation imputation, encoding and scaling fitted on the training rows
 * @param detector the fitted detector
 * @param config the detector's configuration in text form
 * @param provenance how and on what it was trained
 * @param trainingScores scores of the training rows (for mean + k·sd thresholds)
 * @param normalValidationScores scores of validation rows believed normal, or an empty array
 * @param threshold the current threshold policy; not part of the fitted state
 */
public record TrainedModel(
    Schema schema,
    Preparation preparation,
    TrainedDetector detector,
    Map<String, String> config,
    RunProvenance provenance,
    double[] trainingScores,
    double[] normalValidationScores,
    ThresholdPolicy threshold) {

  public TrainedModel {
    config = Map.copyOf(config);
  }

  public String detectorId() {
    return detector.detectorId();
  }

  /** The same model with another threshold policy: never retrains. */
  public TrainedModel withThreshold(ThresholdPolicy policy) {
    return new TrainedModel(schema, preparation, detector, config, provenance, trainingScores,
        normalValidationScores, policy);
  }

  /** Resolves {@code policy} to a number for these scored rows. */
  public double resolveThreshold(ThresholdPolicy policy, ScoredData scored) {
    return policy.resolve(new ThresholdContext(trainingScores, scored.scores().values(), scored.labels(),
        normalValidationScores.length == 0 ? null : normalValidationScores));
  }

  /** Resolves the model's own policy for these scored rows. */
  public double resolveThreshold(ScoredData scored) {
    return resolveThreshold(threshold, scored);
  }
}
