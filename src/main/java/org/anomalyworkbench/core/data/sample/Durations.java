package org.anomalyworkbench.core.data.sample;

import java.util.Locale;

/** Short human durations ("250 ms", "5 min", "1.5 h", "3 d") for series summaries. */
final class Durations {
  private static final long SECOND = 1000;
  private static final long MINUTE = 60 * SECOND;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private Durations() {
  }

  /** {@code millis} in the largest unit it fills at least once, with at most one decimal. */
  static String text(double millis) {
    if (millis >= DAY) {
      return in(millis, DAY, "d");
    }
    if (millis >= HOUR) {
      return in(millis, HOUR, "h");
    }
    if (millis >= MINUTE) {
      return in(millis, MINUTE, "min");
    }
    if (millis >= SECOND) {
      return in(millis, SECOND, "s");
    }
    return in(millis, 1, "ms");
  }

  private static String in(double millis, long unit, String name) {
    double v = Math.round(millis / unit * 10) / 10.0;
    String n = v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    return n + " " + name;
  }
}
