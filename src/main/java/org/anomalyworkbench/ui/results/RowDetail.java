package org.anomalyworkbench.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.common.Format;
import tech.tablesaw.columns.Column;

/**
 * What the detail panel shows for one row: every column's value beside the feature medians,
 * and the per-feature contributions to the row's score, largest first.
 *
 * @param row dataset row index
 * @param score the row's score
 * @param rank 1-based rank (1 = most anomalous)
 * @param label the row's label, or -1 without labels
 * @param values one line per column, in table order
 * @param contributions per prepared feature, largest first
 */
public record RowDetail(int row, double score, int rank, int label, List<Value> values, List<Contribution> contributions) {

  /**
   * One column of the row.
   *
   * @param column column name
   * @param role its role
   * @param value the cell as text ("" when missing)
   * @param median the column's median as text, or "" when not a numeric feature
   * @param deviation how far from the median, in units of the median's magnitude, or NaN
   */
  public record Value(String column, ColumnRole role, String value, String median, double deviation) {
  }

  /**
   * One prepared feature's part in the score.
   *
   * @param feature prepared feature name
   * @param amount the contribution (non-negative)
   * @param share fraction of the row's total contribution
   */
  public record Contribution(String feature, double amount, double share) {
  }

  /** Builds the detail of {@code row}. */
  public static RowDetail of(ResultsData data, int row) {
    List<Value> values = new ArrayList<>();
    for (ColumnInfo c : data.dataset().schema().columns()) {
      Column<?> col = data.dataset().table().column(c.name());
      String text = Format.cell(col, row, 5);
      Double median = data.medians().get(c.name());
      double deviation = Double.NaN;
      if (median != null && !col.isMissing(row) && col instanceof tech.tablesaw.api.NumericColumn<?> nc) {
        deviation = nc.getDouble(row) - median;
      }
      values.add(new Value(c.name(), c.role(), text, median == null ? "" : Format.number(median, 4), deviation));
    }
    float[] contrib = data.scores().contributionsOf(row);
    double total = 0;
    for (float f : contrib) {
      total += f;
    }
    List<Contribution> contributions = new ArrayList<>();
    List<String> names = data.scores().featureNames();
    for (int f = 0; f < contrib.length; f++) {
      contributions.add(new Contribution(names.get(f), contrib[f], total > 0 ? contrib[f] / total : 0));
    }
    contributions.sort(Comparator.comparingDouble(Contribution::amount).reversed());
    int label = data.labels() == null ? -1 : data.labels()[row];
    return new RowDetail(row, data.scores().value(row), data.ranked().rankOf(row) + 1, label, values, contributions);
  }
}
