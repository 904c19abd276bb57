package org.anomalyworkbench.core.model;

import java.util.Optional;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.prep.Split;
import org.anomalyworkbench.core.data.sample.PointScores;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.data.sample.SlidingWindows;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;

/**
 * How training and scoring treat a series: points go in in time order, the end of the series
 * is held out for validation, and per-point scores come back in file order so every view and
 * export speaks of the file's rows. A series detector (the LSTM) reads the points; a detector
 * of table rows, given a window length, reads windows of that many points, and a point's score
 * is the highest score of the windows that contain it (its contributions, per channel, those of
 * that window).
 */
public final class SeriesScoring {
  /** Training windows at most; a longer series trains on every k-th window. */
  static final int MAX_TRAINING_WINDOWS = 100_000;
  /** Windows scored per detector call, so memory stays bounded on long series. */
  static final int CHUNK_WINDOWS = 10_000;

  private final TimeOrder order;
  private final int window;

  private SeriesScoring(TimeOrder order, int window) {
    this.order = order;
    this.window = window;
  }

  /** True for detectors that only read series (they need points in time order). */
  static boolean isSeriesDetector(Detector<?> detector) {
    return detector.accepts().contains(DataKind.TIME_SERIES) && !detector.accepts().contains(DataKind.TABULAR);
  }

  /**
   * The series view {@code detector} needs on {@code data}: for a series detector, or for
   * windows of {@code window > 0} points; empty for single rows.
   *
   * @throws IllegalArgumentException when a series is needed and {@code data} has no time column,
   *     or the detector cannot read windows
   */
  public static Optional<SeriesScoring> of(Detector<?> detector, Dataset data, int window) {
    boolean series = isSeriesDetector(detector);
    if (!series && window <= 0) {
      return Optional.empty();
    }
    if (series && window > 0) {
      throw new IllegalArgumentException(detector.displayName() + " cuts the series into windows itself (its Window "
          + "parameter, -p window=N): set the preparation window to 0 (--window 0).");
    }
    if (!series && detector.requiresLabels()) {
      throw new IllegalArgumentException(detector.displayName() + " does not read windows of a series yet: set the "
          + "window to 0 to score single rows.");
    }
    Optional<TimeOrder> order = TimeOrder.of(data);
    if (order.isEmpty()) {
      throw new IllegalArgumentException((series ? detector.displayName() + " reads a time series"
          : "Windows of " + window + " points need a time series") + ": mark the column that holds each row's "
          + "time (date-times or epoch numbers) as Time (--time COLUMN on the command line)"
          + (series ? "." : ", or set the window to 0 to score single rows."));
    }
    return Optional.of(new SeriesScoring(order.get(), series ? 0 : window));
  }

  /** Training is the first part of the series in time, validation the last {@code fraction}. */
  public Split.TrainValidation split(double fraction) {
    Split.TrainValidation positions = Split.chronological(order.inputRows().length, fraction);
    return new Split.TrainValidation(order.first(positions.training().length),
        order.after(positions.training().length));
  }

  /**
   * What the detector trains on, from the training points in time order: the points
   * themselves, or their windows.
   */
  public PreparedData trainingInput(PreparedData points) {
    if (window == 0) {
      return points;
    }
    if (points.rows() < window) {
      throw new IllegalArgumentException("The training part of the series has " + points.rows() + " points, fewer "
          + "than the window of " + window + "; choose a shorter window or a smaller validation fraction.");
    }
    int all = points.rows() - window + 1;
    int stride = Math.min(window, (all + MAX_TRAINING_WINDOWS - 1) / MAX_TRAINING_WINDOWS);
    return windows(points, new SlidingWindows(points.rows(), window, stride), 0, -1);
  }

  /** The validation points as the detector reads them, or null when there are too few. */
  public PreparedData validationInput(PreparedData points) {
    if (window == 0 || points == null) {
      return points;
    }
    return points.rows() < window ? null : windows(points, new SlidingWindows(points.rows(), window, 1), 0, -1);
  }

  /** Scores every point of {@code inputOrder} as one series and returns them in file order. */
  public Scores score(TrainedDetector detector, PreparedData inputOrder) {
    PreparedData series = order.alreadySorted() ? inputOrder : inputOrder.select(order.inputRows());
    Scores s = window == 0 ? detector.score(series) : windowScores(detector, series);
    if (order.alreadySorted()) {
      return s;
    }
    int[] rows = order.inputRows();
    int d = s.featureNames().size();
    float[] contributions = new float[s.contributions().length];
    for (int k = 0; k < rows.length; k++) {
      System.arraycopy(s.contributions(), k * d, contributions, rows[k] * d, d);
    }
    return new Scores(PointScores.toInputOrder(s.values(), rows), contributions, s.featureNames());
  }

  private Scores windowScores(TrainedDetector detector, PreparedData series) {
    int channels = series.columns();
    SlidingWindows windows = new SlidingWindows(series.rows(), window, 1);
    SampleShape.Window shape = new SampleShape.Window(window, channels);
    double[] scores = new double[windows.count()];
    float[] perChannel = new float[windows.count() * channels];
    for (int from = 0; from < windows.count(); from += CHUNK_WINDOWS) {
      int to = Math.min(windows.count(), from + CHUNK_WINDOWS);
      Scores chunk = detector.score(windows(series, windows, from, to));
      for (int w = from; w < to; w++) {
        scores[w] = chunk.value(w - from);
        System.arraycopy(PointScores.perChannel(chunk.contributionsOf(w - from), shape), 0, perChannel, w * channels,
            channels);
      }
    }
    PointScores.Mapped mapped = PointScores.ofWindows(windows, scores, PointScores.Rule.MAX);
    float[] contributions = new float[series.rows() * channels];
    for (int p = 0; p < series.rows(); p++) {
      System.arraycopy(perChannel, mapped.explainingSample()[p] * channels, contributions, p * channels, channels);
    }
    return new Scores(mapped.scores(), contributions, series.featureNames());
  }

  private PreparedData windows(PreparedData points, SlidingWindows windows, int from, int to) {
    int end = to < 0 ? windows.count() : to;
    return new PreparedData(windows.copy(points.values(), points.columns(), from, end),
        windows.featureNames(points.featureNames()), null);
  }
}
