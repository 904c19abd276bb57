package org.anomalyworkbench.core.detector;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One anomaly score per row (higher = more anomalous) and, per row, a non-negative
 * contribution of each prepared feature to that score, so a flagged row can be explained.
 * For reconstruction models a contribution is the feature's share of the error; for
 * z-scores it is the feature's |z|.
 */
public final class Scores {
  private final double[] values;
  private final float[] contributions;
  private final List<String> featureNames;

  /**
   * @param values one score per row, not copied
   * @param contributions row-major {@code rows x featureNames.size()}, not copied
   * @param featureNames the prepared feature names the contributions refer to
   */
  public Scores(double[] values, float[] contributions, List<String> featureNames) {
    this.values = Objects.requireNonNull(values, "values");
    this.contributions = Objects.requireNonNull(contributions, "contributions");
    this.featureNames = List.copyOf(featureNames);
    if (contributions.length != (long) values.length * this.featureNames.size()) {
      throw new IllegalArgumentException("contributions must be rows x features: "
          + contributions.length + " != " + values.length + " x " + this.featureNames.size());
    }
  }

  public int size() { return values.length; }

  public double value(int row) { return values[row]; }

  /** The backing scores; callers must not modify them. */
  public double[] values() { return values; }

  /** The backing row-major contributions; callers must not modify them. */
  public float[] contributions() { return contributions; }

  public List<String> featureNames() { return featureNames; }

  /** A copy of one row's contributions, in feature order. */
  public float[] contributionsOf(int row) {
    int d = featureNames.size();
    return Arrays.copyOfRange(contributions, row * d, (row + 1) * d);
  }

  /** Indices of the {@code k} features contributing most to {@code row}'s score, largest first. */
  public int[] topFeatures(int row, int k) {
    int d = featureNames.size();
    int n = Math.min(k, d);
    int[] best = new int[n];
    Arrays.fill(best, -1);
    int base = row * d;
    for (int f = 0; f < d; f++) {
      float c = contributions[base + f];
      for (int i = 0; i < n; i++) {
        if (best[i] < 0 || c > contributions[base + best[i]]) {
          System.arraycopy(best, i, best, i + 1, n - i - 1);
          best[i] = f;
          break;
        }
      }
    }
    return best;
  }

  /**
   * Fails unless every score and contribution is finite: a NaN or infinite score ranks rows
   * arbitrarily and turns shares into {@code NaN%}, so it must never reach a threshold or a file.
   *
   * @param detector the detector's id, named in the message
   * @return this
   * @throws IllegalStateException naming the detector, the first bad row (1-based) and what to do
   */
  public Scores requireFinite(String detector) {
    int d = featureNames.size();
    for (int r = 0; r < values.length; r++) {
      if (!Double.isFinite(values[r])) {
        throw nonFinite(detector, r, "score", values[r]);
      }
      for (int f = r * d; f < (r + 1) * d; f++) {
        if (!Float.isFinite(contributions[f])) {
          throw nonFinite(detector, r, "contribution of " + featureNames.get(f - r * d), contributions[f]);
        }
      }
    }
    return this;
  }

  private static IllegalStateException nonFinite(String detector, int row, String what, double value) {
    return new IllegalStateException("The " + detector + " detector produced a " + what + " of " + value
        + " for row " + (row + 1) + ", so its scores cannot be trusted and nothing was written. Features beyond "
        + "what 32-bit floats hold (about 3.4e38, or 1.8e19 once squared) cause this: rescale the column "
        + "(e.g. to other units or a logarithm), use standard scaling (--scaling standard), or choose another detector.");
  }

  /** Joins chunk results, in order, into one Scores. */
  public static Scores concat(List<Scores> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to concatenate");
    }
    List<String> names = parts.get(0).featureNames;
    int rows = parts.stream().mapToInt(Scores::size).sum();
    double[] v = new double[rows];
    float[] c = new float[rows * names.size()];
    int at = 0;
    for (Scores p : parts) {
      System.arraycopy(p.values, 0, v, at, p.size());
      System.arraycopy(p.contributions, 0, c, at * names.size(), p.contributions.length);
      at += p.size();
    }
    return new Scores(v, c, names);
  }
}
