package org.anomalyworkbench.cli;

import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.scoring.ThresholdChoice;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;

/**
 * The threshold {@code score} and {@code evaluate} flag with, and the words that say where it
 * came from: the number saved with the model, unless {@code --threshold} asks for another.
 *
 * @param choice the threshold and any note about ties
 * @param origin e.g. "top 5% of the training data's scores, saved with the model"
 */
record AppliedThreshold(ThresholdChoice choice, String origin) {

  /** @param override the {@code --threshold} text, or null to use the model's saved threshold */
  static AppliedThreshold of(TrainedModel model, ScoredData scored, String override) {
    if (override == null) {
      return new AppliedThreshold(model.savedThreshold(scored), model.thresholdOrigin());
    }
    ThresholdPolicy policy = ThresholdPolicy.parse(override);
    String origin = policy.describe() + ", from --threshold";
    if (policy instanceof ThresholdPolicy.Contamination || policy instanceof ThresholdPolicy.BestF1) {
      // These rules look at the rows being judged: say they replaced the saved number.
      origin += ", resolved on these rows instead of the model's saved threshold";
    }
    return new AppliedThreshold(model.chooseThreshold(policy, scored), origin);
  }

  double value() {
    return choice.value();
  }
}
