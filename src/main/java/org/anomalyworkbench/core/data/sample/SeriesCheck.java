package org.anomalyworkbench.core.data.sample;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * How regular a series is, from its time column in time order: whether the file was sorted,
 * duplicate times, the typical step (the median of the non-zero differences between
 * consecutive times), gaps (steps longer than {@link #GAP_FACTOR} times the typical one) and
 * irregular sampling (more than {@link #IRREGULAR_SHARE} of the steps differ from the typical
 * one by more than {@link #TOLERANCE}). Series detectors assume evenly spaced points, so the
 * Data view and the command line show this before anything is trained.
 *
 * <p>Date-time columns and epoch numbers ({@link EpochUnit}) are measured in time; other
 * numbers in their own units.
 */
public final class SeriesCheck {
  /** A step longer than this many typical steps is a gap. */
  public static final double GAP_FACTOR = 1.5;
  /** A step differing from the typical one by more than this share is irregular. */
  public static final double TOLERANCE = 0.10;
  /** Sampling is irregular when more than this share of the steps are. */
  public static final double IRREGULAR_SHARE = 0.05;

  private final String column;
  private final int points;
  private final boolean alreadySorted;
  private final int duplicates;
  private final double typicalStep;
  private final int gaps;
  private final double largestGap;
  private final int largestGapRow;
  private final int irregularSteps;
  private final int steps;
  private final boolean clock;

  private SeriesCheck(TimeOrder order, double[] times, boolean clock) {
    this.column = order.column();
    this.points = times.length;
    this.alreadySorted = order.alreadySorted();
    this.duplicates = order.duplicates();
    this.clock = clock;
    double[] diffs = new double[Math.max(0, times.length - 1)];
    int n = 0;
    for (int k = 1; k < times.length; k++) {
      double d = times[k] - times[k - 1];
      if (d > 0) { // equal times are duplicates, counted apart: they are not a sampling step
        diffs[n++] = d;
      }
    }
    this.steps = n;
    double[] sorted = Arrays.copyOf(diffs, n);
    Arrays.sort(sorted);
    this.typicalStep = n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    int gapCount = 0;
    int irregular = 0;
    double largest = 0;
    int largestAt = -1;
    for (int k = 1; k < times.length && n > 0; k++) {
      double d = times[k] - times[k - 1];
      if (d <= 0) {
        continue;
      }
      if (Math.abs(d - typicalStep) > TOLERANCE * typicalStep) {
        irregular++;
      }
      if (d > GAP_FACTOR * typicalStep) {
        gapCount++;
        if (d > largest) {
          largest = d;
          largestAt = order.inputRows()[k];
        }
      }
    }
    this.gaps = gapCount;
    this.irregularSteps = irregular;
    this.largestGap = largest;
    this.largestGapRow = largestAt;
  }

  /**
   * The check of {@code data}'s series, or empty when no column has the TIME role.
   *
   * @throws org.anomalyworkbench.core.data.DataImportException when a time is missing (see {@link TimeOrder#of})
   */
  public static Optional<SeriesCheck> of(Dataset data) {
    return TimeOrder.of(data).map(order -> of(data, order));
  }

  /** The check of {@code data}'s series in the given time order. */
  public static SeriesCheck of(Dataset data, TimeOrder order) {
    Column<?> c = data.table().column(order.column());
    int[] rows = order.inputRows();
    double[] times = new double[rows.length];
    boolean clock = true;
    if (c instanceof DateTimeColumn dt) {
      for (int k = 0; k < rows.length; k++) {
        java.time.LocalDateTime t = dt.get(rows[k]);
        times[k] = t.toEpochSecond(ZoneOffset.UTC) * 1000.0 + t.getNano() / 1_000_000;
      }
    } else {
      NumericColumn<?> num = (NumericColumn<?>) c; // TimeOrder accepts only date-times and numbers
      for (int k = 0; k < rows.length; k++) {
        times[k] = num.getDouble(rows[k]);
      }
      Optional<EpochUnit> unit = rows.length == 0 ? Optional.empty()
          : EpochUnit.of(times[0], times[rows.length - 1]);
      clock = unit.isPresent();
      double scale = unit.map(EpochUnit::millis).orElse(1.0);
      for (int k = 0; k < times.length; k++) {
        times[k] *= scale;
      }
    }
    return new SeriesCheck(order, times, clock);
  }

  public String column() {
    return column;
  }

  public int points() {
    return points;
  }

  /** Whether the file's rows were already in time order (else they are sorted for series detectors). */
  public boolean alreadySorted() {
    return alreadySorted;
  }

  /** Points whose time equals the previous point's. */
  public int duplicates() {
    return duplicates;
  }

  /** The median step between distinct consecutive times: milliseconds for times, else the column's units; NaN with fewer than two distinct times. */
  public double typicalStep() {
    return typicalStep;
  }

  /** Steps longer than {@link #GAP_FACTOR} typical steps. */
  public int gaps() {
    return gaps;
  }

  /** The longest gap (same units as {@link #typicalStep}), 0 without gaps. */
  public double largestGap() {
    return largestGap;
  }

  /** The 1-based data row of the point that ends the largest gap, or 0 without gaps. */
  public int largestGapRow() {
    return largestGapRow + 1;
  }

  /** Whether more than {@link #IRREGULAR_SHARE} of the steps differ from the typical step by more than {@link #TOLERANCE}. */
  public boolean irregular() {
    return steps > 0 && irregularSteps > IRREGULAR_SHARE * steps;
  }

  /** Share of the steps that differ from the typical step by more than {@link #TOLERANCE}. */
  public double irregularShare() {
    return steps == 0 ? 0 : (double) irregularSteps / steps;
  }

  /** Whether steps are milliseconds (date-times, epoch numbers) rather than plain numbers. */
  public boolean clock() {
    return clock;
  }

  /** Whether anything here may mislead a series detector: unsorted rows, duplicates, gaps or irregular sampling. */
  public boolean hasProblems() {
    return !alreadySorted || duplicates > 0 || gaps > 0 || irregular();
  }

  /**
   * One line for the Data view and the command line, for example "Series: 4,032 points every
   * 5 min, 3 gaps (largest 2 h at row 1,204), 0 duplicates", followed by what is irregular or
   * unsorted and what it means.
   */
  public String summary() {
    StringBuilder sb = new StringBuilder("Series ('").append(column).append("'): ").append(count(points))
        .append(points == 1 ? " point" : " points");
    if (steps > 0) {
      sb.append(" every ").append(step(typicalStep));
    }
    sb.append(", ").append(count(gaps)).append(gaps == 1 ? " gap" : " gaps");
    if (gaps > 0) {
      sb.append(" (largest ").append(step(largestGap)).append(" at row ").append(count(largestGapRow())).append(')');
    }
    sb.append(", ").append(count(duplicates)).append(duplicates == 1 ? " duplicate time" : " duplicate times");
    if (irregular()) {
      sb.append(String.format(Locale.ROOT, "; irregular sampling: %.0f%% of the steps differ from %s by more than %.0f%%",
          100 * irregularShare(), step(typicalStep), 100 * TOLERANCE));
    }
    if (!alreadySorted) {
      sb.append("; the rows are not in time order in the file: series detectors read them sorted by '")
          .append(column).append('\'');
    }
    return sb.append('.').toString();
  }

  private String step(double value) {
    return clock ? Durations.text(value) : number(value);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? count((long) v)
        : new java.math.BigDecimal(v, new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
