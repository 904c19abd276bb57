package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.evaluation.PrCurve;
import org.anomalyworkbench.core.evaluation.RocCurve;

/**
 * Threshold-free evaluation of one labelled result, computed once in the background: the ROC
 * and PR curves and the summary (AUCs, precision@k). The numbers at the current threshold are
 * recomputed by the evaluation panel as the threshold moves.
 *
 * @param roc ROC curve points (thinned for drawing)
 * @param pr precision-recall curve points
 * @param summary evaluation at the threshold that was current when computed
 */
public record EvaluationData(RocCurve roc, PrCurve pr, Evaluation summary) {

  /** Computes everything from the result's scores and labels; O(n log n). */
  public static EvaluationData of(ResultsData data, double threshold) {
    double[] s = data.scores().values();
    return new EvaluationData(RocCurve.of(s, data.labels()), PrCurve.of(s, data.labels()),
        Evaluation.of(s, data.labels(), threshold));
  }
}
