package org.anomalyworkbench.ui.common;

import java.util.Locale;

/** Number formatting shared by the results views, so the same value reads the same everywhere. */
public final class Format {
  private Format() {
  }

  /** A score with 4 significant digits, in scientific form when very small or large. */
  public static String score(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    double a = Math.abs(v);
    if (a != 0 && (a < 1e-3 || a >= 1e5)) {
      return String.format(Locale.ROOT, "%.3e", v);
    }
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
  }

  /**
   * A table cell for display: numbers with up to 6 significant digits (a CSV's 17-digit
   * doubles are unreadable in a table), text as is, missing as empty.
   */
  public static String cell(tech.tablesaw.columns.Column<?> column, int row) {
    return cell(column, row, 6);
  }

  /** A table cell with numbers shown to {@code digits} significant digits. */
  public static String cell(tech.tablesaw.columns.Column<?> column, int row, int digits) {
    if (column.isMissing(row)) {
      return "";
    }
    if (column instanceof tech.tablesaw.api.NumericColumn<?> nc) {
      return number(nc.getDouble(row), digits);
    }
    return column.getString(row);
  }

  /** A number with up to 6 significant digits, integers without a decimal point. */
  public static String number(double v) {
    return number(v, 6);
  }

  /** A number with up to {@code digits} significant digits, integers without a decimal point. */
  public static String number(double v, int digits) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    double a = Math.abs(v);
    if (a < 1e-4 || a >= 1e9) {
      return String.format(Locale.ROOT, "%." + (digits - 1) + "e", v);
    }
    String s = String.format(Locale.ROOT, "%." + digits + "g", v);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }

  /** An integer count with thousands separators. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * A count short enough for a small cell: 999, 23.4k, 234k, 1.2M (three significant digits at
   * most); show {@link #count(long)} beside it, e.g. in a tooltip, for the exact value.
   */
  public static String compact(long n) {
    long a = Math.abs(n);
    if (a < 1000) {
      return Long.toString(n);
    }
    String[] units = {"k", "M", "G", "T"};
    double v = n;
    int u = -1;
    while (Math.abs(v) >= 999.5 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    String digits = Math.abs(v) < 9.995 ? String.format(Locale.ROOT, "%.2f", v)
        : Math.abs(v) < 99.95 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
    if (digits.contains(".")) {
      digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return digits + units[u];
  }

  /** A fraction as a percentage with one decimal. */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }
}
