package org.anomalyworkbench.core.detector.iforest;

import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;

/**
 * Settings of {@link IsolationForestDetector}. The random seed is not a setting: it comes from
 * the training context, so one seed governs the whole run.
 *
 * @param trees number of isolation trees; scores stabilise around 100 (Liu et al. 2008)
 * @param subsampleSize rows drawn without replacement to grow each tree (psi); trees grow to
 *     depth ceil(log2 psi). Capped at the number of training rows.
 */
public record IsolationForestConfig(
    @Param(label = "Trees", description = "Number of isolation trees. More trees give steadier scores; "
        + "100 is the paper's default and rarely worth raising.", min = 1, max = 10_000)
    int trees,
    @Param(label = "Subsample size", description = "Rows drawn (without replacement) to grow each tree. "
        + "256 is the paper's default; small samples isolate anomalies better than large ones. "
        + "Capped at the number of training rows.", min = 2, max = 1_000_000)
    int subsampleSize) implements DetectorConfig {

  public IsolationForestConfig {
    if (trees < 1 || trees > 10_000) {
      throw new IllegalArgumentException("Parameter 'trees' must be between 1 and 10000, not " + trees + ".");
    }
    if (subsampleSize < 2 || subsampleSize > 1_000_000) {
      throw new IllegalArgumentException("Parameter 'subsampleSize' must be between 2 and 1000000, not "
          + subsampleSize + ".");
    }
  }

  /** 100 trees of 256 rows each, as in the paper. */
  public static IsolationForestConfig defaults() {
    return new IsolationForestConfig(100, 256);
  }
}
