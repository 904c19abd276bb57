package org.anomalyworkbench.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Seeded synthetic data with known anomalies, for tests, the built-in sample and benchmarks.
 * Normal rows lie near a low-dimensional linear manifold (correlated features, as in real
 * sensor data) plus noise; anomalies are either far off in a few features or break the
 * correlation structure while staying in range.
 */
public final class SyntheticData {
  private SyntheticData() {
  }

  /**
   * A prepared matrix with labels (1 = injected anomaly).
   *
   * @param rows total rows
   * @param features feature columns (at least 2)
   * @param anomalyRate fraction of rows that are anomalies
   * @param seed random seed
   */
  public static PreparedData matrix(int rows, int features, double anomalyRate, long seed) {
    Generated g = generate(rows, features, anomalyRate, seed);
    List<String> names = new ArrayList<>();
    for (int f = 0; f < features; f++) {
      names.add("x" + (f + 1));
    }
    return new PreparedData(g.values, names, g.labels);
  }

  /** The same data as a {@link Dataset} with a {@code label} column, roles set. */
  public static Dataset dataset(String name, int rows, int features, double anomalyRate, long seed) {
    Generated g = generate(rows, features, anomalyRate, seed);
    Table t = Table.create(name);
    List<ColumnInfo> infos = new ArrayList<>();
    for (int f = 0; f < features; f++) {
      double[] col = new double[rows];
      for (int r = 0; r < rows; r++) {
        col[r] = g.values[r * features + f];
      }
      String n = "x" + (f + 1);
      t.addColumns(DoubleColumn.create(n, col));
      infos.add(new ColumnInfo(n, ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, rows));
    }
    t.addColumns(IntColumn.create("label", g.labels));
    infos.add(new ColumnInfo("label", ColumnKind.NUMERIC, ColumnRole.LABEL, 0, 2));
    return new Dataset(name, null, t, new Schema(infos));
  }

  private record Generated(float[] values, int[] labels) {
  }

  private static Generated generate(int rows, int features, double anomalyRate, long seed) {
    if (features < 2) {
      throw new IllegalArgumentException("need at least 2 features");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int latent = Math.max(1, features / 4);
    double[][] loading = new double[latent][features];
    for (double[] row : loading) {
      for (int f = 0; f < features; f++) {
        row[f] = rnd.nextDouble(-1, 1);
      }
    }
    double[] offset = new double[features];
    double[] scale = new double[features];
    for (int f = 0; f < features; f++) {
      offset[f] = rnd.nextDouble(-5, 5);
      scale[f] = rnd.nextDouble(0.5, 3);
    }
    float[] v = new float[rows * features];
    int[] labels = new int[rows];
    int anomalies = (int) Math.round(rows * anomalyRate);
    for (int r = 0; r < rows; r++) {
      boolean anomalous = r < anomalies;
      double[] z = new double[latent];
      for (int k = 0; k < latent; k++) {
        z[k] = gaussian(rnd);
      }
      for (int f = 0; f < features; f++) {
        double x = 0;
        for (int k = 0; k < latent; k++) {
          x += z[k] * loading[k][f];
        }
        x += 0.1 * gaussian(rnd);
        v[r * features + f] = (float) (offset[f] + scale[f] * x);
      }
      if (anomalous) {
        labels[r] = 1;
        if (r % 2 == 0) {
          int f = rnd.nextInt(features);
          v[r * features + f] += (float) (scale[f] * (rnd.nextBoolean() ? 4 : -4) * (1 + rnd.nextDouble()));
        } else {
          for (int f = 0; f < features; f++) {
            v[r * features + f] = (float) (offset[f] + scale[f] * gaussian(rnd) * 1.2);
          }
        }
      }
    }
    shuffle(v, labels, features, rnd);
    return new Generated(v, labels);
  }

  private static void shuffle(float[] v, int[] labels, int d, SplittableRandom rnd) {
    float[] tmp = new float[d];
    for (int i = labels.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      System.arraycopy(v, i * d, tmp, 0, d);
      System.arraycopy(v, j * d, v, i * d, d);
      System.arraycopy(tmp, 0, v, j * d, d);
      int l = labels[i];
      labels[i] = labels[j];
      labels[j] = l;
    }
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    double w = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }
}
