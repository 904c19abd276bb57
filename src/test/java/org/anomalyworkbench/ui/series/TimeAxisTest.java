package org.anomalyworkbench.ui.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round time ticks at their positions among the points, and time and duration text. */
class TimeAxisTest {
  private static double at(String iso) {
    return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
  }

  /** One point every 5 minutes from 10:02. */
  private static double[] fiveMinutes(int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = at("2020-03-09T10:02:00") + 300 * i;
    }
    return t;
  }

  @Test
  void dateTimeTicksFallOnRoundClockTimesBetweenPoints() {
    double[] t = fiveMinutes(25); // 10:02 .. 12:02
    List<TimeAxis.Tick> ticks = new TimeAxis(true, "timestamp").ticks(t, 0, 25, 5);
    assertEquals(List.of("10:30", "11:00", "11:30", "12:00"), ticks.stream().map(TimeAxis.Tick::label).toList());
    // 10:30 is 28 minutes after the first point: 5.6 points in.
    assertEquals(5.6, ticks.get(0).position(), 1e-9);
    assertEquals("timestamp  (2020-03-09)", new TimeAxis(true, "timestamp").title(t, 0, 25));
  }

  @Test
  void longSpansShowDatesAndMonths() {
    double[] days = {at("2020-01-01T00:00:00"), at("2020-01-10T00:00:00")};
    List<TimeAxis.Tick> d = new TimeAxis(true, "t").ticks(days, 0, 2, 6);
    assertEquals("2020-01-01", d.get(0).label());
    assertEquals("2020-01-03", d.get(1).label(), "two-day steps for nine days in six ticks");
    double[] years = {at("2019-11-15T00:00:00"), at("2021-02-01T00:00:00")};
    List<TimeAxis.Tick> m = new TimeAxis(true, "t").ticks(years, 0, 2, 6);
    assertEquals(List.of("2020-01", "2020-04", "2020-07", "2020-10", "2021-01"),
        m.stream().map(TimeAxis.Tick::label).toList());
  }

  @Test
  void numericTimesUseNiceStepsAndNeverExceedTheCount() {
    double[] t = new double[101];
    for (int i = 0; i <= 100; i++) {
      t[i] = 1000 + 10 * i; // 1000 .. 2000
    }
    for (int max = 2; max < 12; max++) {
      List<TimeAxis.Tick> ticks = new TimeAxis(false, "t").ticks(t, 0, 101, max);
      assertTrue(ticks.size() <= max, max + ": " + ticks);
    }
    List<TimeAxis.Tick> ticks = new TimeAxis(false, "t").ticks(t, 0, 101, 6);
    assertEquals("1200", ticks.get(1).label());
    assertEquals(20.0, ticks.get(1).position(), 1e-9);
  }

  @Test
  void formatsTimesAndDurations() {
    TimeAxis a = new TimeAxis(true, "t");
    assertEquals("2020-03-09 10:14:33", a.format(at("2020-03-09T10:14:33")));
    assertEquals("45 s", a.formatDuration(45));
    assertEquals("5 min", a.formatDuration(300));
    assertEquals("1 h 20 min", a.formatDuration(4800));
    assertEquals("2 d 3 h", a.formatDuration(2 * 86400 + 3 * 3600));
    assertEquals("12.5", new TimeAxis(false, "t").formatDuration(12.5));
  }
}
