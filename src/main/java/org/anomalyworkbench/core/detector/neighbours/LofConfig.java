package org.anomalyworkbench.core.detector.neighbours;

import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link LofDetector}.
 *
 * @param k neighbours that define a row's neighbourhood (MinPts in Breunig et al.)
 * @param maxReference training rows kept to compare with (a seeded subsample beyond this)
 */
public record LofConfig(
    @Param(label = "Neighbours (k)", description = "Size of the neighbourhood whose density a row is compared "
        + "with; 20 is scikit-learn's default and works for most data.", min = 1, max = 1000)
    int k,
    @Param(label = "Max reference rows", description = "Training rows kept to compare with (seeded subsample "
        + "beyond this); bounds the model size and the scoring time.", min = 2, max = 10_000_000)
    int maxReference) implements DetectorConfig {

  public LofConfig {
    ConfigBinder.requireDeclaredBounds(LofConfig.class, k, maxReference);
  }

  /** k = 20 as scikit-learn's LocalOutlierFactor; up to 200,000 reference rows. */
  public static LofConfig defaults() {
    return new LofConfig(20, 200_000);
  }
}
