package org.anomalyworkbench.ui.series;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.evaluation.series.Events;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.results.ResultsData;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * A scored dataset laid out in time order for the series view: the time of every point, each
 * numeric feature column as a channel, the scores and labels, all indexed by point {@code k}
 * (the k-th in time), plus the mapping to and from the dataset's file rows that the shared
 * selection uses. Built once per result; arrays are not copied out, so callers must not modify them.
 */
public final class SeriesData {
  private final int[] inputRow;
  private final int[] pointOfRow;
  private final double[] time;
  private final TimeAxis axis;
  private final List<String> channelNames;
  private final double[][] channels;
  private final double[] scores;
  private final boolean[] labelled;

  private SeriesData(int[] inputRow, double[] time, TimeAxis axis, List<String> channelNames, double[][] channels,
      double[] scores, boolean[] labelled) {
    this.inputRow = inputRow;
    this.time = time;
    this.axis = axis;
    this.channelNames = List.copyOf(channelNames);
    this.channels = channels;
    this.scores = scores;
    this.labelled = labelled;
    this.pointOfRow = new int[inputRow.length];
    for (int k = 0; k < inputRow.length; k++) {
      pointOfRow[inputRow[k]] = k;
    }
  }

  /**
   * The series of {@code data}, or empty when no column has the TIME role.
   *
   * @throws org.anomalyworkbench.core.data.DataImportException when a time value is missing or not a time
   */
  public static Optional<SeriesData> of(ResultsData data) {
    Optional<TimeOrder> order = data.timeOrder().get();
    if (order.isEmpty()) {
      return Optional.empty();
    }
    Dataset d = data.dataset();
    int[] rows = order.get().inputRows();
    int n = rows.length;
    Column<?> timeColumn = d.table().column(order.get().column());
    boolean dateTime = timeColumn instanceof DateTimeColumn;
    double[] time = new double[n];
    for (int k = 0; k < n; k++) {
      time[k] = dateTime ? epochSeconds(((DateTimeColumn) timeColumn).get(rows[k]))
          : ((NumericColumn<?>) timeColumn).getDouble(rows[k]);
    }
    List<String> names = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (ColumnInfo c : d.schema().features()) {
      if (c.kind() == ColumnKind.NUMERIC && d.table().column(c.name()) instanceof NumericColumn<?> nc) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
          v[k] = nc.isMissing(rows[k]) ? Double.NaN : nc.getDouble(rows[k]);
        }
        names.add(c.name());
        values.add(v);
      }
    }
    double[] scores = new double[n];
    for (int k = 0; k < n; k++) {
      scores[k] = data.scores().value(rows[k]);
    }
    boolean[] labelled = null;
    if (data.labels() != null) {
      labelled = new boolean[n];
      for (int k = 0; k < n; k++) {
        labelled[k] = data.labels()[rows[k]] == 1;
      }
    }
    return Optional.of(new SeriesData(rows.clone(), time, new TimeAxis(dateTime, order.get().column()), names,
        values.toArray(new double[0][]), scores, labelled));
  }

  /** A series from arrays already in time order (tests and the bench); input row k is point k. */
  public static SeriesData ofArrays(double[] time, boolean dateTime, List<String> channelNames, double[][] channels,
      double[] scores, boolean[] labelled) {
    int[] identity = new int[time.length];
    for (int k = 0; k < identity.length; k++) {
      identity[k] = k;
    }
    return new SeriesData(identity, time, new TimeAxis(dateTime, "time"), channelNames, channels, scores, labelled);
  }

  private static double epochSeconds(LocalDateTime t) {
    // Date-times in a CSV carry no zone; reading them as UTC keeps the wall-clock labels as written.
    return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() / 1e9;
  }

  public int points() {
    return time.length;
  }

  /** Time of each point (epoch seconds for date-times, the column's numbers otherwise). */
  public double[] time() {
    return time;
  }

  public TimeAxis axis() {
    return axis;
  }

  public List<String> channelNames() {
    return channelNames;
  }

  /** Values of channel {@code c} in time order (NaN where missing). */
  public double[] channel(int c) {
    return channels[c];
  }

  /** Scores in time order. */
  public double[] scores() {
    return scores;
  }

  /** True per point labelled anomalous, or null without labels. */
  public boolean[] labelled() {
    return labelled;
  }

  /** The dataset row of point {@code k}. */
  public int rowOf(int k) {
    return inputRow[k];
  }

  /** The point (time index) of dataset row {@code row}. */
  public int pointOf(int row) {
    return pointOfRow[row];
  }

  /** Dataset rows of points {@code [from, to)}. */
  public int[] rowsOf(int from, int to) {
    return java.util.Arrays.copyOfRange(inputRow, from, to);
  }

  /** Which points score at or above {@code threshold} (NaN flags nothing). */
  public boolean[] flags(double threshold) {
    boolean[] f = new boolean[scores.length];
    for (int k = 0; k < f.length; k++) {
      f[k] = scores[k] >= threshold;
    }
    return f;
  }

  /** The flagged events at {@code flags}, with their peaks, in time order. */
  public List<FlaggedEvent> events(boolean[] flags) {
    return Events.flaggedWithPeaks(scores, flags);
  }

  /**
   * How long an event lasted: from its first point to the point after its last (each point
   * stands for the time until the next one), so a one-point event on 5-minute data lasts 5
   * minutes; an event at the end of the series borrows the last sampling step.
   */
  public double duration(FlaggedEvent e) {
    int n = time.length;
    if (e.end() < n) {
      return time[e.end()] - time[e.start()];
    }
    double step = n > 1 ? time[n - 1] - time[n - 2] : 0;
    return time[n - 1] - time[e.start()] + step;
  }
}
