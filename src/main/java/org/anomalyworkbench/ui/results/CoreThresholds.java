package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.ThresholdChoice;
import org.anomalyworkbench.core.scoring.ThresholdContext;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;

/** Resolves the toolbar's threshold strategies with core's {@link ThresholdPolicy} kinds. */
public final class CoreThresholds implements ThresholdResolver {

  /** The core policy for a strategy and its parameter (percent for contamination). */
  public static ThresholdPolicy policy(ThresholdStrategy strategy, double parameter) {
    return switch (strategy) {
      case FIXED -> new ThresholdPolicy.Fixed(parameter);
      case MEAN_K_SD -> new ThresholdPolicy.MeanPlusKSd(parameter);
      case CONTAMINATION -> new ThresholdPolicy.Contamination(parameter / 100.0);
      case BEST_F1 -> new ThresholdPolicy.BestF1();
      case NORMAL_QUANTILE -> new ThresholdPolicy.NormalQuantile(parameter);
    };
  }

  @Override
  public ThresholdChoice resolve(ThresholdStrategy strategy, double parameter, ResultsData data) {
    double[] normal = data.normalValidationScores();
    ThresholdContext ctx = new ThresholdContext(data.trainingScores(), data.scores().values(), data.labels(),
        normal == null || normal.length == 0 ? null : normal, data.ranked());
    try {
      return policy(strategy, parameter).choose(ctx);
    } catch (IllegalStateException e) {
      // Core says what is missing (labels, validation rows); the toolbar shows it as is.
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
