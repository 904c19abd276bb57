package org.anomalyworkbench.core.report;

import java.util.regex.Pattern;

/**
 * Neutralises text cells that a spreadsheet would run as a formula (CSV injection): a cell
 * starting with {@code = + - @}, tab or carriage return gets a leading apostrophe. A cell that
 * is a plain number ({@code -0.59}, {@code +3}, {@code -1.5e-7}) is left alone, so a number
 * stored in a text column stays a number; a spreadsheet reads it as a value, not a formula.
 */
public final class SpreadsheetSafe {
  /** A decimal number and nothing else: no operator after the sign, so no formula. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private SpreadsheetSafe() {
  }

  /** The cell as written to a CSV: prefixed with {@code '} when a spreadsheet would evaluate it. */
  public static String text(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    if (c == '=' || c == '@' || c == '\t' || c == '\r') {
      return "'" + cell;
    }
    if ((c == '+' || c == '-') && !PLAIN_NUMBER.matcher(cell).matches()) {
      return "'" + cell;
    }
    return cell;
  }
}
