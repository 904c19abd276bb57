package org.anomalyworkbench.core.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import tech.tablesaw.api.DateTimeColumn;

/**
 * Writes a date-time column back in the plain form CSV files use ({@code 2026-03-01 00:00:00}),
 * not Tablesaw's {@code 2026-03-01T00:00:00.000}: a column whose values are all midnight was a
 * date column and is written as dates; milliseconds appear only when some value has them.
 * The importer keeps the value, not the text, so the separator {@code T} of an ISO source
 * becomes a space; both read back as the same date-time.
 */
final class DateTimeText {
  private final DateTimeFormatter format;

  private DateTimeText(DateTimeFormatter format) {
    this.format = format;
  }

  /** The narrowest form that writes every value of {@code column} without loss. */
  static DateTimeText of(DateTimeColumn column) {
    boolean time = false;
    boolean millis = false;
    for (int r = 0; r < column.size(); r++) {
      LocalDateTime v = column.get(r);
      if (v == null) {
        continue;
      }
      time |= v.getHour() != 0 || v.getMinute() != 0 || v.getSecond() != 0 || v.getNano() != 0;
      millis |= v.getNano() != 0;
    }
    String pattern = millis ? "yyyy-MM-dd HH:mm:ss.SSS" : time ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd";
    return new DateTimeText(DateTimeFormatter.ofPattern(pattern));
  }

  String format(LocalDateTime value) {
    return format.format(value);
  }
}
