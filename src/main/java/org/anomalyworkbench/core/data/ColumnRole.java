package org.anomalyworkbench.core.data;

/** What a column is used for. Guessed at import, editable by the user. */
public enum ColumnRole {
  /** Fed to the detector. */
  FEATURE,
  /** 0/1 ground truth (1 = anomaly): used for evaluation and by the supervised classifier only. */
  LABEL,
  /** Identifies a row in exports; never a feature. */
  ID,
  /** Orders rows of a time series. */
  TIME,
  /** Kept in exports, not used otherwise. */
  IGNORED
}
