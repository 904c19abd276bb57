package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RollingZScoreTest {
  private static final double FLAT = RollingZScore.FLAT_HISTORY_SCORE;

  @Test
  void handComputedUnivariate() {
    float[] x = {1, 3, 5, 2, 2, 2, 2, 7};
    double[] expected = {
        0, 0,
        3, // history {1,3}: mean 2, sd 1
        Math.sqrt(3 / 8.0), // {1,3,5}: mean 3, variance 8/3, |2-3| = 1
        4 / Math.sqrt(14), // {3,5,2}: mean 10/3, variance 14/9, |2-10/3| = 4/3
        1 / Math.sqrt(2), // {5,2,2}: mean 3, variance 2
        0, // {2,2,2} and the point repeats it
        FLAT}; // {2,2,2} and the point leaves it
    assertArrayEquals(expected, RollingZScore.scores(x, 1, 3), 1e-15);
  }

  @Test
  void multivariateTakesTheMaximumOverChannels() {
    // Channel 0 as above; channel 1 is 0 0 0 0 0 0 1 0.
    float[] x = {1, 0, 3, 0, 5, 0, 2, 0, 2, 0, 2, 0, 2, 1, 7, 0};
    double[] expected = {0, 0, 3, Math.sqrt(3 / 8.0), 4 / Math.sqrt(14), 1 / Math.sqrt(2),
        FLAT, // channel 1 leaves its flat history
        FLAT}; // channel 0 does; channel 1 alone would give (1/3) / sqrt(2/9)
    assertArrayEquals(expected, RollingZScore.scores(x, 2, 3), 1e-15);
  }

  @Test
  void matchesTheNaiveWindowOnRandomSeriesWithOffsetsShiftsSpikesAndFlatStretches() {
    SplittableRandom rnd = new SplittableRandom(288);
    int n = 12_000;
    int channels = 3;
    float[] x = new float[n * channels];
    for (int ch = 0; ch < channels; ch++) {
      double level = ch == 0 ? 0 : ch == 1 ? 1e5 : -3e3;
      for (int p = 0; p < n; p++) {
        if (rnd.nextDouble() < 0.002) {
          level += (rnd.nextDouble() - 0.5) * 1e4; // level shift
        }
        double v = level + rnd.nextGaussian();
        if (rnd.nextDouble() < 0.001) {
          v += 1e7; // a spike far larger than the noise
        }
        if (p % 3000 > 2500) {
          v = level; // a flat stretch longer than some windows
        }
        if (ch == 2) {
          v = Math.round(v); // integers: many repeats
        }
        x[p * channels + ch] = (float) v;
      }
    }
    for (int window : new int[] {2, 5, 288, 700}) {
      double[] expected = naive(x, channels, window);
      double[] actual = RollingZScore.scores(x, channels, window);
      for (int p = 0; p < n; p++) {
        assertEquals(expected[p], actual[p], 1e-9 * Math.max(1, expected[p]), "window " + window + ", point " + p);
      }
    }
  }

  @Test
  void defaultWindowIs288() {
    SplittableRandom rnd = new SplittableRandom(1);
    float[] x = new float[1000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rnd.nextGaussian();
    }
    assertArrayEquals(RollingZScore.scores(x, 1, 288), RollingZScore.scores(x, 1));
  }

  @Test
  void badInputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> RollingZScore.scores(new float[5], 2, 10));
    assertThrows(IllegalArgumentException.class, () -> RollingZScore.scores(new float[4], 1, 1));
    assertThrows(IllegalArgumentException.class, () -> RollingZScore.scores(new float[] {1, Float.NaN}, 1, 3));
  }

  /** Every point's history summed afresh, two passes: O(n x window). */
  private static double[] naive(float[] x, int channels, int window) {
    int points = x.length / channels;
    double[] out = new double[points];
    for (int ch = 0; ch < channels; ch++) {
      for (int p = 2; p < points; p++) {
        int from = Math.max(0, p - window);
        double first = x[from * channels + ch];
        boolean constant = true;
        double total = 0;
        for (int i = from; i < p; i++) {
          double v = x[i * channels + ch];
          constant &= v == first;
          total += v;
        }
        double value = x[p * channels + ch];
        double z;
        if (constant) {
          z = value == first ? 0 : FLAT;
        } else {
          double mean = total / (p - from);
          double squares = 0;
          for (int i = from; i < p; i++) {
            double d = x[i * channels + ch] - mean;
            squares += d * d;
          }
          z = Math.abs(value - mean) / Math.sqrt(squares / (p - from));
        }
        out[p] = Math.max(out[p], z);
      }
    }
    return out;
  }
}
