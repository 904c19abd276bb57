package org.anomalyworkbench.core.detector.statistical;

/**
 * How the per-feature deviations of one row are combined into the row's score.
 * {@link #MAX} flags a row when any single feature is far off (good for sensor spikes);
 * {@link #MEAN} flags rows that are moderately off in many features at once.
 */
public enum Aggregation {
  /** The largest per-feature deviation. */
  MAX,
  /** The mean of the per-feature deviations. */
  MEAN;

  /** Combines the first {@code n} non-negative deviations. */
  double combine(double[] deviations, int n) {
    double acc = 0;
    for (int i = 0; i < n; i++) {
      acc = this == MAX ? Math.max(acc, deviations[i]) : acc + deviations[i];
    }
    return this == MAX ? acc : acc / n;
  }
}
