package org.anomalyworkbench.core.scoring;

import java.util.BitSet;

/**
 * The rows flagged at one threshold. The rule everywhere in the workbench: a row is flagged
 * iff {@code score >= threshold} (so NaN scores are never flagged, and a threshold equal to a
 * score flags that row).
 */
public final class Flags {
  private final double threshold;
  private final int rowCount;
  private final BitSet flagged;
  private final int count;

  private Flags(double threshold, int rowCount, BitSet flagged) {
    this.threshold = threshold;
    this.rowCount = rowCount;
    this.flagged = flagged;
    this.count = flagged.cardinality();
  }

  /** Flags by scanning {@code scores}, O(n). */
  public static Flags of(double[] scores, double threshold) {
    BitSet b = new BitSet(scores.length);
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        b.set(i);
      }
    }
    return new Flags(threshold, scores.length, b);
  }

  /** Flags from sorted scores, O(log n + flagged). */
  public static Flags of(SortedScores sorted, double threshold) {
    int k = sorted.countAtOrAbove(threshold);
    BitSet b = new BitSet(sorted.size());
    for (int rank = 0; rank < k; rank++) {
      b.set(sorted.rowAt(rank));
    }
    return new Flags(threshold, sorted.size(), b);
  }

  public double threshold() {
    return threshold;
  }

  /** Number of rows judged. */
  public int rowCount() {
    return rowCount;
  }

  /** Number of flagged rows. */
  public int count() {
    return count;
  }

  /** Flagged fraction of the rows, 0 when there are none. */
  public double fraction() {
    return rowCount == 0 ? 0 : (double) count / rowCount;
  }

  public boolean isFlagged(int row) {
    return flagged.get(row);
  }

  /** Flagged row indices, ascending. */
  public int[] rows() {
    return flagged.stream().toArray();
  }

  /** A copy of the flagged set. */
  public BitSet bitSet() {
    return (BitSet) flagged.clone();
  }
}
