package org.anomalyworkbench.core.data.csv;

/**
 * How the full parse stores one column, decided from the sample.
 *
 * @param name unique column name
 * @param storage what the sample showed
 * @param decimalPoint '.' or ',' for numbers written with a decimal comma
 */
record ColumnPlan(String name, Storage storage, char decimalPoint) {

  /** Storage chosen from the sample. */
  enum Storage {
    /** All sampled values are numbers: doubles. */
    NUMBER,
    /** All sampled values are dates or date-times: Tablesaw date-times. */
    DATETIME,
    /** Some sampled value is text: strings (categorical or text, decided after the full read). */
    STRING,
    /** Every sampled value is missing: strings, re-typed after the full read. */
    UNKNOWN
  }
}
