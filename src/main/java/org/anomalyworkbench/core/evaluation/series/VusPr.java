package org.anomalyworkbench.core.evaluation.series;

import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * VUS-PR, the volume under the range-based precision-recall surface (Paparrizos et al., VLDB
 * 2022), the main measure of the TSB-AD benchmark. Point-wise PR-AUC punishes a detector
 * whose alarm comes a few points before or after a labelled range; VUS-PR gives partial credit
 * to flags near a range (soft labels in a buffer around it), rewards hitting a range at all
 * (existence reward), and averages over every buffer length up to a maximum so no single
 * buffer choice decides.
 *
 * <p>This is TSB-AD's {@code basic_metricor.RangeAUC_volume_opt} (TSB_AD/evaluation/
 * basic_metrics.py, as {@code get_metrics} calls it through {@code generate_curve}), exactly:
 * <ul>
 *   <li>buffer lengths {@code w = 0 .. maxBuffer}; for each, the soft labels of
 *       {@link BufferedLabels}: 1 in a labelled range, {@code sqrt(1 - d/w)} at distance
 *       {@code d <= floor(w/2)} outside it, summed over ranges and capped at 1;</li>
 *   <li>{@code T} thresholds: the scores at 0-based ranks {@code floor(k (n-1) / (T-1))},
 *       {@code k = 0 .. T-1}, of the scores sorted from highest (numpy's
 *       {@code linspace(0, n-1, T).astype(int)}, the last rank exactly {@code n-1}); with
 *       {@code n <= T} every point's score is a threshold. A point is flagged iff
 *       {@code score >= threshold};</li>
 *   <li>with {@code P} labelled points, {@code TP} = the sum of the soft labels of the flagged
 *       points and {@code X} = its part outside the labelled ranges: recall =
 *       {@code min(1, TP / (P + X/2))}; existence = the fraction of buffered segments (buffered
 *       ranges, merged where they overlap) holding a flagged point; range recall
 *       {@code R} = recall x existence; precision {@code Pr = TP / flagged points};</li>
 *   <li>per buffer length, {@code AP_w = sum_k (R_k - R_{k-1}) Pr_k} over the thresholds in
 *       order, {@code R_{-1} = 0}: the right-step sum of the current TSB-AD code (the first VUS
 *       release used the trapezoid {@code (Pr_k + Pr_{k-1}) / 2}, with other differences in
 *       TP, and gives other values);</li>
 *   <li>VUS-PR = the mean of {@code AP_w} over the {@code maxBuffer + 1} buffer lengths.</li>
 * </ul>
 * Defaults: {@code T = 250} and {@code maxBuffer = 200}, which is TSB-AD's
 * {@code 2 x slidingWindow} for its default sliding window of 100 (its benchmark passes twice
 * the series' estimated period instead; pass that here when known). NaN scores count as the
 * lowest score. NaN without any labelled point, where TSB-AD fails.
 *
 * <p>Cost: one sort, then per buffer length {@code O(Z + T)} where {@code Z} is the number of
 * points within {@code maxBuffer/2} of a range; never {@code n x T} per buffer.
 */
public final class VusPr {
  public static final int DEFAULT_MAX_BUFFER = 200;
  public static final int DEFAULT_THRESHOLDS = 250;

  private VusPr() {
  }

  /** VUS-PR with {@link #DEFAULT_MAX_BUFFER} and {@link #DEFAULT_THRESHOLDS}. */
  public static double of(double[] scores, int[] labels) {
    return of(scores, labels, DEFAULT_MAX_BUFFER, DEFAULT_THRESHOLDS);
  }

  /**
   * VUS-PR of {@code scores} against the 0/1 point {@code labels}, both in time order.
   *
   * @throws IllegalArgumentException if lengths differ, a label is not 0/1, {@code maxBuffer}
   *     is negative or {@code thresholds < 2}
   */
  public static double of(double[] scores, int[] labels, int maxBuffer, int thresholds) {
    int n = scores.length;
    int positives = SeriesInputs.checkLabels(n, labels);
    if (maxBuffer < 0 || thresholds < 2) {
      throw new IllegalArgumentException("VUS needs a maximum buffer >= 0 and at least 2 thresholds, not "
          + maxBuffer + " and " + thresholds + ".");
    }
    List<EventSpan> events = Events.labelled(labels);
    if (events.isEmpty()) {
      return Double.NaN;
    }
    double[] s = withNanLowest(scores);
    SortedScores sorted = new SortedScores(s);
    int[] ranks = thresholdRanks(n, thresholds);
    double[] cuts = new double[thresholds];
    int[] flagged = new int[thresholds];
    for (int k = 0; k < thresholds; k++) {
      cuts[k] = sorted.scoreAt(ranks[k]);
      flagged[k] = sorted.countAtOrAbove(cuts[k]);
    }
    int[] zone = BufferedLabels.zone(events, maxBuffer / 2, n);
    double[] zoneScores = new double[zone.length];
    for (int z = 0; z < zone.length; z++) {
      zoneScores[z] = s[zone[z]];
    }
    SortedScores zoneOrder = new SortedScores(zoneScores);
    double[] soft = new double[n];
    double sum = 0;
    for (int w = 0; w <= maxBuffer; w++) {
      BufferedLabels.write(events, w, zone, labels, soft);
      double[] peaks = BufferedLabels.segmentPeaks(events, w, s);
      sum += averagePrecision(cuts, flagged, positives, zone, zoneOrder, labels, soft, peaks);
    }
    return sum / (maxBuffer + 1);
  }

  /**
   * The ranks (0 = highest score) whose scores are the thresholds: numpy's
   * {@code linspace(0, points - 1, thresholds).astype(int)} with its arithmetic, {@code k * step}
   * truncated and the last exactly {@code points - 1}, because that product sometimes falls just
   * below an integer (rank 50, not 51, for k = 21 of 50 thresholds over 120 points) and the
   * reference values depend on it.
   */
  static int[] thresholdRanks(int points, int thresholds) {
    int[] ranks = new int[thresholds];
    double step = (double) (points - 1) / (thresholds - 1);
    for (int k = 0; k < thresholds - 1; k++) {
      ranks[k] = (int) (k * step);
    }
    ranks[thresholds - 1] = points - 1;
    return ranks;
  }

  /** AP_w: one sweep down the thresholds, adding the newly flagged zone points as it goes. */
  private static double averagePrecision(double[] cuts, int[] flagged, int positives, int[] zone,
      SortedScores zoneOrder, int[] labels, double[] soft, double[] peaks) {
    Arrays.sort(peaks);
    int segments = peaks.length;
    int rank = 0;
    int hit = 0;
    long flaggedLabelled = 0;
    double buffered = 0;
    double previousRecall = 0;
    double ap = 0;
    for (int k = 0; k < cuts.length; k++) {
      double t = cuts[k];
      while (rank < zone.length && zoneOrder.scoreAt(rank) >= t) {
        int p = zone[zoneOrder.rowAt(rank++)];
        if (labels[p] == 1) {
          flaggedLabelled++;
        } else {
          buffered += soft[p];
        }
      }
      while (hit < segments && peaks[segments - 1 - hit] >= t) {
        hit++;
      }
      double tp = flaggedLabelled + buffered;
      double recall = Math.min(tp / (positives + buffered / 2), 1) * hit / segments;
      ap += (recall - previousRecall) * (tp / flagged[k]);
      previousRecall = recall;
    }
    return ap;
  }

  private static double[] withNanLowest(double[] scores) {
    double[] s = scores.clone();
    for (int i = 0; i < s.length; i++) {
      if (Double.isNaN(s[i])) {
        s[i] = Double.NEGATIVE_INFINITY;
      }
    }
    return s;
  }
}
