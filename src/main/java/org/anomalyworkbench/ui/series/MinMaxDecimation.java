package org.anomalyworkbench.ui.series;

/**
 * Reduces the visible points of one lane to what a screen can show: for each pixel column the
 * lowest and highest value among the points that fall in it, and whether any of them is flagged
 * or labelled. Drawing a vertical stroke from min to max per column shows every spike a full
 * polyline would show, at a cost of one pass over the visible points instead of one line
 * segment per point (a million segments per frame is what makes a naive chart stutter).
 *
 * <p>Point {@code i} of {@code [from, to)} falls in column {@code floor((i - from) * width / (to - from))},
 * so with fewer points than columns each point has its own column and the others stay empty.
 * Pure Java, no JavaFX: the canvas and the bench call it alike.
 */
public final class MinMaxDecimation {
  private MinMaxDecimation() {
  }

  /**
   * Per-column extremes of one lane.
   *
   * @param min lowest value per column, NaN where the column holds no (finite or infinite) number
   * @param max highest value per column, NaN where empty
   * @param flagged true where some point of the column is flagged
   * @param labelled true where some point of the column is labelled anomalous
   * @param count points per column (NaN values included), so a caller can tell sparse columns
   */
  public record Columns(double[] min, double[] max, boolean[] flagged, boolean[] labelled, int[] count) {

    public int width() {
      return min.length;
    }

    /** True when the column holds at least one number. */
    public boolean hasValue(int column) {
      return !Double.isNaN(min[column]);
    }

    /** Lowest value over all columns, NaN when none holds a number. */
    public double low() {
      double lo = Double.NaN;
      for (double v : min) {
        lo = Double.isNaN(lo) || v < lo ? v : lo;
      }
      return lo;
    }

    /** Highest value over all columns, NaN when none holds a number. */
    public double high() {
      double hi = Double.NaN;
      for (double v : max) {
        hi = Double.isNaN(hi) || v > hi ? v : hi;
      }
      return hi;
    }
  }

  /**
   * Decimates {@code values[from, to)} onto {@code width} pixel columns in one pass.
   *
   * @param values the lane's values in time order; NaN (missing) values count toward
   *     {@code count} but never become a min or max
   * @param flagged per point, or null when nothing is flagged
   * @param labelled per point, or null when there are no labels
   * @throws IllegalArgumentException unless {@code 0 <= from < to <= values.length} and width > 0
   */
  public static Columns decimate(double[] values, boolean[] flagged, boolean[] labelled, int from, int to, int width) {
    if (from < 0 || to > values.length || from >= to || width <= 0) {
      throw new IllegalArgumentException("Cannot decimate points [" + from + ", " + to + ") of " + values.length
          + " onto " + width + " columns.");
    }
    double[] min = new double[width];
    double[] max = new double[width];
    java.util.Arrays.fill(min, Double.NaN);
    java.util.Arrays.fill(max, Double.NaN);
    boolean[] anyFlag = new boolean[width];
    boolean[] anyLabel = new boolean[width];
    int[] count = new int[width];
    // Column by column over its own points: no division per point (a long division per
    // point made a million points cost ~10 ms; this loop runs at memory speed).
    int first = from;
    for (int c = 0; c < width; c++) {
      int end = c == width - 1 ? to : firstPoint(c + 1, from, to, width);
      double lo = Double.NaN;
      double hi = Double.NaN;
      boolean flag = false;
      boolean label = false;
      for (int i = first; i < end; i++) {
        double v = values[i];
        // NaN fails both comparisons, so a missing value never becomes an extreme.
        if (v < lo || lo != lo) {
          lo = v;
        }
        if (v > hi || hi != hi) {
          hi = v;
        }
      }
      if (flagged != null) {
        for (int i = first; i < end && !flag; i++) {
          flag = flagged[i];
        }
      }
      if (labelled != null) {
        for (int i = first; i < end && !label; i++) {
          label = labelled[i];
        }
      }
      min[c] = lo;
      max[c] = hi;
      anyFlag[c] = flag;
      anyLabel[c] = label;
      count[c] = end - first;
      first = end;
    }
    return new Columns(min, max, anyFlag, anyLabel, count);
  }

  /** The column point {@code i} falls in, as {@link #decimate} assigns it. */
  public static int column(int i, int from, int to, int width) {
    return (int) ((i - from) * (long) width / (to - from));
  }

  /** The first point that falls in column {@code c} (or beyond it, when the column is empty). */
  public static int firstPoint(int c, int from, int to, int width) {
    long n = to - from;
    // Smallest k with k * width / n >= c, i.e. k >= c * n / width.
    return from + (int) ((c * n + width - 1) / width);
  }
}
