package org.anomalyworkbench.core.evaluation;

import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * Confusion matrices at any threshold in O(log n), for a threshold that is being dragged:
 * built once per scoring from the sorted scores and the labels (anomalies counted among the
 * top k rows for every k), where {@link ConfusionMatrix#at} scans every row each time.
 */
public final class ConfusionLookup {
  private final SortedScores sorted;
  private final int[] anomaliesInTop;
  private final int positives;
  private final int negatives;

  /** O(n); {@code labels} are 0/1 per row, in the row order {@code sorted} was built from. */
  public ConfusionLookup(SortedScores sorted, int[] labels) {
    if (labels.length != sorted.size()) {
      throw new IllegalArgumentException("labels " + labels.length + " != scores " + sorted.size());
    }
    this.sorted = sorted;
    int ranked = sorted.size() - sorted.nanCount();
    anomaliesInTop = new int[ranked + 1];
    for (int rank = 0; rank < ranked; rank++) {
      anomaliesInTop[rank + 1] = anomaliesInTop[rank] + labels[sorted.rowAt(rank)];
    }
    int p = 0;
    for (int label : labels) {
      p += label;
    }
    positives = p;
    negatives = labels.length - p;
  }

  /** The same counts as {@link ConfusionMatrix#at} (flagged iff score >= threshold). */
  public ConfusionMatrix at(double threshold) {
    int flagged = sorted.countAtOrAbove(threshold);
    int tp = anomaliesInTop[flagged];
    int fp = flagged - tp;
    return new ConfusionMatrix(tp, fp, negatives - fp, positives - tp);
  }
}
