package org.anomalyworkbench.core.report;

/**
 * Neutralises text cells that a spreadsheet would run as a formula (CSV injection): a cell
 * starting with {@code = + - @}, tab or carriage return gets a leading apostrophe. Numbers are
 * left alone so negative values stay numbers.
 */
public final class SpreadsheetSafe {
  private SpreadsheetSafe() {
  }

  public static String text(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + cell;
    }
    return cell;
  }
}
