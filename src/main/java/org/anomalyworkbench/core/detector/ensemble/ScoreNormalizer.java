package org.anomalyworkbench.core.detector.ensemble;

import java.util.Arrays;

/**
 * Maps one member's raw scores onto a common scale, fitted on that member's training scores.
 * Rank normalisation is the empirical CDF of the training scores (0..1), extended above the
 * training maximum by {@code 1 + log1p(excess / spread)} so that new, more extreme rows still
 * rank higher; z normalisation is {@code (x - mean) / sd}.
 */
final class ScoreNormalizer {
  /** Cap on stored training scores; the CDF of a seeded subsample is accurate to ~1%. */
  static final int MAX_REFERENCE = 20_000;

  private final EnsembleConfig.Normalization kind;
  private final double[] sortedReference;
  private final double mean;
  private final double sd;

  private ScoreNormalizer(EnsembleConfig.Normalization kind, double[] sortedReference, double mean, double sd) {
    this.kind = kind;
    this.sortedReference = sortedReference;
    this.mean = mean;
    this.sd = sd;
  }

  static ScoreNormalizer fit(EnsembleConfig.Normalization kind, double[] trainingScores) {
    double[] ref = subsample(trainingScores);
    Arrays.sort(ref);
    double m = Arrays.stream(trainingScores).average().orElse(0);
    double var = Arrays.stream(trainingScores).map(x -> (x - m) * (x - m)).sum() / Math.max(1, trainingScores.length);
    return new ScoreNormalizer(kind, ref, m, Math.sqrt(var) > 0 ? Math.sqrt(var) : 1);
  }

  static ScoreNormalizer of(EnsembleConfig.Normalization kind, double[] state) {
    double[] ref = Arrays.copyOfRange(state, 2, state.length);
    return new ScoreNormalizer(kind, ref, state[0], state[1]);
  }

  /** The fitted state as one array: mean, sd, sorted reference scores. */
  double[] state() {
    double[] out = new double[sortedReference.length + 2];
    out[0] = mean;
    out[1] = sd;
    System.arraycopy(sortedReference, 0, out, 2, sortedReference.length);
    return out;
  }

  double apply(double x) {
    return kind == EnsembleConfig.Normalization.ZSCORE ? (x - mean) / sd : rank(x);
  }

  private double rank(double x) {
    double[] ref = sortedReference;
    int n = ref.length;
    double max = ref[n - 1];
    if (x > max) {
      double spread = ref[(int) (0.75 * (n - 1))] - ref[(int) (0.25 * (n - 1))];
      if (spread <= 0) {
        spread = max - ref[0] > 0 ? max - ref[0] : 1;
      }
      return 1 + Math.log1p((x - max) / spread);
    }
    int below = lowerBound(ref, x);
    int upTo = upperBound(ref, x);
    return (below + 0.5 * (upTo - below)) / n;
  }

  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double[] subsample(double[] scores) {
    if (scores.length <= MAX_REFERENCE) {
      return scores.clone();
    }
    double[] out = new double[MAX_REFERENCE];
    double step = (double) scores.length / MAX_REFERENCE;
    for (int i = 0; i < MAX_REFERENCE; i++) {
      out[i] = scores[(int) (i * step)];
    }
    return out;
  }
}
