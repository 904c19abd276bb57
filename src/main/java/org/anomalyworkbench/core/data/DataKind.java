package org.anomalyworkbench.core.data;

/** The shape of data a detector can accept; shown in the detector picker. */
public enum DataKind {
  /** One row per sample, numeric/categorical columns. */
  TABULAR,
  /** Ordered rows with a time column; detectors look at windows. */
  TIME_SERIES,
  /** A folder of images, one sample per image. */
  IMAGES
}
