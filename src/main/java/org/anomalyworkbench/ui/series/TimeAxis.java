package org.anomalyworkbench.ui.series;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.ui.chart.Ticks;
import org.anomalyworkbench.ui.common.Format;

/**
 * The time axis of a series: round tick times (whole minutes, hours, days, months for
 * date-times; 1-2-5 steps for numeric times) placed at their position among the points, and
 * the text for times and durations. The x axis of the view runs over point indices, so a tick
 * at a time between two points sits between them; for evenly sampled series this is a plain
 * time axis. No JavaFX: the canvas decides how many ticks fit.
 *
 * @param dateTime true when times are epoch seconds of date-times
 * @param name the time column's name
 */
public record TimeAxis(boolean dateTime, String name) {
  private static final long MINUTE = 60;
  private static final long HOUR = 3600;
  private static final long DAY = 86400;
  /** Steps in seconds, each a round unit a reader counts in. */
  private static final long[] SECOND_STEPS = {1, 2, 5, 10, 15, 30, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE,
      15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY};
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  /**
   * One tick.
   *
   * @param time the round time it marks
   * @param position where it falls on the point axis (k + fraction)
   * @param label its text
   */
  public record Tick(double time, double position, String label) {
  }

  /**
   * Round ticks within the times of points {@code [from, to)}, at most {@code maxTicks} of them
   * (the fewest-step set that fits).
   */
  public List<Tick> ticks(double[] time, int from, int to, int maxTicks) {
    double t0 = time[from];
    double t1 = time[to - 1];
    List<Tick> out = new ArrayList<>();
    if (!(t1 > t0)) {
      out.add(new Tick(t0, from, format(t0)));
      return out;
    }
    if (!dateTime) {
      for (double v : Ticks.nice(t0, t1, Math.max(1, maxTicks - 1))) {
        out.add(new Tick(v, position(time, from, to, v), Format.number(v)));
      }
      return trim(out, maxTicks);
    }
    double span = t1 - t0;
    for (long step : SECOND_STEPS) {
      if (span / step <= maxTicks - 1) {
        DateTimeFormatter f = formatFor(step, span);
        for (double v = Math.ceil(t0 / step) * step; v <= t1; v += step) {
          out.add(new Tick(v, position(time, from, to, v), f.format(toDateTime(v))));
        }
        return out;
      }
    }
    return monthTicks(time, from, to, maxTicks);
  }

  private List<Tick> monthTicks(double[] time, int from, int to, int maxTicks) {
    LocalDateTime start = toDateTime(time[from]);
    LocalDateTime end = toDateTime(time[to - 1]);
    long months = (end.getYear() - start.getYear()) * 12L + end.getMonthValue() - start.getMonthValue();
    int step = MONTH_STEPS[MONTH_STEPS.length - 1];
    for (int s : MONTH_STEPS) {
      if (months / (double) s <= maxTicks - 1) {
        step = s;
        break;
      }
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern(step >= 12 ? "yyyy" : "yyyy-MM", Locale.ROOT);
    long index = start.getYear() * 12L + start.getMonthValue() - 1;
    index = (index + step - 1) / step * step;
    List<Tick> out = new ArrayList<>();
    for (;; index += step) {
      LocalDateTime m = LocalDateTime.of((int) (index / 12), (int) (index % 12) + 1, 1, 0, 0);
      double v = m.toEpochSecond(ZoneOffset.UTC);
      if (v > time[to - 1]) {
        break;
      }
      if (v >= time[from]) {
        out.add(new Tick(v, position(time, from, to, v), f.format(m)));
      }
    }
    return trim(out, maxTicks);
  }

  private static List<Tick> trim(List<Tick> ticks, int maxTicks) {
    // Keep every other tick until they fit (only numeric 1-2-5 steps can overshoot by one or two).
    List<Tick> out = ticks;
    while (out.size() > Math.max(1, maxTicks)) {
      List<Tick> half = new ArrayList<>();
      for (int i = 0; i < out.size(); i += 2) {
        half.add(out.get(i));
      }
      out = half;
    }
    return out;
  }

  private static DateTimeFormatter formatFor(long step, double span) {
    String pattern;
    if (step < MINUTE) {
      pattern = span > DAY ? "MM-dd HH:mm:ss" : "HH:mm:ss";
    } else if (step < DAY) {
      pattern = span > DAY ? "MM-dd HH:mm" : "HH:mm";
    } else {
      pattern = "yyyy-MM-dd";
    }
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
  }

  /**
   * Where time {@code t} falls among points {@code [from, to)}: {@code k} at a point's time,
   * linearly between two points' times otherwise (the first of equal times).
   */
  static double position(double[] time, int from, int to, double t) {
    int i = Arrays.binarySearch(time, from, to, t);
    if (i >= 0) {
      while (i > from && time[i - 1] == t) {
        i--;
      }
      return i;
    }
    int after = -i - 1;
    if (after <= from) {
      return from;
    }
    if (after >= to) {
      return to - 1;
    }
    return after - 1 + (t - time[after - 1]) / (time[after] - time[after - 1]);
  }

  /** What the axis title adds: the date of the first visible point when tick labels show only clock times. */
  public String title(double[] time, int from, int to) {
    if (!dateTime || time[to - 1] - time[from] > DAY) {
      return name;
    }
    return name + "  (" + DateTimeFormatter.ISO_LOCAL_DATE.format(toDateTime(time[from])) + ")";
  }

  /** A time in full: "2020-03-09 10:14:33" or the number. */
  public String format(double t) {
    return dateTime ? FULL.format(toDateTime(t)) : Format.number(t);
  }

  /** A duration: "45 s", "5 min", "1 h 20 min", "2 d 3 h" for date-times, the number otherwise. */
  public String formatDuration(double d) {
    if (!dateTime) {
      return Format.number(d);
    }
    long s = Math.round(d);
    if (s < MINUTE) {
      return s + " s";
    }
    if (s < HOUR) {
      return s / MINUTE + " min" + (s % MINUTE == 0 ? "" : " " + s % MINUTE + " s");
    }
    if (s < DAY) {
      long min = (s % HOUR) / MINUTE;
      return s / HOUR + " h" + (min == 0 ? "" : " " + min + " min");
    }
    long h = (s % DAY) / HOUR;
    return s / DAY + " d" + (h == 0 ? "" : " " + h + " h");
  }

  private static LocalDateTime toDateTime(double epochSeconds) {
    long whole = (long) Math.floor(epochSeconds);
    int nanos = (int) Math.round((epochSeconds - whole) * 1e9);
    if (nanos >= 1_000_000_000) {
      whole++;
      nanos = 0;
    }
    return LocalDateTime.ofEpochSecond(whole, nanos, ZoneOffset.UTC);
  }
}
