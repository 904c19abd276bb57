package org.anomalyworkbench.core.data.csv;

/**
 * How the full parse stores one column, decided from the sample.
 *
 * @param name unique column name
 * @param storage what the sample showed
 * @param decimalPoint '.' or ',' for numbers written with a decimal comma
 * @param mostlyNumeric whether some sampled cells were not numbers although most were: such
 *     cells are counted and reported (a STRING column kept as text on request also says so)
 * @param dayFirst for date-times: whether {@code 03/04/2020} is read as 3 April
 * @param datePattern for date-times: the source's form as a {@code DateTimeFormatter} pattern
 *     (see {@link DateTimeForm}), else {@code null}
 * @param ambiguousOrder for date-times: every sampled day-or-month-first date fits both orders
 */
record ColumnPlan(String name, Storage storage, char decimalPoint, boolean mostlyNumeric, boolean dayFirst,
    String datePattern, boolean ambiguousOrder) {

  ColumnPlan(String name, Storage storage, char decimalPoint) {
    this(name, storage, decimalPoint, false);
  }

  ColumnPlan(String name, Storage storage, char decimalPoint, boolean mostlyNumeric) {
    this(name, storage, decimalPoint, mostlyNumeric, true, null, false);
  }

  /** A date-time column read in one date order, written in {@code pattern} in the source. */
  static ColumnPlan dateTimes(String name, boolean dayFirst, String pattern, boolean ambiguousOrder) {
    return new ColumnPlan(name, Storage.DATETIME, '.', false, dayFirst, pattern, ambiguousOrder);
  }

  /** This column kept as strings, for example when the user wants odd cells kept as text. */
  ColumnPlan asText() {
    return new ColumnPlan(name, Storage.STRING, decimalPoint, true);
  }

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
