package org.anomalyworkbench.core.data.sample;

import org.anomalyworkbench.core.data.SampleShape;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Turns scores of windows (or of forecasts) into one score per time point. Each sample
 * covers a span of points: a reconstructed window its own points, a forecast the points it
 * predicted. A point's score is the {@link Rule#MAX max} (default: a point is as suspicious
 * as the worst window it was seen in) or the {@link Rule#MEAN mean} over the samples that
 * cover it; its explaining sample is the covering sample with the highest score. Points no
 * sample covers (a forecaster cannot predict the first window's points) take the score and
 * explaining sample of the nearest covered point, the earlier one on a tie, so every point
 * of the input gets a score.
 */
public final class PointScores {
  /** How the scores of the samples covering one point are combined. */
  public enum Rule {
    MAX, MEAN
  }

  /**
   * Per-point scores and, per point, the sample whose contributions explain it.
   *
   * @param scores one score per point
   * @param explainingSample per point, the index of the covering sample with the highest score
   */
  public record Mapped(double[] scores, int[] explainingSample) {
  }

  private PointScores() {
  }

  /**
   * @param points points in the series
   * @param sampleScores one score per sample
   * @param spanStart first point covered by sample {@code i}
   * @param spanLength points covered by each sample
   */
  public static Mapped map(int points, double[] sampleScores, IntUnaryOperator spanStart, int spanLength,
      Rule rule) {
    if (sampleScores.length == 0) {
      throw new IllegalArgumentException("There are no scored samples to map onto the " + points + " points.");
    }
    double[] sum = new double[points];
    int[] covering = new int[points];
    int[] best = new int[points];
    Arrays.fill(best, -1);
    for (int s = 0; s < sampleScores.length; s++) {
      int from = spanStart.applyAsInt(s);
      int to = Math.min(points, from + spanLength);
      double v = sampleScores[s];
      for (int p = Math.max(0, from); p < to; p++) {
        sum[p] += v;
        covering[p]++;
        if (best[p] < 0 || v > sampleScores[best[p]]) {
          best[p] = s;
        }
      }
    }
    double[] scores = new double[points];
    for (int p = 0; p < points; p++) {
      if (covering[p] > 0) {
        scores[p] = rule == Rule.MAX ? sampleScores[best[p]] : sum[p] / covering[p];
      }
    }
    fillUncovered(scores, best, covering);
    return new Mapped(scores, best);
  }

  /** Scores of windows of {@code windows}, each covering its own points. */
  public static Mapped ofWindows(SlidingWindows windows, double[] windowScores, Rule rule) {
    return map(windows.points(), windowScores, windows::start, windows.length(), rule);
  }

  /**
   * Per-channel contributions of a flattened window's per-value contributions (summed over
   * the window's points), e.g. to explain a multivariate point by its sensors.
   */
  public static float[] perChannel(float[] valueContributions, SampleShape.Window shape) {
    if (valueContributions.length != shape.size()) {
      throw new IllegalArgumentException(valueContributions.length + " contributions for a window of " + shape.size());
    }
    float[] out = new float[shape.channels()];
    for (int p = 0; p < shape.length(); p++) {
      for (int c = 0; c < shape.channels(); c++) {
        out[c] += valueContributions[shape.index(p, c)];
      }
    }
    return out;
  }

  /**
   * Puts scores of time-sorted points back into the order of the input rows:
   * {@code inputRow[k]} is the input row of the {@code k}-th point in time order.
   */
  public static double[] toInputOrder(double[] sortedScores, int[] inputRow) {
    if (sortedScores.length != inputRow.length) {
      throw new IllegalArgumentException(sortedScores.length + " scores for " + inputRow.length + " rows");
    }
    double[] out = new double[sortedScores.length];
    boolean[] seen = new boolean[inputRow.length];
    for (int k = 0; k < inputRow.length; k++) {
      int row = inputRow[k];
      if (seen[row]) {
        throw new IllegalArgumentException("input row " + row + " appears twice in the time order");
      }
      seen[row] = true;
      out[row] = sortedScores[k];
    }
    return out;
  }

  private static void fillUncovered(double[] scores, int[] best, int[] covering) {
    int n = scores.length;
    int previous = -1;
    int[] nextCovered = new int[n];
    int next = -1;
    for (int p = n - 1; p >= 0; p--) {
      if (covering[p] > 0) {
        next = p;
      }
      nextCovered[p] = next;
    }
    for (int p = 0; p < n; p++) {
      if (covering[p] > 0) {
        previous = p;
        continue;
      }
      int after = nextCovered[p];
      int from = previous < 0 ? after : after < 0 ? previous : (p - previous <= after - p ? previous : after);
      scores[p] = scores[from];
      best[p] = best[from];
    }
  }
}
