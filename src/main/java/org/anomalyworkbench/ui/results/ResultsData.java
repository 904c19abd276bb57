package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;
import java.util.Map;
import java.util.Objects;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.detector.Scores;

/**
 * One scored dataset as the results views need it: the original rows, the scores with their
 * per-feature contributions, the labels when there are some, the ranking, and the score
 * distributions that threshold policies refer to.
 *
 * @param dataset the rows as imported
 * @param scores one score per dataset row
 * @param labels 0/1 per row, or {@code null}
 * @param ranked the scores sorted once
 * @param trainingScores scores of the training rows (for mean + k·sd); may equal all scores
 * @param normalValidationScores scores of held-out rows believed normal, or an empty array
 * @param scoreName axis label, e.g. "reconstruction error"
 * @param medians median of each numeric feature column, shown beside a row's values
 * @param source the core object this came from (e.g. the pipeline's scored data), for export
 * @param timeOrder the rows in time order, sorted once on first use (a series' views share it)
 */
public record ResultsData(
    Dataset dataset,
    Scores scores,
    int[] labels,
    SortedScores ranked,
    double[] trainingScores,
    double[] normalValidationScores,
    String scoreName,
    Map<String, Double> medians,
    Object source,
    ResultTimeOrder timeOrder) {

  public ResultsData {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scores, "scores");
    medians = Map.copyOf(medians);
    timeOrder = timeOrder == null ? new ResultTimeOrder(dataset) : timeOrder;
    if (scores.size() != dataset.rows()) {
      throw new IllegalArgumentException("scores " + scores.size() + " != rows " + dataset.rows());
    }
  }

  /** A result whose time order is sorted when first asked for. */
  public ResultsData(Dataset dataset, Scores scores, int[] labels, SortedScores ranked, double[] trainingScores,
      double[] normalValidationScores, String scoreName, Map<String, Double> medians, Object source) {
    this(dataset, scores, labels, ranked, trainingScores, normalValidationScores, scoreName, medians, source, null);
  }

  public int rows() {
    return scores.size();
  }

  public boolean hasLabels() {
    return labels != null;
  }
}
