package org.anomalyworkbench.ui.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/**
 * What the data view shows about one column: missing count, range and median for numbers, a
 * small histogram, or the most frequent values for text.
 *
 * @param missing missing cells
 * @param numeric true when min/median/max/histogram are meaningful
 * @param min smallest value (NaN when none)
 * @param median median value (NaN when none)
 * @param max largest value (NaN when none)
 * @param histogram counts in equal-width bins between min and max (empty for text)
 * @param distinct distinct non-missing values, counted up to {@link #DISTINCT_CAP}
 * @param topValues the most frequent text values, most frequent first (empty for numbers)
 */
public record ColumnSummary(int missing, boolean numeric, double min, double median, double max, int[] histogram,
    int distinct, List<String> topValues) {

  /** Distinct counting stops here: beyond it a column is "many values" anyway. */
  public static final int DISTINCT_CAP = 10_000;
  static final int BINS = 24;

  /** Summarises {@code column}; O(n log n) for numbers (the median sorts a copy). */
  public static ColumnSummary of(Column<?> column) {
    if (column instanceof NumericColumn<?> nc) {
      return numeric(nc);
    }
    int missing = 0;
    Map<String, Integer> counts = new HashMap<>();
    for (int r = 0; r < column.size(); r++) {
      if (column.isMissing(r)) {
        missing++;
      } else if (counts.size() < DISTINCT_CAP || counts.containsKey(column.getString(r))) {
        counts.merge(column.getString(r), 1, Integer::sum);
      }
    }
    List<String> top = counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(3).map(Map.Entry::getKey).toList();
    return new ColumnSummary(missing, false, Double.NaN, Double.NaN, Double.NaN, new int[0], counts.size(), top);
  }

  private static ColumnSummary numeric(NumericColumn<?> c) {
    double[] v = new double[c.size()];
    int n = 0;
    for (int r = 0; r < c.size(); r++) {
      if (!c.isMissing(r)) {
        double x = c.getDouble(r);
        if (!Double.isNaN(x)) {
          v[n++] = x;
        }
      }
    }
    int missing = c.size() - n;
    if (n == 0) {
      return new ColumnSummary(missing, true, Double.NaN, Double.NaN, Double.NaN, new int[BINS], 0, List.of());
    }
    Arrays.sort(v, 0, n);
    double min = v[0];
    double max = v[n - 1];
    double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    int[] hist = new int[BINS];
    double width = (max - min) / BINS;
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      int b = width > 0 ? (int) ((v[i] - min) / width) : 0;
      hist[Math.min(BINS - 1, Math.max(0, b))]++;
      if ((i == 0 || v[i] != v[i - 1]) && distinct < DISTINCT_CAP) {
        distinct++;
      }
    }
    return new ColumnSummary(missing, true, min, median, max, hist, distinct, List.of());
  }
}
