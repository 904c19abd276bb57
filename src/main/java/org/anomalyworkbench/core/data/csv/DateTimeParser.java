package org.anomalyworkbench.core.data.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import tech.tablesaw.columns.datetimes.PackedLocalDateTime;

/**
 * Parses ISO-like dates and date-times from a {@code char[]} range into Tablesaw's packed
 * {@code LocalDateTime} form.
 *
 * <p>Accepted: {@code yyyy-MM-dd} or {@code yyyy/MM/dd} (month and day may have one digit),
 * or day and month first with a four-digit year: {@code dd/MM/yyyy}, {@code dd.MM.yyyy},
 * {@code dd-MM-yyyy}, or month first ({@code MM/dd/yyyy}) when the caller says so (the column's
 * order is decided from its sample by {@link TypeInference}); optionally followed by {@code T} or a space and {@code HH:mm}, {@code HH:mm:ss} or
 * {@code HH:mm:ss.fraction}, optionally followed by {@code Z} or an offset ({@code +02:00},
 * {@code -0500}, {@code +01}). A date alone means midnight. A value with an offset is
 * converted to UTC, so that a column mixing offsets still orders correctly; values without
 * offset are kept as written (local time). Tablesaw keeps milliseconds.
 *
 * <p>Failure is the {@link #FAIL} sentinel, blank is {@link #MISSING}; no exceptions escape.
 */
final class DateTimeParser {
  /** Tablesaw's missing value for date-time columns. */
  static final long MISSING = Long.MIN_VALUE;
  /** Returned when the text is not a date-time. */
  static final long FAIL = Long.MIN_VALUE + 1;

  private DateTimeParser() {
  }

  /** Packed date-time (day-first where the order is open), {@link #MISSING} for a blank range, {@link #FAIL} otherwise. */
  static long parse(char[] b, int off, int len) {
    return parse(b, off, len, true, null);
  }

  /**
   * Packed date-time, {@link #MISSING} for a blank range, {@link #FAIL} otherwise.
   *
   * @param dayFirst whether {@code 03/04/2020} is 3 April (else March 4); ISO dates are year-first either way
   * @param form receives how the value is written, or {@code null} (the full parse does not need it)
   */
  static long parse(char[] b, int off, int len, boolean dayFirst, DateTimeForm form) {
    Cursor c = new Cursor(b, off, off + len);
    c.trim();
    if (c.atEnd()) {
      return MISSING;
    }
    try {
      return parseTrimmed(c, dayFirst, form);
    } catch (DateTimeException e) {
      return FAIL;
    }
  }

  static boolean isDateTime(char[] b, int off, int len) {
    long v = parse(b, off, len);
    return v != FAIL && v != MISSING;
  }

  private static long parseTrimmed(Cursor c, boolean dayFirst, DateTimeForm form) {
    LocalDate date = parseDate(c, dayFirst, form);
    if (date == null) {
      return FAIL;
    }
    if (c.atEnd()) {
      return PackedLocalDateTime.pack(date, LocalTime.MIDNIGHT);
    }
    char timeSep = c.peek();
    if (!c.accept('T') && !c.accept(' ')) {
      return FAIL;
    }
    LocalTime time = parseTime(c, timeSep, form);
    if (time == null) {
      return FAIL;
    }
    LocalDateTime local = LocalDateTime.of(date, time);
    if (c.atEnd()) {
      return PackedLocalDateTime.pack(local);
    }
    ZoneOffset offset = parseOffset(c);
    if (offset == null || !c.atEnd()) {
      return FAIL;
    }
    if (form != null) {
      form.zone();
    }
    return PackedLocalDateTime.pack(local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC)
        .toLocalDateTime());
  }

  private static LocalDate parseDate(Cursor c, boolean dayFirst, DateTimeForm form) {
    int start = c.position();
    int first = c.digits(1, 4);
    int firstDigits = c.position() - start;
    char sep = c.peek();
    if (first < 0 || (firstDigits != 4 && firstDigits > 2) || (sep != '-' && sep != '/' && sep != '.')) {
      return null;
    }
    boolean yearFirst = firstDigits == 4;
    if (yearFirst && sep == '.') {
      return null;
    }
    c.next();
    int at = c.position();
    int second = c.digits(1, 2);
    int secondDigits = c.position() - at;
    if (second < 0 || !c.accept(sep)) {
      return null;
    }
    if (yearFirst) {
      at = c.position();
      int day = c.digits(1, 2);
      if (day < 0) {
        return null;
      }
      LocalDate d = LocalDate.of(first, second, day);
      if (form != null) {
        form.date(true, sep, secondDigits, c.position() - at);
      }
      return d;
    }
    int year = c.digits(4, 4);
    if (year < 0) {
      return null;
    }
    LocalDate d = dayFirst ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    if (form != null) {
      form.date(false, sep, dayFirst ? secondDigits : firstDigits, dayFirst ? firstDigits : secondDigits);
    }
    return d;
  }

  private static LocalTime parseTime(Cursor c, char sep, DateTimeForm form) {
    int start = c.position();
    int hour = c.digits(1, 2);
    int hourDigits = c.position() - start;
    if (hour < 0 || !c.accept(':')) {
      return null;
    }
    int minute = c.digits(2, 2);
    if (minute < 0) {
      return null;
    }
    int second = 0;
    int nanos = 0;
    boolean withSeconds = false;
    int fraction = 0;
    if (c.accept(':')) {
      withSeconds = true;
      second = c.digits(2, 2);
      if (second < 0) {
        return null;
      }
      if (c.accept('.') || c.accept(',')) {
        int at = c.position();
        nanos = c.fractionNanos();
        if (nanos < 0) {
          return null;
        }
        fraction = c.position() - at;
      }
    }
    LocalTime t = LocalTime.of(hour, minute, second, nanos);
    if (form != null) {
      form.time(sep, hourDigits, withSeconds, fraction);
    }
    return t;
  }

  private static ZoneOffset parseOffset(Cursor c) {
    if (c.accept('Z') || c.accept('z')) {
      return ZoneOffset.UTC;
    }
    char sign = c.peek();
    if (sign != '+' && sign != '-') {
      return null;
    }
    c.next();
    int hours = c.digits(2, 2);
    if (hours < 0) {
      return null;
    }
    c.accept(':');
    int minutes = c.atEnd() ? 0 : c.digits(2, 2);
    if (minutes < 0) {
      return null;
    }
    int total = hours * 3600 + minutes * 60;
    return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
  }

  /** A read position in the range; small helpers keep the grammar above readable. */
  private static final class Cursor {
    private final char[] b;
    private int i;
    private int end;

    Cursor(char[] b, int start, int end) {
      this.b = b;
      this.i = start;
      this.end = end;
    }

    void trim() {
      while (i < end && NumberParser.isSpace(b[i])) {
        i++;
      }
      while (end > i && NumberParser.isSpace(b[end - 1])) {
        end--;
      }
    }

    boolean atEnd() {
      return i >= end;
    }

    int position() {
      return i;
    }

    char peek() {
      return i < end ? b[i] : '\0';
    }

    void next() {
      i++;
    }

    boolean accept(char ch) {
      if (i < end && b[i] == ch) {
        i++;
        return true;
      }
      return false;
    }

    /** An unsigned number of min..max digits, or -1. */
    int digits(int min, int max) {
      int v = 0;
      int n = 0;
      while (n < max && i < end && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i++] - '0');
        n++;
      }
      return n < min ? -1 : v;
    }

    /** 1 to 9 fraction digits as nanoseconds, or -1. */
    int fractionNanos() {
      int start = i;
      int v = digits(1, 9);
      if (v < 0) {
        return -1;
      }
      for (int k = i - start; k < 9; k++) {
        v *= 10;
      }
      return v;
    }
  }
}
