package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cell texts that mean "no value". A cell is compared after trimming surrounding spaces and tabs,
 * case-sensitively, whether it was quoted or not (as pandas does).
 *
 * <p>Defaults ({@link #DEFAULTS}): the empty cell, {@code NA}, {@code N/A}, {@code n/a},
 * {@code ?}, {@code NaN}, {@code nan}, {@code null}, {@code NULL}, {@code -} and Excel's
 * {@code #N/A}. Callers add their own markers (for example {@code -999}) through
 * {@link CsvImportOptions#extraMissingMarkers()}; those are added to the defaults, never
 * replace them.
 *
 * <p>Matching works on a {@code char[]} range so the parser never allocates a String for it.
 */
public final class MissingMarkers {
  /** The markers every import treats as missing. */
  public static final Set<String> DEFAULTS = Set.of(
      "", "NA", "N/A", "n/a", "?", "NaN", "nan", "null", "NULL", "-", "#N/A");

  private final char[][] markers;
  private final boolean anyNumeric;
  private final Set<String> all;

  private MissingMarkers(Set<String> all) {
    this.all = Set.copyOf(all);
    List<char[]> list = new ArrayList<>();
    boolean numeric = false;
    for (String m : all) {
      list.add(m.toCharArray());
      numeric |= !m.isEmpty() && NumberParser.isNumber(m.toCharArray(), 0, m.length(), '.');
    }
    this.markers = list.toArray(new char[0][]);
    this.anyNumeric = numeric;
  }

  /** The defaults plus {@code extra} (each trimmed). */
  public static MissingMarkers withExtra(Set<String> extra) {
    Set<String> all = new LinkedHashSet<>(DEFAULTS);
    for (String e : extra) {
      all.add(e.strip());
    }
    return new MissingMarkers(all);
  }

  /** All markers in effect. */
  public Set<String> all() {
    return all;
  }

  /**
   * True when some marker is itself a number (like {@code -999}): then numeric cells must be
   * checked against the markers before being parsed.
   */
  boolean anyNumeric() {
    return anyNumeric;
  }

  /** Whether {@code text} (trimmed) is a missing marker. */
  public boolean isMissing(String text) {
    return isMissing(text.toCharArray(), 0, text.length());
  }

  /** Whether the trimmed range {@code buf[off, off+len)} is a missing marker. */
  boolean isMissing(char[] buf, int off, int len) {
    int start = off;
    int end = off + len;
    while (start < end && NumberParser.isSpace(buf[start])) {
      start++;
    }
    while (end > start && NumberParser.isSpace(buf[end - 1])) {
      end--;
    }
    for (char[] m : markers) {
      if (equalsRange(m, buf, start, end - start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsRange(char[] m, char[] buf, int off, int len) {
    if (m.length != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (m[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
