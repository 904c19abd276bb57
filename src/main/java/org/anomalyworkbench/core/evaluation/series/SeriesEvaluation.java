package org.anomalyworkbench.core.evaluation.series;

import org.anomalyworkbench.core.evaluation.Metrics;

/**
 * Everything the Results view and the benchmark report for one series: the point-wise,
 * threshold-free ROC-AUC and average precision (from {@link Metrics}), the event-wise
 * measures at the current flags ({@link EventMeasures}) and VUS-PR ({@link VusPr}). Undefined
 * values are NaN, as in {@link Metrics}: ROC-AUC without both classes, AP, event recall, event
 * F1 and VUS-PR without labelled points, event precision without flags.
 *
 * @param rocAuc point-wise ROC-AUC
 * @param averagePrecision point-wise average precision
 * @param eventRecall labelled events hit by a flag / labelled events
 * @param eventPrecision flagged labelled points / flagged points
 * @param eventF1 harmonic mean of the two (see {@link EventMeasures#f1()})
 * @param vusPr VUS-PR
 * @param labelledEvents number of labelled events
 */
public record SeriesEvaluation(double rocAuc, double averagePrecision, double eventRecall, double eventPrecision,
    double eventF1, double vusPr, int labelledEvents) {

  /** Judges with VUS-PR's default maximum buffer ({@link VusPr#DEFAULT_MAX_BUFFER}). */
  public static SeriesEvaluation of(double[] scores, int[] labels, boolean[] flags) {
    return of(scores, labels, flags, VusPr.DEFAULT_MAX_BUFFER);
  }

  /**
   * Judges one series' point {@code scores} and {@code flags} against its 0/1 {@code labels},
   * all in time order, with VUS-PR over buffers up to {@code maxBuffer} (TSB-AD uses twice the
   * series' period).
   *
   * @throws IllegalArgumentException if lengths differ, a label is not 0/1 or
   *     {@code maxBuffer < 0}
   */
  public static SeriesEvaluation of(double[] scores, int[] labels, boolean[] flags, int maxBuffer) {
    SeriesInputs.checkLabels(scores.length, labels);
    SeriesInputs.checkFlags(scores.length, flags);
    EventMeasures events = EventMeasures.of(labels, flags);
    return new SeriesEvaluation(Metrics.rocAuc(scores, labels), Metrics.averagePrecision(scores, labels),
        events.recall(), events.precision(), events.f1(),
        VusPr.of(scores, labels, maxBuffer, VusPr.DEFAULT_THRESHOLDS), events.labelledEvents());
  }
}
