package org.anomalyworkbench.core.detector.statistical;

import java.util.Objects;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link ZScoreDetector}.
 *
 * @param aggregation how the per-feature |z| of a row are combined into its score
 */
public record ZScoreConfig(
    @Param(label = "Aggregation",
        description = "MAX scores a row by its most extreme feature; MEAN by the average |z| over all features.")
    Aggregation aggregation) implements DetectorConfig {

  public ZScoreConfig {
    Objects.requireNonNull(aggregation, "Parameter 'aggregation' must be MAX or MEAN.");
  }

  /** MAX aggregation. */
  public static ZScoreConfig defaults() {
    return new ZScoreConfig(Aggregation.MAX);
  }
}
