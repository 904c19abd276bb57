package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.evaluation.PrCurve;
import org.anomalyworkbench.core.evaluation.RocCurve;
import org.anomalyworkbench.core.evaluation.series.SeriesFigures;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.NumericColumn;

/**
 * Threshold-free evaluation of one labelled result, computed once in the background: the ROC
 * and PR curves and the summary (AUCs, precision@k). The numbers at the current threshold are
 * recomputed by the evaluation panel as the threshold moves.
 *
 * @param roc ROC curve points (thinned for drawing)
 * @param pr precision-recall curve points
 * @param summary evaluation at the threshold that was current when computed
 * @param series event measures, VUS-PR and the rolling z-score baseline when the result is a
 *     series (a column has the Time role), else null
 */
public record EvaluationData(RocCurve roc, PrCurve pr, Evaluation summary, SeriesFigures series) {

  /** Computes everything from the result's scores and labels; O(n log n). */
  public static EvaluationData of(ResultsData data, double threshold) {
    double[] s = data.scores().values();
    return new EvaluationData(RocCurve.of(s, data.labels()), PrCurve.of(s, data.labels()),
        Evaluation.of(s, data.labels(), threshold), seriesFigures(data));
  }

  private static SeriesFigures seriesFigures(ResultsData data) {
    if (data.labels() == null) {
      return null;
    }
    Optional<TimeOrder> order = data.timeOrder().get();
    List<NumericColumn<?>> channels = data.dataset().schema().features().stream()
        .map(c -> data.dataset().table().column(c.name()))
        .filter(c -> c instanceof NumericColumn<?>).<NumericColumn<?>>map(c -> (NumericColumn<?>) c).toList();
    if (order.isEmpty() || channels.isEmpty()) {
      return null;
    }
    int[] rows = order.get().inputRows();
    double[] scores = new double[rows.length];
    int[] labels = new int[rows.length];
    float[] values = new float[rows.length * channels.size()];
    for (int k = 0; k < rows.length; k++) {
      scores[k] = data.scores().value(rows[k]);
      labels[k] = data.labels()[rows[k]];
      for (int c = 0; c < channels.size(); c++) {
        double v = channels.get(c).getDouble(rows[k]);
        // The baseline needs finite values; a missing one repeats the channel's previous value.
        values[k * channels.size() + c] = Double.isFinite(v) ? (float) v
            : k == 0 ? 0f : values[(k - 1) * channels.size() + c];
      }
    }
    return new SeriesFigures(scores, labels, values, channels.size());
  }
}
