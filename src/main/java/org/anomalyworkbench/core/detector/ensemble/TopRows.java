package org.anomalyworkbench.core.detector.ensemble;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Picks the rows that remain when the highest-scoring ones are set aside. */
final class TopRows {
  private TopRows() {
  }

  /**
   * Indices of all rows but the {@code setAside} highest-scoring, in row order. Among equal
   * scores the later row is set aside first, so the choice does not depend on the sort.
   */
  static int[] allBut(double[] scores, int setAside) {
    if (setAside < 0 || setAside > scores.length) {
      throw new IllegalArgumentException("cannot set aside " + setAside + " of " + scores.length + " rows");
    }
    Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> scores[i]).thenComparingInt(i -> i));
    int[] kept = new int[scores.length - setAside];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = order[i];
    }
    Arrays.sort(kept);
    return kept;
  }
}
