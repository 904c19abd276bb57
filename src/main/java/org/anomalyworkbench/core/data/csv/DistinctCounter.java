package org.anomalyworkbench.core.data.csv;

import tech.tablesaw.api.DoubleColumn;

/** Counts distinct non-missing values of a numeric column, stopping early at a cap. */
final class DistinctCounter {
  private DistinctCounter() {
  }

  /** Distinct non-NaN values, or {@code cap + 1} as soon as there are more than {@code cap}. */
  static int count(DoubleColumn column, int cap) {
    int slots = Integer.highestOneBit(Math.max(16, Math.min(cap, column.size()) * 2)) << 1;
    long[] keys = new long[slots];
    boolean[] used = new boolean[slots];
    int distinct = 0;
    for (int i = 0; i < column.size(); i++) {
      double v = column.getDouble(i);
      if (Double.isNaN(v)) {
        continue;
      }
      long bits = Double.doubleToLongBits(v == 0.0 ? 0.0 : v);
      if (insert(keys, used, bits) && ++distinct > cap) {
        return cap + 1;
      }
    }
    return distinct;
  }

  /** Adds {@code key}; true if it was new. The table never fills: it has twice cap slots. */
  private static boolean insert(long[] keys, boolean[] used, long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 29) ^ (key >>> 47)) * 0x9E3779B1 & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return false;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    return true;
  }
}
