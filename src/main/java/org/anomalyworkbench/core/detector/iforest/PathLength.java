package org.anomalyworkbench.core.detector.iforest;

/**
 * The average path length of an unsuccessful search in a binary search tree of {@code n}
 * points, {@code c(n) = 2 H(n-1) - 2 (n-1) / n} with {@code H(i) ~ ln(i) + 0.5772156649}
 * (Liu, Ting and Zhou 2008, eq. 1). It normalises path lengths into scores and estimates the
 * remaining depth below a leaf that still holds {@code n} points. As in scikit-learn,
 * {@code c(1) = 0} and {@code c(2) = 1}.
 */
final class PathLength {
  private static final double EULER_GAMMA = 0.5772156649015329;

  private PathLength() {
  }

  static double average(int n) {
    if (n <= 1) {
      return 0;
    }
    if (n == 2) {
      return 1;
    }
    return 2 * (Math.log(n - 1.0) + EULER_GAMMA) - 2.0 * (n - 1) / n;
  }
}
