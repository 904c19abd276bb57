package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;

/**
 * Fixed bins over the scores of one result, counted once (O(n)), split by label when labels
 * exist. Heavy right tails (a few huge reconstruction errors) would squeeze every other row
 * into the first bin, so when the maximum lies far beyond the 99.5th percentile the range
 * stops a little past that percentile and the last bin also holds everything above it.
 */
public final class ScoreHistogram {
  private final double lo;
  private final double hi;
  private final double width;
  private final int[] counts;
  private final int[] positives;
  private final boolean clipped;
  private final int maxCount;

  private ScoreHistogram(double lo, double hi, int bins, boolean clipped, int[] counts, int[] positives) {
    this.lo = lo;
    this.hi = hi;
    this.width = (hi - lo) / bins;
    this.clipped = clipped;
    this.counts = counts;
    this.positives = positives;
    int max = 0;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    this.maxCount = max;
  }

  /**
   * @param scores one score per row
   * @param labels 0/1 per row, or {@code null}
   * @param ranked the same scores, sorted (for the range percentiles)
   * @param bins number of bins, at least 1
   */
  public static ScoreHistogram of(double[] scores, int[] labels, SortedScores ranked, int bins) {
    int n = ranked.size();
    int finite = 0;
    while (finite < n && Double.isFinite(ranked.scoreAt(finite))) {
      finite++;
    }
    // Skip +inf at the top as well: they are counted in the last bin.
    int top = 0;
    while (top < finite && ranked.scoreAt(top) == Double.POSITIVE_INFINITY) {
      top++;
    }
    double max = top < finite ? ranked.scoreAt(top) : 1;
    double min = top < finite ? ranked.scoreAt(finite - 1) : 0;
    double hi = max;
    boolean clipped = false;
    if (finite - top > 200) {
      double p995 = ranked.scoreAt(top + (int) ((finite - top) * 0.005));
      if (max - p995 > 1.5 * (p995 - min)) {
        hi = p995 + 0.2 * (p995 - min);
        clipped = true;
      }
    }
    if (!(hi > min)) {
      hi = min + 1;
    }
    int[] counts = new int[bins];
    int[] positives = labels == null ? null : new int[bins];
    ScoreHistogram shape = new ScoreHistogram(min, hi, bins, clipped, counts, positives);
    for (int r = 0; r < scores.length; r++) {
      double s = scores[r];
      if (Double.isNaN(s)) {
        continue;
      }
      int b = shape.binOf(s);
      counts[b]++;
      if (positives != null && labels[r] == 1) {
        positives[b]++;
      }
    }
    return new ScoreHistogram(min, hi, bins, clipped, counts, positives);
  }

  public int bins() {
    return counts.length;
  }

  /** The bin a score falls in; scores outside the range go to the first or last bin. */
  public int binOf(double score) {
    int b = Math.max(0, Math.min(counts.length - 1, (int) Math.floor((score - lo) / width)));
    // Agree exactly with edge(): rowsOf() finds a bin's rows by comparing scores to its edges.
    if (b > 0 && score < edge(b)) {
      b--;
    } else if (b + 1 < counts.length && score >= edge(b + 1)) {
      b++;
    }
    return b;
  }

  /** Lower edge of bin {@code b}; {@code edge(bins())} is the upper end of the range. */
  public double edge(int b) {
    return b == counts.length ? hi : lo + b * width;
  }

  public int count(int b) {
    return counts[b];
  }

  /** Rows labelled anomalous in bin {@code b}; 0 without labels. */
  public int positives(int b) {
    return positives == null ? 0 : positives[b];
  }

  public boolean hasLabels() {
    return positives != null;
  }

  public int maxCount() {
    return maxCount;
  }

  public double low() {
    return lo;
  }

  public double high() {
    return hi;
  }

  /** True when the last bin also holds scores above {@link #high()}. */
  public boolean clipped() {
    return clipped;
  }

  /**
   * The dataset rows of bin {@code b}, found from the sorted scores in O(log n + k): the bin's
   * rows are the ranks between the counts at its two edges.
   */
  public int[] rowsOf(int b, SortedScores ranked) {
    int from = b == counts.length - 1 ? 0 : ranked.countAtOrAbove(edge(b + 1));
    int to = b == 0 ? countNotNaN(ranked) : ranked.countAtOrAbove(edge(b));
    int[] rows = new int[Math.max(0, to - from)];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = ranked.rowAt(from + i);
    }
    return rows;
  }

  private static int countNotNaN(SortedScores ranked) {
    return ranked.countAtOrAbove(Double.NEGATIVE_INFINITY);
  }
}
