package org.anomalyworkbench.core.evaluation;

/**
 * Points of the precision-recall curve, one per distinct score from the highest down (ties
 * grouped), so recall never decreases along the arrays; thinned for drawing to at most
 * {@link RocCurve#DEFAULT_MAX_POINTS} by {@link CurveDecimation}. No artificial (recall 0,
 * precision 1) start point is added. Empty when no row is labelled 1. The area is
 * {@link Metrics#averagePrecision}, computed from every point.
 *
 * @param recall TP / anomalies when flagging scores {@code >= thresholds[i]}
 * @param precision TP / flagged at the same threshold
 * @param thresholds the score threshold of each point, descending
 */
public record PrCurve(double[] recall, double[] precision, double[] thresholds) {

  public static PrCurve of(double[] scores, int[] labels) {
    return of(scores, labels, RocCurve.DEFAULT_MAX_POINTS);
  }

  public static PrCurve of(double[] scores, int[] labels, int maxPoints) {
    Ranking r = Ranking.of(scores, labels);
    if (r.positives == 0) {
      return new PrCurve(new double[0], new double[0], new double[0]);
    }
    int m = r.groups();
    double[] recall = new double[m];
    double[] precision = new double[m];
    for (int i = 0; i < m; i++) {
      recall[i] = (double) r.tp[i] / r.positives;
      precision[i] = (double) r.tp[i] / (r.tp[i] + r.fp[i]);
    }
    int[] keep = CurveDecimation.select(recall, precision, maxPoints);
    return new PrCurve(CurveDecimation.pick(recall, keep), CurveDecimation.pick(precision, keep),
        CurveDecimation.pick(r.thresholds, keep));
  }

  public int size() {
    return thresholds.length;
  }
}
