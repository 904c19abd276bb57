package org.anomalyworkbench.core.data;

/**
 * What the importer does with cells that are not numbers in a column that otherwise holds
 * numbers (a stray {@code oops}, {@code inf}, {@code 1e400}, {@code 1,234.5}). The user
 * chooses; whatever is chosen is reported as a {@link ColumnIssue}, never done silently.
 */
public enum NonNumericPolicy {
  /** Stop the import with an error naming the column, the count and the first cell. */
  STOP,
  /** Read those cells as missing (imputed later like any missing value) and report them. */
  MISSING,
  /** Keep the whole column as text (so it is not a numeric feature). */
  TEXT
}
