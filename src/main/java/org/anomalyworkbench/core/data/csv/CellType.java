package org.anomalyworkbench.core.data.csv;

/** What one cell's text looks like; used for header detection and type inference. */
enum CellType {
  MISSING, NUMBER, DATETIME, TEXT;

  /** Classifies a cell (numbers with a decimal point; dates as {@link DateTimeParser} reads them). */
  static CellType of(String text, MissingMarkers markers) {
    char[] b = text.toCharArray();
    if (markers.isMissing(b, 0, b.length)) {
      return MISSING;
    }
    if (NumberParser.isNumber(b, 0, b.length, '.')) {
      return NUMBER;
    }
    return DateTimeParser.isDateTime(b, 0, b.length) ? DATETIME : TEXT;
  }
}
