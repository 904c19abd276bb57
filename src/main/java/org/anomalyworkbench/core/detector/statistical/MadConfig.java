package org.anomalyworkbench.core.detector.statistical;

import java.util.Objects;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link MadDetector}.
 *
 * @param aggregation how the per-feature |modified z| of a row are combined into its score
 */
public record MadConfig(
    @Param(label = "Aggregation",
        description = "MAX scores a row by its most extreme feature; MEAN by the average |modified z| "
            + "over all features.")
    Aggregation aggregation) implements DetectorConfig {

  public MadConfig {
    Objects.requireNonNull(aggregation, "Parameter 'aggregation' must be MAX or MEAN.");
  }

  /** MAX aggregation. */
  public static MadConfig defaults() {
    return new MadConfig(Aggregation.MAX);
  }
}
