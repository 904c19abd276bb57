package org.anomalyworkbench.core.detector.dl4j;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * Picks the rows a deep detector trains on. Huge sets (e.g. 567k network connections) are
 * subsampled uniformly with a seed: a few tens of thousands of rows describe "normal" as well
 * as all of them, and training time then no longer grows with the file.
 */
public final class TrainingRows {
  private TrainingRows() {
  }

  /** {@code data} itself when it has at most {@code maxRows} rows, else a seeded uniform sample in original order. */
  public static PreparedData cap(PreparedData data, int maxRows, long seed) {
    if (data.rows() <= maxRows) {
      return data;
    }
    return data.select(sampleIndices(data.rows(), maxRows, seed));
  }

  /** {@code k} distinct indices of {@code 0..n-1}, sorted, chosen uniformly with {@code seed}. */
  public static int[] sampleIndices(int n, int k, long seed) {
    if (k >= n) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    // Partial Fisher-Yates over an index array: O(n) memory, exact uniform sample.
    int[] idx = new int[n];
    Arrays.setAll(idx, i -> i);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + rnd.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    int[] out = Arrays.copyOf(idx, k);
    Arrays.sort(out);
    return out;
  }
}
