package org.anomalyworkbench.core.evaluation.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VusPrTest {

  @Test
  void oneRangeWithABufferPointFlaggedBeforeTheRange() {
    // Range {4, 5}; ranking 4, 3, 5, 6, 2, 1, 9, 0, 8, 7.
    double[] s = {0.1, 0.2, 0.3, 0.6, 0.9, 0.5, 0.4, 0.0, 0.05, 0.15};
    int[] y = {0, 0, 0, 0, 1, 1, 0, 0, 0, 0};
    // w = 0 and 1 have no buffer (w/2 = 0): R = 1/2 at {4} (precision 1), stays 1/2 at {4,3}, 1 at
    // {4,3,5} (precision 2/3): AP = 1/2 * 1 + 1/2 * 2/3.
    double ap01 = 0.5 + 0.5 * 2 / 3.0;
    // w = 2: points 3 and 6 get sqrt(1 - 1/2) = r. {4}: TP 1, R 1/2, precision 1. {4,3}: TP 1 + r,
    // X = r, recall (1 + r) / (2 + r/2), precision (1 + r) / 2. {4,3,5}: TP 2 + r, recall capped at
    // 1, precision (2 + r) / 3. Later thresholds add no recall.
    double r = Math.sqrt(0.5);
    double r2 = (1 + r) / (2 + r / 2);
    double ap2 = 0.5 + (r2 - 0.5) * (1 + r) / 2 + (1 - r2) * (2 + r) / 3;
    assertEquals((2 * ap01 + ap2) / 3, VusPr.of(s, y, 2, 250), 1e-15);
    assertEquals(ap01, VusPr.of(s, y, 0, 250), 1e-15);
  }

  @Test
  void buffersAddUpToOneAndMergeOnlyWhenTheyOverlap() {
    // Ranges {2} and {5}; score 1 at point 2, every other point tied at 0, so the thresholds are
    // 1 (flags {2}) and 0 (flags all 12).
    double[] s = new double[12];
    s[2] = 1;
    int[] y = new int[12];
    y[2] = 1;
    y[5] = 1;
    // w = 0, 1: {2} is half the points and one of two ranges: R = 1/4, precision 1; all: R = 1,
    // precision 2/12.
    double ap01 = 0.25 + 0.75 * 2 / 12;
    // w = 2, 3: buffers [1,3] and [4,6] touch without overlapping, so two segments: R = 1/4 at
    // {2}; flagging all adds soft labels at 1, 3, 4, 6.
    double v2 = Math.sqrt(1 - 1 / 2.0);
    double v3 = Math.sqrt(1 - 1 / 3.0);
    double ap2 = 0.25 + 0.75 * (2 + 4 * v2) / 12;
    double ap3 = 0.25 + 0.75 * (2 + 4 * v3) / 12;
    // w = 4: buffers [0,4] and [3,7] overlap: one segment, so {2} already has existence 1 and
    // R = 1/2. Soft labels: 0 and 7 get sqrt(1/2), 1 and 6 sqrt(3/4), 3 and 4 both, capped at 1.
    double near = Math.sqrt(0.75);
    double far = Math.sqrt(0.5);
    double ap4 = 0.5 + 0.5 * (2 + 2 * far + 2 * near + 2) / 12;
    assertEquals((2 * ap01 + ap2 + ap3 + ap4) / 5, VusPr.of(s, y, 4, 250), 1e-15);
  }

  @Test
  void thresholdRanksFollowNumpysLinspaceTruncation() {
    // numpy 2.4: np.linspace(0, 119, 50).astype(int)
    int[] numpy = {0, 2, 4, 7, 9, 12, 14, 17, 19, 21, 24, 26, 29, 31, 34, 36, 38, 41, 43, 46, 48, 50, 53, 55, 58,
        60, 63, 65, 68, 70, 72, 75, 77, 80, 82, 85, 87, 89, 92, 94, 97, 99, 101, 104, 106, 109, 111, 114, 116, 119};
    assertArrayEquals(numpy, VusPr.thresholdRanks(120, 50));
    // np.linspace(0, 21, 250).astype(int)[80:90]: 83 * 21/249 lands just below 7.
    assertArrayEquals(new int[] {6, 6, 6, 6, 7, 7, 7, 7, 7, 7},
        Arrays.copyOfRange(VusPr.thresholdRanks(22, 250), 80, 90));
  }

  @Test
  void matchesTheDirectDefinitionOnRandomSeries() {
    SplittableRandom rnd = new SplittableRandom(2022);
    int[] thresholdChoices = {2, 3, 7, 50, 250};
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(trial < 250 ? 60 : 400);
      int[] y = stickyLabels(rnd, n);
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        double u = rnd.nextDouble();
        s[i] = u < 0.05 ? Double.NaN : Math.round((rnd.nextDouble() + 0.5 * y[i]) * 10) / 10.0; // ties
      }
      int maxBuffer = rnd.nextInt(25);
      int t = thresholdChoices[rnd.nextInt(thresholdChoices.length)];
      double expected = reference(s, y, maxBuffer, t);
      assertEquals(expected, VusPr.of(s, y, maxBuffer, t), 1e-12, "trial " + trial);
    }
  }

  @Test
  void matchesTheDirectDefinitionOnALongerSeriesWithDefaults() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 1500;
    int[] y = new int[n];
    for (int start : new int[] {0, 90, 400, 420, 1000, 1490}) {
      for (int i = start; i < Math.min(n, start + 12); i++) {
        y[i] = 1;
      }
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = rnd.nextDouble() + 0.8 * y[i];
    }
    assertEquals(reference(s, y, 200, 250), VusPr.of(s, y), 1e-12);
  }

  @Test
  void perfectScoreIsOne() {
    int[] y = {0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0};
    double[] s = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      s[i] = y[i];
    }
    assertEquals(1.0, VusPr.of(s, y), 1e-15);
    assertEquals(1.0, VusPr.of(s, y, 0, 2), 1e-15);
  }

  @Test
  void reversedScoreIsWorseThanRandomWhichIsWorseThanInformative() {
    SplittableRandom rnd = new SplittableRandom(99);
    int n = 3000;
    int[] y = new int[n];
    for (int e = 0; e < 8; e++) {
      int start = 100 + e * 350;
      for (int i = start; i < start + 20; i++) {
        y[i] = 1;
      }
    }
    double[] informative = new double[n];
    double[] random = new double[n];
    double[] reversed = new double[n];
    for (int i = 0; i < n; i++) {
      informative[i] = rnd.nextDouble() + y[i];
      random[i] = rnd.nextDouble();
      reversed[i] = -informative[i];
    }
    double good = VusPr.of(informative, y, 40, 250);
    double chance = VusPr.of(random, y, 40, 250);
    double bad = VusPr.of(reversed, y, 40, 250);
    assertTrue(bad < chance && chance < good, bad + " < " + chance + " < " + good);
  }

  @Test
  void onlyTheOrderOfScoresMatters() {
    SplittableRandom rnd = new SplittableRandom(3);
    int n = 500;
    int[] y = stickyLabels(rnd, n);
    double[] s = new double[n];
    double[] transformed = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = rnd.nextInt(1000) / 1000.0;
      transformed[i] = Math.exp(3 * s[i]) - 40; // strictly increasing, keeps every tie
    }
    assertEquals(VusPr.of(s, y, 30, 250), VusPr.of(transformed, y, 30, 250), 0.0);
  }

  @Test
  void undefinedWithoutLabelledPointsAndRefusesBadArguments() {
    assertEquals(Double.NaN, VusPr.of(new double[] {1, 2}, new int[] {0, 0}));
    assertEquals(Double.NaN, VusPr.of(new double[0], new int[0]));
    assertThrows(IllegalArgumentException.class, () -> VusPr.of(new double[2], new int[3]));
    assertThrows(IllegalArgumentException.class, () -> VusPr.of(new double[2], new int[] {0, 1}, -1, 250));
    assertThrows(IllegalArgumentException.class, () -> VusPr.of(new double[2], new int[] {0, 1}, 2, 1));
  }

  private static int[] stickyLabels(SplittableRandom rnd, int n) {
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i > 0 && rnd.nextDouble() < 0.8 ? y[i - 1] : (rnd.nextDouble() < 0.25 ? 1 : 0);
    }
    y[rnd.nextInt(n)] = 1; // at least one labelled point
    return y;
  }

  /**
   * VUS-PR straight from the definition: full label and flag arrays for every buffer length and
   * threshold, O(maxBuffer x thresholds x n), ranges and segments kept as inclusive pairs.
   */
  private static double reference(double[] scores, int[] y, int maxBuffer, int thresholds) {
    int n = scores.length;
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = Double.isNaN(scores[i]) ? Double.NEGATIVE_INFINITY : scores[i];
    }
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (y[i] == 1 && (i == 0 || y[i - 1] == 0)) {
        int j = i;
        while (j + 1 < n && y[j + 1] == 1) {
          j++;
        }
        ranges.add(new int[] {i, j});
      }
    }
    int positives = Arrays.stream(y).sum();
    Double[] boxed = Arrays.stream(s).boxed().toArray(Double[]::new);
    Arrays.sort(boxed, (a, b) -> Double.compare(b, a));
    double total = 0;
    for (int w = 0; w <= maxBuffer; w++) {
      int h = w / 2;
      double[] ext = new double[n];
      for (int i = 0; i < n; i++) {
        ext[i] = y[i];
      }
      for (int[] r : ranges) {
        for (int x = r[1] + 1; x <= r[1] + h && x < n; x++) {
          ext[x] += Math.sqrt(1 - (x - r[1]) / (double) w);
        }
        for (int x = Math.max(0, r[0] - h); x < r[0]; x++) {
          ext[x] += Math.sqrt(1 - (r[0] - x) / (double) w);
        }
      }
      for (int i = 0; i < n; i++) {
        ext[i] = Math.min(1, ext[i]);
      }
      List<int[]> segments = new ArrayList<>();
      for (int[] r : ranges) {
        int lo = Math.max(0, r[0] - h);
        int hi = Math.min(n - 1, r[1] + h);
        int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && lo <= last[1]) {
          last[1] = Math.max(last[1], hi);
        } else {
          segments.add(new int[] {lo, hi});
        }
      }
      double previousRecall = 0;
      double ap = 0;
      for (int k = 0; k < thresholds; k++) {
        int rank = k == thresholds - 1 ? n - 1 : (int) (k * ((n - 1) / (double) (thresholds - 1)));
        double cut = boxed[rank];
        boolean[] pred = new boolean[n];
        int flagged = 0;
        for (int i = 0; i < n; i++) {
          pred[i] = s[i] >= cut;
          flagged += pred[i] ? 1 : 0;
        }
        // The labels TSB-AD scores against at this threshold: 1 on the ranges, the soft label on
        // flagged buffer points, 0 elsewhere.
        double[] lab = new double[n];
        for (int i = 0; i < n; i++) {
          lab[i] = y[i] == 1 ? 1 : (pred[i] ? ext[i] : 0);
        }
        double tp = 0;
        double labelMass = 0;
        for (int i = 0; i < n; i++) {
          tp += pred[i] ? lab[i] : 0;
          labelMass += lab[i];
        }
        int existence = 0;
        for (int[] seg : segments) {
          boolean any = false;
          for (int i = seg[0]; i <= seg[1]; i++) {
            any |= pred[i];
          }
          existence += any ? 1 : 0;
        }
        double recall = Math.min(1, tp / ((positives + labelMass) / 2)) * existence / segments.size();
        ap += (recall - previousRecall) * tp / flagged;
        previousRecall = recall;
      }
      total += ap;
    }
    return total / (maxBuffer + 1);
  }
}
