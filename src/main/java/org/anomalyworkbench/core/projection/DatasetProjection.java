package org.anomalyworkbench.core.projection;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.Dataset;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * A 2-D PCA picture of a dataset's numeric feature columns, one (x, y) per row, for the
 * results scatter plot. Categorical and date features are left out: the picture is a guide
 * for the eye, not a model input.
 *
 * @param xy interleaved x,y per row ({@code 2 * rows} values)
 * @param features names of the columns that went in
 * @param explainedX fraction of standardised variance along x
 * @param explainedY fraction of standardised variance along y
 */
public record DatasetProjection(float[] xy, List<String> features, double explainedX, double explainedY) {

  public DatasetProjection {
    features = List.copyOf(features);
  }

  public int rows() {
    return xy.length / 2;
  }

  public float x(int row) {
    return xy[2 * row];
  }

  public float y(int row) {
    return xy[2 * row + 1];
  }

  /**
   * Projects {@code dataset}'s numeric feature columns.
   *
   * @throws IllegalArgumentException if no feature column is numeric
   */
  public static DatasetProjection of(Dataset dataset) {
    Table t = dataset.table();
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (ColumnInfo c : dataset.schema().features()) {
      if (c.kind() != ColumnKind.NUMERIC || !(t.column(c.name()) instanceof NumericColumn<?> nc)) {
        continue;
      }
      double[] v = new double[t.rowCount()];
      for (int r = 0; r < v.length; r++) {
        v[r] = nc.isMissing(r) ? Double.NaN : nc.getDouble(r);
      }
      names.add(c.name());
      cols.add(v);
    }
    if (cols.isEmpty()) {
      throw new IllegalArgumentException("No numeric feature column to project: the scatter plot needs at least one.");
    }
    double[][] columns = cols.toArray(new double[0][]);
    Pca2D pca = Pca2D.fit(columns);
    return new DatasetProjection(pca.project(columns), names, pca.explainedVariance(0), pca.explainedVariance(1));
  }
}
