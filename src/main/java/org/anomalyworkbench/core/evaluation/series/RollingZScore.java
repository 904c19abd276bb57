package org.anomalyworkbench.core.evaluation.series;

/**
 * The baseline every series detector must beat: how many standard deviations each point lies
 * from the mean of the {@code window} points before it. Cheap, needs no training, and catches
 * spikes and level shifts, so a learned detector that scores below it on VUS-PR is not worth
 * its cost.
 *
 * <p>For point {@code p} the history is the previous {@code c = min(p, window)} points: the
 * score is {@code |x_p - mean| / sd} with the population standard deviation (divisor
 * {@code c}). Points {@code p < 2} have too little history and score 0. A constant history
 * (sd exactly 0) scores 0 when the point repeats the constant and {@link #FLAT_HISTORY_SCORE}
 * otherwise: any change after a flat stretch is maximally surprising, and a finite value keeps
 * sums and means of scores finite. For a multivariate series the score is the maximum over
 * channels. O(n) per channel; see {@link TrailingMoments} for how rounding is kept in check.
 */
public final class RollingZScore {
  /** One day of five-minute readings. */
  public static final int DEFAULT_WINDOW = 288;
  /** The score of a point that leaves a constant history; above any z-score a spread history gives. */
  public static final double FLAT_HISTORY_SCORE = 1e12;

  private RollingZScore() {
  }

  /** {@link #scores(float[], int, int)} with {@link #DEFAULT_WINDOW}. */
  public static double[] scores(float[] series, int channels) {
    return scores(series, channels, DEFAULT_WINDOW);
  }

  /**
   * One score per time point of a point-major series ({@code points x channels} floats, every
   * channel of the first point, then the next, as {@code SlidingWindows} reads it).
   *
   * @throws IllegalArgumentException when {@code channels < 1}, the length is not a multiple of
   *     {@code channels}, {@code window < 2} or a value is not finite
   */
  public static double[] scores(float[] series, int channels, int window) {
    if (channels < 1 || series.length % channels != 0) {
      throw new IllegalArgumentException("A series of " + series.length + " values cannot have " + channels
          + " channels per point.");
    }
    if (window < 2) {
      throw new IllegalArgumentException("The z-score window needs at least 2 points, not " + window + ".");
    }
    int points = series.length / channels;
    double[] out = new double[points];
    double[] values = new double[points];
    for (int ch = 0; ch < channels; ch++) {
      for (int p = 0; p < points; p++) {
        values[p] = series[p * channels + ch];
        if (!Double.isFinite(values[p])) {
          throw new IllegalArgumentException("Point " + p + " of channel " + ch + " is " + values[p]
              + "; fill or drop missing values before scoring.");
        }
      }
      scoreChannelInto(values, window, out);
    }
    return out;
  }

  private static void scoreChannelInto(double[] x, int window, double[] out) {
    TrailingMoments moments = new TrailingMoments(x, window);
    int equalRun = 0; // length of the run of equal values ending at p - 1
    for (int p = 0; p < x.length; p++) {
      int count = Math.min(p, window);
      if (p >= 2) {
        out[p] = Math.max(out[p], score(x[p], x[p - 1], equalRun >= count, moments, p, count));
      }
      moments.advancePast(p);
      equalRun = p > 0 && x[p] == x[p - 1] ? equalRun + 1 : 1;
    }
  }

  private static double score(double value, double previous, boolean flat, TrailingMoments moments, int p,
      int count) {
    // Testing flatness on the values themselves, not on a computed variance, makes sd = 0 exact.
    if (flat) {
      return value == previous ? 0 : FLAT_HISTORY_SCORE;
    }
    double[] mv = moments.meanAndVariance(p, count);
    double deviation = Math.abs(value - mv[0]);
    if (mv[1] == 0) {
      return deviation == 0 ? 0 : FLAT_HISTORY_SCORE;
    }
    return deviation / Math.sqrt(mv[1]);
  }
}
