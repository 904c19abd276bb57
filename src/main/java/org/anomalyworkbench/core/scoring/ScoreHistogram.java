package org.anomalyworkbench.core.scoring;

/**
 * Fixed bins over the scores of one result, counted once (O(n)), split by label when labels
 * exist. Heavy right tails (a few huge reconstruction errors) would squeeze every other row
 * into the first bin, so when the maximum lies far beyond the 99.5th percentile the range
 * stops a little past that percentile and the last bin also holds everything above it.
 *
 * <p>On a log axis (offered when every score is positive) the bins are equally wide in
 * log10(score) over the whole range, which shows scores spread over several orders of
 * magnitude, e.g. reconstruction errors from 0.001 to 100. {@link #edge(int)},
 * {@link #binOf(double)}, {@link #low()} and {@link #high()} always speak in scores;
 * {@link #toAxis(double)} maps a score to the axis a chart draws.
 */
public final class ScoreHistogram {
  private final double lo;
  private final double hi;
  private final double width;
  private final int[] counts;
  private final int[] positives;
  private final boolean clipped;
  private final boolean logAxis;
  private final int maxCount;

  private ScoreHistogram(double lo, double hi, int bins, boolean clipped, boolean logAxis, int[] counts,
      int[] positives) {
    this.logAxis = logAxis;
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
    return of(scores, labels, ranked, bins, false);
  }

  /**
   * As {@link #of(double[], int[], SortedScores, int)}, on a log10 score axis when
   * {@code logAxis} and {@link #logAxisPossible(SortedScores)}.
   */
  public static ScoreHistogram of(double[] scores, int[] labels, SortedScores ranked, int bins, boolean logAxis) {
    if (logAxis && logAxisPossible(ranked)) {
      return logBinned(scores, labels, ranked, bins);
    }
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
    return counted(new ScoreHistogram(min, hi, bins, clipped, false, counts, positives), scores, labels);
  }

  /** True when every finite score is positive, so a log axis can show them all. */
  public static boolean logAxisPossible(SortedScores ranked) {
    int finite = finiteCount(ranked);
    return finite > 0 && ranked.scoreAt(finite - 1) > 0 && ranked.scoreAt(0) < Double.POSITIVE_INFINITY;
  }

  private static int finiteCount(SortedScores ranked) {
    int finite = 0;
    while (finite < ranked.size() && Double.isFinite(ranked.scoreAt(finite))) {
      finite++;
    }
    return finite;
  }

  private static ScoreHistogram logBinned(double[] scores, int[] labels, SortedScores ranked, int bins) {
    int finite = finiteCount(ranked);
    double lo = Math.log10(ranked.scoreAt(finite - 1));
    double hi = Math.log10(ranked.scoreAt(0));
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    int[] counts = new int[bins];
    int[] positives = labels == null ? null : new int[bins];
    return counted(new ScoreHistogram(lo, hi, bins, false, true, counts, positives), scores, labels);
  }

  /** Fills {@code shape}'s count arrays from the scores and returns it. */
  private static ScoreHistogram counted(ScoreHistogram shape, double[] scores, int[] labels) {
    for (int r = 0; r < scores.length; r++) {
      double s = scores[r];
      if (Double.isNaN(s)) {
        continue;
      }
      int b = shape.binOf(s);
      shape.counts[b]++;
      if (shape.positives != null && labels[r] == 1) {
        shape.positives[b]++;
      }
    }
    return new ScoreHistogram(shape.lo, shape.hi, shape.counts.length, shape.clipped, shape.logAxis, shape.counts,
        shape.positives);
  }

  /** True when bins are equally wide in log10(score). */
  public boolean logAxis() {
    return logAxis;
  }

  /** Where {@code score} lies on the chart's x axis (log10 of it on a log axis). */
  public double toAxis(double score) {
    return logAxis ? Math.log10(score) : score;
  }

  /** The score at axis position {@code v}; the inverse of {@link #toAxis(double)}. */
  public double fromAxis(double v) {
    return logAxis ? Math.pow(10, v) : v;
  }

  public int bins() {
    return counts.length;
  }

  /** The bin a score falls in; scores outside the range go to the first or last bin. */
  public int binOf(double score) {
    double v = logAxis ? (score > 0 ? Math.log10(score) : Double.NEGATIVE_INFINITY) : score;
    double position = Math.floor((v - lo) / width);
    int b = (int) Math.max(0, Math.min(counts.length - 1, Double.isNaN(position) ? 0 : position));
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
    double v = b == counts.length ? hi : lo + b * width;
    return logAxis ? Math.pow(10, v) : v;
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

  /** The lowest score of the range. */
  public double low() {
    return fromAxis(lo);
  }

  /** The highest score of the range. */
  public double high() {
    return fromAxis(hi);
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
