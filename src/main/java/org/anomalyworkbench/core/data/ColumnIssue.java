package org.anomalyworkbench.core.data;

/**
 * Cells of a numeric column that are not finite numbers, found while importing: how many,
 * and the first one, so that the user can find it in the file.
 *
 * @param column the column's name
 * @param cells how many cells of the column are not numbers
 * @param firstRow 1-based data row of the first such cell (the header is not a row)
 * @param firstLine 1-based physical line of the first such cell in the file (header = 1), or 0
 *     when not known
 * @param firstValue that cell's text, trimmed
 * @param applied what was done with them
 */
public record ColumnIssue(String column, int cells, long firstRow, long firstLine, String firstValue,
    NonNumericPolicy applied) {

  /** One sentence for the user: the column, the count, the first row and value, and what was done. */
  public String message() {
    String what = switch (applied) {
      case MISSING -> "read as missing (filled in like other missing values)";
      case TEXT -> "so the column was kept as text and is not a numeric feature";
      case STOP -> "so the import stopped";
    };
    return "Column '" + column + "': " + count() + " not a number (first at row " + firstRow
        + (firstLine > 0 ? ", line " + firstLine : "") + ": " + firstValueDescribed() + "), " + what + ".";
  }

  /** The first value in quotes, with why it is not read as a number when that is not obvious. */
  public String firstValueDescribed() {
    return "'" + firstValue + "'" + kindOf(firstValue);
  }

  private String count() {
    return cells == 1 ? "1 cell is" : String.format(java.util.Locale.ROOT, "%,d cells are", cells);
  }

  /** Why a number-like text is refused: overflow and infinities are not finite numbers. */
  private static String kindOf(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace("+", "").replace("-", "");
    if (v.equals("inf") || v.equals("infinity")) {
      return ", an infinity";
    }
    if (v.matches("[0-9.,]*e[0-9]+") ) {
      return ", too large for a number";
    }
    if (v.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?")) {
      return ", thousands separators are not read";
    }
    if (v.matches("[0-9]+,[0-9]+")) {
      return ", a decimal comma; import with the decimal separator set to ',' if the column uses it";
    }
    return "";
  }
}
