package org.anomalyworkbench.core.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import tech.tablesaw.api.DateTimeColumn;

/**
 * Writes a date-time column back in the form its source file used: the importer detects each
 * column's pattern ({@code Dataset.timeFormats()}, such as {@code dd/MM/yyyy HH:mm} or
 * {@code yyyy-MM-dd'T'HH:mm:ss'Z'}) and exports keep it, so that a spreadsheet or script that
 * read the source reads the export the same way. When there is no source pattern (generated
 * data), or it would lose a part some value has (seconds or milliseconds first seen after the
 * importer's sample), the plain form CSV files use is written ({@code 2026-03-01 00:00:00},
 * not Tablesaw's {@code 2026-03-01T00:00:00.000}): a column whose values are all midnight was
 * a date column and is written as dates; milliseconds appear only when some value has them.
 */
final class DateTimeText {
  private final DateTimeFormatter format;

  private DateTimeText(DateTimeFormatter format) {
    this.format = format;
  }

  /** The narrowest form that writes every value of {@code column} without loss. */
  static DateTimeText of(DateTimeColumn column) {
    return of(column, null);
  }

  /**
   * {@code sourcePattern} when it writes every value of {@code column} without loss, else the
   * narrowest plain form that does.
   */
  static DateTimeText of(DateTimeColumn column, String sourcePattern) {
    boolean time = false;
    boolean millis = false;
    boolean seconds = false;
    for (int r = 0; r < column.size(); r++) {
      LocalDateTime v = column.get(r);
      if (v == null) {
        continue;
      }
      time |= v.getHour() != 0 || v.getMinute() != 0 || v.getSecond() != 0 || v.getNano() != 0;
      seconds |= v.getSecond() != 0 || v.getNano() != 0;
      millis |= v.getNano() != 0;
    }
    if (sourcePattern != null && keeps(sourcePattern, seconds, millis, time)) {
      return new DateTimeText(DateTimeFormatter.ofPattern(sourcePattern));
    }
    String pattern = millis ? "yyyy-MM-dd HH:mm:ss.SSS" : time ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd";
    return new DateTimeText(DateTimeFormatter.ofPattern(pattern));
  }

  /** Whether {@code pattern} (literals in quotes aside) writes the parts the values have. */
  private static boolean keeps(String pattern, boolean seconds, boolean millis, boolean time) {
    String fields = pattern.replaceAll("'[^']*'", "");
    return (!time || fields.contains("H")) && (!seconds || fields.contains("s")) && (!millis || fields.contains("S"));
  }

  String format(LocalDateTime value) {
    return format.format(value);
  }
}
