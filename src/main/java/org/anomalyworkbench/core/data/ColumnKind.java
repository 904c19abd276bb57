package org.anomalyworkbench.core.data;

/** The inferred type of a column's values. */
public enum ColumnKind {
  /** Numbers; encoded as themselves. */
  NUMERIC,
  /** A small set of text values; one-hot encoded. */
  CATEGORICAL,
  /** Dates or date-times; encoded as numeric features (epoch seconds). */
  DATETIME,
  /** Free text with too many distinct values to encode (ids, names); not a feature by default. */
  TEXT
}
