package org.anomalyworkbench.core.data.prep;

/** How numeric features are rescaled; all statistics come from the training rows only. */
public enum Scaling {
  /** (x - mean) / standard deviation. */
  STANDARD,
  /** (x - median) / interquartile range: outliers in the training data barely move it. */
  ROBUST,
  /** (x - min) / (max - min): training values fall in [0, 1]. */
  MIN_MAX,
  /** Values as they are (after imputation). */
  NONE
}
