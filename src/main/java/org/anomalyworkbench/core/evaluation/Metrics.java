package org.anomalyworkbench.core.evaluation;

import java.util.Optional;

/**
 * Ranking metrics of anomaly scores against 0/1 labels (1 = anomaly). Tied scores are one
 * group everywhere. When a metric is undefined for the labels (e.g. every row is normal) it
 * is {@code NaN}, never an exception; {@link #undefinedReason(int[])} says why, for display.
 * Lengths that differ or labels other than 0/1 are caller errors and throw
 * {@link IllegalArgumentException}.
 */
public final class Metrics {
  private Metrics() {
  }

  /**
   * Area under the ROC curve as the Mann-Whitney statistic: the probability that a random
   * anomaly scores higher than a random normal row, ties counting 1/2. NaN unless both classes
   * are present.
   */
  public static double rocAuc(double[] scores, int[] labels) {
    return rocAuc(Ranking.of(scores, labels));
  }

  static double rocAuc(Ranking r) {
    if (r.positives == 0 || r.negatives == 0) {
      return Double.NaN;
    }
    double pairs = 0;
    long prevTp = 0;
    long prevFp = 0;
    for (int i = 0; i < r.groups(); i++) {
      long groupTp = r.tp[i] - prevTp;
      long groupFp = r.fp[i] - prevFp;
      // Each negative in this group is beaten by every earlier positive and ties with this group's.
      pairs += groupFp * (prevTp + groupTp / 2.0);
      prevTp = r.tp[i];
      prevFp = r.fp[i];
    }
    return pairs / ((double) r.positives * r.negatives);
  }

  /**
   * Average precision as scikit-learn defines it: {@code sum_n (R_n - R_{n-1}) P_n} over the
   * distinct score thresholds from highest to lowest, with precision {@code P_n} and recall
   * {@code R_n} of flagging every row scoring {@code >= t_n} (no interpolation). NaN when no
   * row is labelled 1.
   */
  public static double averagePrecision(double[] scores, int[] labels) {
    return averagePrecision(Ranking.of(scores, labels));
  }

  static double averagePrecision(Ranking r) {
    if (r.positives == 0) {
      return Double.NaN;
    }
    double ap = 0;
    long prevTp = 0;
    for (int i = 0; i < r.groups(); i++) {
      if (r.tp[i] > prevTp) {
        double precision = (double) r.tp[i] / (r.tp[i] + r.fp[i]);
        ap += (double) (r.tp[i] - prevTp) / r.positives * precision;
      }
      prevTp = r.tp[i];
    }
    return ap;
  }

  /** {@link #precisionAtK(double[], int[], int)} with {@code k} = the number of anomalies. */
  public static double precisionAtK(double[] scores, int[] labels) {
    Ranking r = Ranking.of(scores, labels);
    return precisionAtK(r, r.positives);
  }

  /**
   * The fraction of anomalies among the {@code k} highest-scoring rows ({@code k} capped at
   * the number of rows). When rows tied with the k-th score straddle the cut, they share the
   * remaining places in proportion (the expected precision under a random order of ties), so
   * the result never depends on row order. NaN when {@code k <= 0} or there are no rows.
   */
  public static double precisionAtK(double[] scores, int[] labels, int k) {
    return precisionAtK(Ranking.of(scores, labels), k);
  }

  static double precisionAtK(Ranking r, int k) {
    int n = r.rows();
    if (k <= 0 || n == 0) {
      return Double.NaN;
    }
    int kk = Math.min(k, n);
    long beforeCount = 0;
    long beforeTp = 0;
    for (int i = 0; i < r.groups(); i++) {
      long count = r.tp[i] + r.fp[i];
      if (count >= kk) {
        long groupCount = count - beforeCount;
        long groupTp = r.tp[i] - beforeTp;
        double expectedTp = beforeTp + groupTp * (double) (kk - beforeCount) / groupCount;
        return expectedTp / kk;
      }
      beforeCount = count;
      beforeTp = r.tp[i];
    }
    throw new AssertionError("cumulative counts end at " + n);
  }

  /**
   * Why ROC-AUC (and, without anomalies, average precision, recall and precision@k) cannot be
   * computed for these labels, or empty when they can.
   */
  public static Optional<String> undefinedReason(int[] labels) {
    int positives = 0;
    for (int l : labels) {
      positives += l == 1 ? 1 : 0;
    }
    if (labels.length == 0) {
      return Optional.of("There are no labelled rows, so no metric can be computed.");
    }
    if (positives == 0) {
      return Optional.of("No row is labelled 1 (anomaly): ROC-AUC, average precision, recall and precision@k "
          + "are undefined.");
    }
    if (positives == labels.length) {
      return Optional.of("No row is labelled 0 (normal): ROC-AUC is undefined.");
    }
    return Optional.empty();
  }
}
