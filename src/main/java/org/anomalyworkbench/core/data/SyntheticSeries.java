package org.anomalyworkbench.core.data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded server-metrics series for the built-in sample and tests: a point every 5 minutes,
 * {@code cpu} (%) with a daily cycle and {@code latency} (ms) that follows it, plus three
 * labelled incidents that a detector of single values would miss or half-see: a latency level
 * shift while cpu stays normal (a broken relation), a 2-hour stretch where the daily cycle
 * stops (cpu frozen at its value), and a burst of spikes in both. {@code label} is 1 inside the
 * incidents.
 */
public final class SyntheticSeries {
  private static final int PER_DAY = 288;

  private SyntheticSeries() {
  }

  /** {@code points} points (at least 3 days) from 2026-03-01 00:00, seeded. */
  public static Dataset serverMetrics(String name, int points, long seed) {
    if (points < 3 * PER_DAY) {
      throw new IllegalArgumentException("The sample series needs at least " + 3 * PER_DAY + " points.");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDateTime[] time = new LocalDateTime[points];
    double[] cpu = new double[points];
    double[] latency = new double[points];
    int[] label = new int[points];
    int shift = points * 45 / 100;
    int freeze = points * 65 / 100;
    int burst = points * 85 / 100;
    LocalDateTime t0 = LocalDateTime.of(2026, 3, 1, 0, 0);
    for (int p = 0; p < points; p++) {
      time[p] = t0.plusMinutes(5L * p);
      double day = Math.sin(2 * Math.PI * (p % PER_DAY) / PER_DAY - Math.PI / 2);
      double c = 40 + 25 * day + 3 * gaussian(rnd);
      double l = 20 + 0.4 * c + 1.5 * gaussian(rnd);
      if (p >= shift && p < shift + 36) {
        l += 18;
        label[p] = 1;
      } else if (p >= freeze && p < freeze + 24) {
        c = 40 + 25 * Math.sin(2 * Math.PI * (freeze % PER_DAY) / PER_DAY - Math.PI / 2) + 0.2 * gaussian(rnd);
        l = 20 + 0.4 * c + 1.5 * gaussian(rnd);
        label[p] = 1;
      } else if (p >= burst && p < burst + 12) {
        if (p % 3 == 0) {
          c += 35;
          l += 25;
        }
        label[p] = 1;
      }
      cpu[p] = Math.round(c * 10) / 10.0;
      latency[p] = Math.round(l * 10) / 10.0;
    }
    Table t = Table.create(name, DateTimeColumn.create("time", time), DoubleColumn.create("cpu", cpu),
        DoubleColumn.create("latency", latency), IntColumn.create("label", label));
    Schema schema = new Schema(List.of(
        new ColumnInfo("time", ColumnKind.DATETIME, ColumnRole.TIME, 0, points),
        new ColumnInfo("cpu", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, points),
        new ColumnInfo("latency", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, points),
        new ColumnInfo("label", ColumnKind.NUMERIC, ColumnRole.LABEL, 0, 2)));
    return new Dataset(name, null, t, schema);
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
