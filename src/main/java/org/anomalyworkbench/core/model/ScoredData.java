package org.anomalyworkbench.core.model;

import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.sample.TimeOrder;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * A dataset with one score per row, ready for thresholds, linked views and export.
 *
 * @param dataset the rows as imported (original values, for display and export)
 * @param scores scores and per-feature contributions, in dataset row order
 * @param labels 0/1 labels (1 = anomaly) when the dataset has a label column, else {@code null}
 * @param sorted the scores sorted once, so thresholds move in O(log n)
 */
public record ScoredData(Dataset dataset, Scores scores, int[] labels, SortedScores sorted) {

  /** Builds the sorted view of {@code scores}. */
  public static ScoredData of(Dataset dataset, Scores scores, int[] labels) {
    return new ScoredData(dataset, scores, labels, new SortedScores(scores.values()));
  }

  public boolean hasLabels() {
    return labels != null;
  }

  /**
   * The rows {@code rule} flags, in file order; a smoothed rule reads the rows in time order.
   *
   * @throws IllegalArgumentException when the rule is smoothed and the data is not a series
   */
  public boolean[] flags(DecisionRule rule) {
    return rule.flags(scores.values(), rule.smoothed() ? TimeOrder.of(dataset).orElse(null) : null);
  }

  public int rows() {
    return scores.size();
  }
}
