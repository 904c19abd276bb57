package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Column names from the header record: trimmed, blank names replaced by {@code col_<n>}
 * (n = 1-based position), repeated names made unique with a suffix ({@code x}, {@code x_2}).
 * Without a header every column is {@code col_<n>}.
 */
final class HeaderNames {
  private HeaderNames() {
  }

  /**
   * @param header the header fields, or {@code null} when the file has none
   * @param columns number of columns
   * @param notes receives one line per renamed column
   */
  static List<String> of(String[] header, int columns, List<String> notes) {
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    if (header != null) {
      for (String h : header) {
        used.add(h.strip());
      }
    }
    Set<String> taken = new HashSet<>();
    for (int c = 0; c < columns; c++) {
      String raw = header == null ? "" : header[c].strip();
      String name = raw.isEmpty()
          ? unique("col_" + (c + 1), taken, used, true)
          : unique(raw, taken, used, false);
      if (header != null && !name.equals(raw)) {
        notes.add("Column " + (c + 1) + (raw.isEmpty() ? " has no name" : " repeats the name '" + raw + "'")
            + ": it is called '" + name + "'.");
      }
      taken.add(name);
      names.add(name);
    }
    return names;
  }

  /** {@code name}, or with the first free suffix; a generated name also avoids later header names. */
  private static String unique(String name, Set<String> taken, Set<String> headerNames, boolean generated) {
    if (!taken.contains(name) && !(generated && headerNames.contains(name))) {
      return name;
    }
    for (int k = 2; ; k++) {
      String candidate = name + "_" + k;
      if (!taken.contains(candidate) && !headerNames.contains(candidate)) {
        return candidate;
      }
    }
  }
}
