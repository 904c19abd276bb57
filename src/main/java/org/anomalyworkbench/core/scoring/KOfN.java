package org.anomalyworkbench.core.scoring;

/**
 * Smoothing of decisions along a series: a point is flagged only when at least {@code k} of the
 * last {@code n} points (itself included, in time order) pass the threshold. A single noisy
 * point then raises no alarm, while a run of high scores still does; applied to flags, so it
 * needs no retraining. {@code 1 of 1} flags exactly the points that pass.
 *
 * @param k passing points needed, 1..n
 * @param n points looked at, 1..10,000
 */
public record KOfN(int k, int n) {
  /** No smoothing: every passing point is flagged. */
  public static final KOfN OFF = new KOfN(1, 1);

  public KOfN {
    if (n < 1 || n > 10_000 || k < 1 || k > n) {
      throw new IllegalArgumentException("k of n needs 1 <= k <= n <= 10000, e.g. 3 of 5; got " + k + " of " + n + ".");
    }
  }

  /** Reads {@code K/N} or {@code KofN} (e.g. {@code 3/5}, {@code 3of5}). */
  public static KOfN parse(String text) {
    String t = text.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    String[] parts = t.split("/|of", 2);
    try {
      if (parts.length != 2) {
        throw new NumberFormatException();
      }
      return new KOfN(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not 'k/n', e.g. 3/5 to flag a point when 3 of the "
          + "last 5 points pass the threshold.", e);
    }
  }

  /**
   * True when the rule leaves every decision as the threshold made it: only {@code 1 of 1}.
   * ({@code 1 of n} with n > 1 is not off: it keeps a point flagged for n - 1 points after a pass.)
   */
  public boolean isOff() {
    return n == 1;
  }

  /** For people, e.g. "3 of the last 5 points". */
  public String describe() {
    return k + " of the last " + n + " points";
  }

  /**
   * The smoothed flags of scores in time order.
   *
   * @param scoresInTime one score per point, in time order
   * @param threshold points with {@code score >= threshold} pass
   */
  public boolean[] apply(double[] scoresInTime, double threshold) {
    boolean[] out = new boolean[scoresInTime.length];
    int passing = 0;
    for (int p = 0; p < scoresInTime.length; p++) {
      if (scoresInTime[p] >= threshold) {
        passing++;
      }
      if (p >= n && scoresInTime[p - n] >= threshold) {
        passing--;
      }
      out[p] = passing >= k;
    }
    return out;
  }

  /** Text form, e.g. {@code 3/5}. */
  public String toText() {
    return k + "/" + n;
  }
}
