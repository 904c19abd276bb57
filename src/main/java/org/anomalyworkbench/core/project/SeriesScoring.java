package org.anomalyworkbench.core.project;

import java.util.Optional;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.prep.Split;
import org.anomalyworkbench.core.data.sample.PointScores;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;

/**
 * How training and scoring treat a series detector: its points go in in time order, the end
 * of the series is held out for validation, and its per-point scores come back in file order so
 * that every view and export speaks of the file's rows.
 */
final class SeriesScoring {
  private SeriesScoring() {
  }

  /** True for detectors that only read series (they need points in time order). */
  static boolean isSeriesDetector(Detector<?> detector) {
    return detector.accepts().contains(DataKind.TIME_SERIES) && !detector.accepts().contains(DataKind.TABULAR);
  }

  /**
   * The time order a series detector needs, or empty for other detectors.
   *
   * @throws IllegalArgumentException when a series detector meets data without a time column
   */
  static Optional<TimeOrder> timeOrderFor(Detector<?> detector, Dataset data) {
    if (!isSeriesDetector(detector)) {
      return Optional.empty();
    }
    Optional<TimeOrder> order = TimeOrder.of(data);
    if (order.isEmpty()) {
      throw new IllegalArgumentException(detector.displayName() + " reads a time series: mark the column that holds "
          + "each row's time (date-times or epoch numbers) as Time (--time COLUMN on the command line).");
    }
    return order;
  }

  /** Training is the first part of the series in time, validation the last {@code fraction}. */
  static Split.TrainValidation chronological(TimeOrder order, double fraction) {
    Split.TrainValidation positions = Split.chronological(order.inputRows().length, fraction);
    return new Split.TrainValidation(order.first(positions.training().length),
        order.after(positions.training().length));
  }

  /** Scores every point of {@code inputOrder} as one series and returns them in file order. */
  static Scores score(TrainedDetector detector, PreparedData inputOrder, TimeOrder order) {
    PreparedData series = order.alreadySorted() ? inputOrder : inputOrder.select(order.inputRows());
    Scores s = detector.score(series);
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
}
