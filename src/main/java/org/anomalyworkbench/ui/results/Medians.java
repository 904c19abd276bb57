package org.anomalyworkbench.ui.results;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.NumericColumn;

/** Medians of a dataset's numeric feature columns, the "typical value" a row is compared to. */
public final class Medians {
  private Medians() {
  }

  /** Median per numeric feature column, ignoring missing cells; O(n log n) per column. */
  public static Map<String, Double> of(Dataset dataset) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (ColumnInfo c : dataset.schema().features()) {
      if (c.kind() == ColumnKind.NUMERIC && dataset.table().column(c.name()) instanceof NumericColumn<?> nc) {
        out.put(c.name(), median(nc));
      }
    }
    return out;
  }

  static double median(NumericColumn<?> c) {
    double[] v = new double[c.size()];
    int n = 0;
    for (int r = 0; r < c.size(); r++) {
      if (!c.isMissing(r)) {
        v[n++] = c.getDouble(r);
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    Arrays.sort(v, 0, n);
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
