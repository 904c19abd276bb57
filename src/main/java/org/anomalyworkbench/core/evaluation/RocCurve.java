package org.anomalyworkbench.core.evaluation;

/**
 * Points of the ROC curve, one per distinct score from the highest down (ties grouped),
 * starting at (0, 0) with threshold +infinity, thinned for drawing to at most
 * {@link #DEFAULT_MAX_POINTS} by {@link CurveDecimation}. Empty when the labels lack either
 * class (see {@link Metrics#undefinedReason}). Compute the area with {@link Metrics#rocAuc},
 * which uses every point.
 *
 * @param falsePositiveRate FP / normal rows when flagging scores {@code >= thresholds[i]}
 * @param truePositiveRate TP / anomalies at the same threshold
 * @param thresholds the score threshold of each point, descending
 */
public record RocCurve(double[] falsePositiveRate, double[] truePositiveRate, double[] thresholds) {
  /** Enough points for any screen. */
  public static final int DEFAULT_MAX_POINTS = 2000;

  public static RocCurve of(double[] scores, int[] labels) {
    return of(scores, labels, DEFAULT_MAX_POINTS);
  }

  public static RocCurve of(double[] scores, int[] labels, int maxPoints) {
    Ranking r = Ranking.of(scores, labels);
    if (r.positives == 0 || r.negatives == 0) {
      return new RocCurve(new double[0], new double[0], new double[0]);
    }
    int m = r.groups() + 1;
    double[] fpr = new double[m];
    double[] tpr = new double[m];
    double[] t = new double[m];
    t[0] = Double.POSITIVE_INFINITY;
    for (int i = 0; i < r.groups(); i++) {
      fpr[i + 1] = (double) r.fp[i] / r.negatives;
      tpr[i + 1] = (double) r.tp[i] / r.positives;
      t[i + 1] = r.thresholds[i];
    }
    int[] keep = CurveDecimation.select(fpr, tpr, maxPoints);
    return new RocCurve(CurveDecimation.pick(fpr, keep), CurveDecimation.pick(tpr, keep),
        CurveDecimation.pick(t, keep));
  }

  public int size() {
    return thresholds.length;
  }
}
