package org.anomalyworkbench.core.data.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Series diagnostics on hand-made series: steps, gaps, duplicates, irregular sampling, file order. */
class SeriesCheckTest {
  private static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static Dataset series(List<LocalDateTime> times) {
    DateTimeColumn t = DateTimeColumn.create("t", times);
    DoubleColumn v = DoubleColumn.create("v", new double[times.size()]);
    Schema s = new Schema(List.of(new ColumnInfo("t", ColumnKind.DATETIME, ColumnRole.TIME, 0, times.size()),
        new ColumnInfo("v", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, 1)));
    return new Dataset("s", null, Table.create("s", t, v), s);
  }

  /** {@code points} points every 5 minutes from {@link #START}. */
  private static List<LocalDateTime> everyFiveMinutes(int points) {
    List<LocalDateTime> out = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      out.add(START.plusMinutes(5L * k));
    }
    return out;
  }

  @Test
  void aRegularSeriesHasItsStepAndNoProblems() {
    SeriesCheck c = SeriesCheck.of(series(everyFiveMinutes(4032))).orElseThrow();
    assertEquals(300_000, c.typicalStep());
    assertEquals(0, c.gaps());
    assertFalse(c.irregular());
    assertFalse(c.hasProblems());
    assertEquals("Series ('t'): 4,032 points every 5 min, 0 gaps, 0 duplicate times.", c.summary());
  }

  @Test
  void gapsAreCountedWithTheLargestAndTheRowThatEndsIt() {
    List<LocalDateTime> times = everyFiveMinutes(100);
    // 2 h missing before row 61 (index 60), 30 min before row 81: every later point shifts.
    for (int k = 60; k < times.size(); k++) {
      times.set(k, times.get(k).plusMinutes(120));
    }
    for (int k = 80; k < times.size(); k++) {
      times.set(k, times.get(k).plusMinutes(30));
    }
    SeriesCheck c = SeriesCheck.of(series(times)).orElseThrow();
    assertEquals(2, c.gaps());
    assertEquals(125 * 60_000, c.largestGap(), "the step across the 2 h hole is 2 h 5 min");
    assertEquals(61, c.largestGapRow());
    assertFalse(c.irregular(), "2 of 99 steps is not irregular sampling");
    assertEquals("Series ('t'): 100 points every 5 min, 2 gaps (largest 2.1 h at row 61), 0 duplicate times.",
        c.summary());
  }

  @Test
  void jitteredStepsAreIrregularButNotGaps() {
    List<LocalDateTime> times = new ArrayList<>();
    LocalDateTime t = START;
    for (int k = 0; k < 200; k++) {
      times.add(t);
      t = t.plusSeconds(k % 4 == 0 ? 70 : 60); // a quarter of the steps are 17% long
    }
    SeriesCheck c = SeriesCheck.of(series(times)).orElseThrow();
    assertEquals(60_000, c.typicalStep());
    assertEquals(0, c.gaps());
    assertTrue(c.irregular());
    assertEquals(0.25, c.irregularShare(), 0.01);
    assertTrue(c.summary().contains("; irregular sampling: 25% of the steps differ from 1 min by more than 10%"),
        c.summary());
  }

  @Test
  void unsortedRowsAndDuplicatesAreReportedAndEqualTimesKeepFileOrder() {
    List<LocalDateTime> times = List.of(START.plusMinutes(10), START, START.plusMinutes(5), START.plusMinutes(5),
        START.plusMinutes(15));
    Dataset d = series(times);
    TimeOrder order = TimeOrder.of(d).orElseThrow();
    assertArrayEquals(new int[] {1, 2, 3, 0, 4}, order.inputRows(), "rows 2 and 3 share 00:05 and stay in file order");
    SeriesCheck c = SeriesCheck.of(d, order);
    assertFalse(c.alreadySorted());
    assertEquals(1, c.duplicates());
    assertEquals(300_000, c.typicalStep(), "the duplicate's zero step is not a sampling step");
    assertTrue(c.hasProblems());
    assertEquals("Series ('t'): 5 points every 5 min, 0 gaps, 1 duplicate time; the rows are not in time order in "
        + "the file: series detectors read them sorted by 't'.", c.summary());
  }

  @Test
  void epochSecondsAreMeasuredInTimeAndPlainNumbersInTheirOwnUnits() {
    double[] epoch = new double[50];
    double[] plain = new double[50];
    for (int k = 0; k < 50; k++) {
      epoch[k] = 1_583_742_873 + 10.0 * k;
      plain[k] = 2.5 * k;
    }
    SeriesCheck e = SeriesCheck.of(numeric(epoch)).orElseThrow();
    assertTrue(e.clock());
    assertEquals(10_000, e.typicalStep());
    assertTrue(e.summary().startsWith("Series ('t'): 50 points every 10 s,"), e.summary());
    SeriesCheck p = SeriesCheck.of(numeric(plain)).orElseThrow();
    assertFalse(p.clock());
    assertEquals(2.5, p.typicalStep());
    assertTrue(p.summary().startsWith("Series ('t'): 50 points every 2.5,"), p.summary());
  }

  @Test
  void noTimeColumnMeansNoCheck() {
    Dataset d = series(everyFiveMinutes(3));
    assertTrue(SeriesCheck.of(d.withSchema(d.schema().withRole("t", ColumnRole.IGNORED))).isEmpty());
  }

  private static Dataset numeric(double[] t) {
    Schema s = new Schema(List.of(new ColumnInfo("t", ColumnKind.NUMERIC, ColumnRole.TIME, 0, t.length)));
    return new Dataset("n", null, Table.create("n", DoubleColumn.create("t", t)), s);
  }
}
