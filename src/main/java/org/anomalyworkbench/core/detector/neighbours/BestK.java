package org.anomalyworkbench.core.detector.neighbours;

import java.util.Arrays;

/**
 * The k smallest squared distances seen so far for one query, with their reference indices,
 * kept sorted by insertion (k is small). Ties keep the lower reference index first, so results
 * do not depend on the search order.
 */
final class BestK {
  final float[] d2;
  final int[] index;

  BestK(int k) {
    d2 = new float[k];
    index = new int[k];
    reset();
  }

  void reset() {
    Arrays.fill(d2, Float.POSITIVE_INFINITY);
    Arrays.fill(index, Integer.MAX_VALUE);
  }

  float worst() {
    return d2[d2.length - 1];
  }

  /** Offers {@code copies} coincident points at {@code dist2} (duplicates share one reference index). */
  void offer(float dist2, int ref, int copies) {
    for (int c = 0; c < copies; c++) {
      if (!offer(dist2, ref)) {
        return;
      }
    }
  }

  /** Returns false when the point was not among the best (so no further copy can be). */
  boolean offer(float dist2, int ref) {
    int last = d2.length - 1;
    if (dist2 > d2[last] || (dist2 == d2[last] && ref >= index[last])) {
      return false;
    }
    int i = last;
    while (i > 0 && (d2[i - 1] > dist2 || (d2[i - 1] == dist2 && index[i - 1] > ref))) {
      d2[i] = d2[i - 1];
      index[i] = index[i - 1];
      i--;
    }
    d2[i] = dist2;
    index[i] = ref;
    return true;
  }
}
