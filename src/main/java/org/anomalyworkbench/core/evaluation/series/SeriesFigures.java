package org.anomalyworkbench.core.evaluation.series;

import org.anomalyworkbench.core.evaluation.Metrics;

/**
 * The series measures the Results view shows beside the point-wise ones, with the trailing
 * rolling z-score's figures on the same series so the analyst sees whether the model beats a
 * simple baseline: the threshold-free ones (ROC-AUC, AP, VUS-PR) are computed once; the
 * event-wise ones at the current threshold by {@link #atThreshold}, for the detector and for
 * the baseline flagging the same number of points.
 */
public final class SeriesFigures {
  private final double[] scores;
  private final int[] labels;
  private final double[] baseline;
  private final double vusPr;
  private final double baselineRocAuc;
  private final double baselineAveragePrecision;
  private final double baselineVusPr;

  /**
   * @param scoresInTime the detector's scores in time order
   * @param labelsInTime 0/1 labels in time order
   * @param valuesInTime raw channel values in time order, point-major
   * @param channels channels per point
   */
  public SeriesFigures(double[] scoresInTime, int[] labelsInTime, float[] valuesInTime, int channels) {
    this.scores = scoresInTime;
    this.labels = labelsInTime;
    this.baseline = RollingZScore.scores(valuesInTime, channels);
    this.vusPr = VusPr.of(scoresInTime, labelsInTime);
    this.baselineRocAuc = Metrics.rocAuc(baseline, labelsInTime);
    this.baselineAveragePrecision = Metrics.averagePrecision(baseline, labelsInTime);
    this.baselineVusPr = VusPr.of(baseline, labelsInTime);
  }

  /** Event measures of the detector at {@code threshold}, and of the baseline flagging as many points. */
  public record AtThreshold(EventMeasures detector, EventMeasures baseline) {
  }

  public AtThreshold atThreshold(double threshold) {
    boolean[] flags = new boolean[scores.length];
    for (int p = 0; p < scores.length; p++) {
      flags[p] = scores[p] >= threshold;
    }
    return at(flags);
  }

  /** As {@link #atThreshold}, for given decisions in time order (e.g. smoothed k of n). */
  public AtThreshold at(boolean[] flagsInTime) {
    boolean[] flags = flagsInTime;
    int flagged = 0;
    for (boolean f : flags) {
      flagged += f ? 1 : 0;
    }
    boolean[] baselineFlags = flagged == 0 ? new boolean[scores.length]
        : TopFraction.flags(baseline, flagged / (double) scores.length);
    return new AtThreshold(EventMeasures.of(labels, flags), EventMeasures.of(labels, baselineFlags));
  }

  public double vusPr() {
    return vusPr;
  }

  public double baselineRocAuc() {
    return baselineRocAuc;
  }

  public double baselineAveragePrecision() {
    return baselineAveragePrecision;
  }

  public double baselineVusPr() {
    return baselineVusPr;
  }
}
