package org.anomalyworkbench.core.data.csv;

/**
 * How a date-time column is written in the source file, gathered from its sampled values while
 * {@link DateTimeParser} reads them: date order and separator, digit widths, the separator
 * before the time, seconds, fraction digits and whether a zone was given. {@link #pattern()}
 * turns it into a {@link java.time.format.DateTimeFormatter} pattern so that exports write the
 * values in the file's own form.
 *
 * <p>Values of one column may differ slightly (one-digit and two-digit days, some values with
 * milliseconds): the pattern is widened so that it writes every sampled value without loss.
 */
final class DateTimeForm {
  /** Whether dates start with the year ({@code yyyy-MM-dd}) or with day/month ({@code dd/MM/yyyy}). */
  private boolean yearFirst = true;
  private char dateSep = '-';
  private boolean shortMonth;
  private boolean shortDay;
  private boolean shortHour;
  private boolean time;
  private char timeSep = ' ';
  private boolean seconds;
  private int fractionDigits;
  private boolean zone;
  private boolean seen;
  /** Whether some value put the day or month first (only those depend on the day-first choice). */
  private boolean fieldFirst;

  boolean fieldFirst() {
    return fieldFirst;
  }

  void date(boolean startsWithYear, char sep, int monthDigits, int dayDigits) {
    if (!seen) {
      yearFirst = startsWithYear;
      dateSep = sep;
    }
    seen = true;
    fieldFirst |= !startsWithYear;
    shortMonth |= monthDigits == 1;
    shortDay |= dayDigits == 1;
  }

  void time(char sep, int hourDigits, boolean withSeconds, int fraction) {
    if (!time) {
      timeSep = sep;
    }
    time = true;
    shortHour |= hourDigits == 1;
    seconds |= withSeconds;
    fractionDigits = Math.max(fractionDigits, fraction);
  }

  void zone() {
    zone = true;
  }

  /**
   * The pattern of the sampled values, for example {@code dd/MM/yyyy HH:mm} or
   * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}. Values with a zone were converted to UTC on import,
   * so they are written in UTC with {@code Z}.
   *
   * @param dayFirst how day-or-month-first dates were read
   */
  String pattern(boolean dayFirst) {
    String d = shortDay ? "d" : "dd";
    String m = shortMonth ? "M" : "MM";
    String sep = dateSep == '.' ? "." : String.valueOf(dateSep);
    StringBuilder p = new StringBuilder(yearFirst ? "yyyy" + sep + m + sep + d
        : dayFirst ? d + sep + m + sep + "yyyy" : m + sep + d + sep + "yyyy");
    if (time) {
      p.append(timeSep == 'T' ? "'T'" : " ").append(shortHour ? "H" : "HH").append(":mm");
      if (seconds || fractionDigits > 0) {
        p.append(":ss");
      }
      if (fractionDigits > 0) {
        // At least milliseconds: a sample of ".5" must not cut a later ".25" (Tablesaw keeps millis).
        p.append('.').append("S".repeat(Math.min(9, Math.max(3, fractionDigits))));
      }
      if (zone) {
        p.append("'Z'");
      }
    }
    return p.toString();
  }
}
