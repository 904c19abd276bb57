package org.anomalyworkbench.core.evaluation.series;

import java.util.Arrays;
import java.util.List;

/**
 * The labels of one buffer length {@code w} of VUS: every labelled range keeps label 1 and
 * gains a buffer of {@code w / 2} points on each side whose soft label decays with the
 * distance {@code d} as {@code sqrt(1 - d / w)}; where buffers (or a buffer and a range)
 * overlap the contributions add up, capped at 1. The buffered ranges, merged where they share
 * a point, are the segments whose hit or miss the existence reward counts.
 *
 * <p>Only points within {@code maxBuffer / 2} of a range ever carry a label, so the soft labels
 * live in a caller's scratch array and are written and cleared on those points only.
 */
final class BufferedLabels {
  private BufferedLabels() {
  }

  /**
   * The points within {@code half} points of a labelled range, ascending, each once.
   */
  static int[] zone(List<EventSpan> events, int half, int points) {
    int[] zone = new int[points];
    int size = 0;
    int next = 0;
    for (EventSpan e : events) {
      int from = Math.max(Math.max(0, e.start() - half), next);
      int to = Math.min(points - 1, e.end() - 1 + half);
      for (int p = from; p <= to; p++) {
        zone[size++] = p;
      }
      next = Math.max(next, to + 1);
    }
    return Arrays.copyOf(zone, size);
  }

  /**
   * Writes the soft labels of buffer length {@code w} into {@code soft} at the {@code zone}
   * points (every other point of {@code soft} is left alone and must be 0).
   */
  static void write(List<EventSpan> events, int w, int[] zone, int[] labels, double[] soft) {
    for (int p : zone) {
      soft[p] = labels[p];
    }
    int half = w / 2;
    for (EventSpan e : events) {
      int last = e.end() - 1;
      for (int d = 1; d <= half; d++) {
        double v = Math.sqrt(1 - (double) d / w);
        // After, then before the range: the order TSB-AD adds them in, so sums of overlapping
        // buffers round the same way.
        if (last + d < soft.length) {
          soft[last + d] += v;
        }
        if (e.start() - d >= 0) {
          soft[e.start() - d] += v;
        }
      }
    }
    for (int p : zone) {
      soft[p] = Math.min(1, soft[p]);
    }
  }

  /**
   * For each buffered segment of buffer length {@code w}, the highest score in it: a segment
   * is hit at threshold {@code t} iff this is {@code >= t}. Ranges are merged when their
   * buffered extents share a point (TSB-AD's {@code new_sequence}); extents that merely touch
   * stay separate segments.
   */
  static double[] segmentPeaks(List<EventSpan> events, int w, double[] scores) {
    int half = w / 2;
    int n = scores.length;
    double[] peaks = new double[events.size()];
    int count = 0;
    int i = 0;
    while (i < events.size()) {
      int from = Math.max(0, events.get(i).start() - half);
      int j = i;
      while (j + 1 < events.size() && events.get(j).end() - 1 + half >= events.get(j + 1).start() - half) {
        j++;
      }
      int to = Math.min(n - 1, events.get(j).end() - 1 + half);
      double peak = Double.NEGATIVE_INFINITY;
      for (int p = from; p <= to; p++) {
        peak = Math.max(peak, scores[p]);
      }
      peaks[count++] = peak;
      i = j + 1;
    }
    return Arrays.copyOf(peaks, count);
  }
}
