package org.anomalyworkbench.core.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.anomalyworkbench.bench.Auc;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * Synthetic data on which learning the structure is the only way to find the anomalies, so that a
 * detector's quality test can tell a trained network from an untrained one.
 *
 * <p>Normal rows lie near a {@code latent}-dimensional linear manifold: {@code x = A z + noise}
 * with {@code z ~ N(0, I)}, standardized with the normal rows' mean and standard deviation.
 * An anomaly takes each feature's value from a different, randomly chosen normal row: every
 * feature keeps exactly the normal marginal distribution (in range, same mean and variance, so
 * {@code ||x||^2} and per-feature z-scores see nothing), but the correlations between features
 * are gone and the row lies off the manifold.
 */
public final class CorrelatedAnomalies {
  private CorrelatedAnomalies() {
  }

  /** {@code rows} labelled rows, {@code anomalyRate} of them anomalies, {@code features} wide. */
  public static PreparedData generate(int rows, int features, int latent, double noise, double anomalyRate,
      long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] loading = new double[latent][features];
    for (double[] row : loading) {
      for (int f = 0; f < features; f++) {
        row[f] = gaussian(rnd);
      }
    }
    double[][] normal = new double[rows][features];
    for (double[] x : normal) {
      double[] z = new double[latent];
      for (int k = 0; k < latent; k++) {
        z[k] = gaussian(rnd);
      }
      for (int f = 0; f < features; f++) {
        double v = noise * gaussian(rnd);
        for (int k = 0; k < latent; k++) {
          v += z[k] * loading[k][f];
        }
        x[f] = v;
      }
    }
    double[] mean = new double[features];
    double[] sd = new double[features];
    for (double[] x : normal) {
      for (int f = 0; f < features; f++) {
        mean[f] += x[f] / rows;
      }
    }
    for (double[] x : normal) {
      for (int f = 0; f < features; f++) {
        sd[f] += (x[f] - mean[f]) * (x[f] - mean[f]) / rows;
      }
    }
    int anomalies = (int) Math.round(rows * anomalyRate);
    float[] values = new float[rows * features];
    int[] labels = new int[rows];
    for (int r = 0; r < rows; r++) {
      // Anomalies are spread through the rows so that any slice holds some.
      boolean anomalous = anomalies > 0 && r % (int) Math.round(1 / anomalyRate) == 0
          && r / (int) Math.round(1 / anomalyRate) < anomalies;
      labels[r] = anomalous ? 1 : 0;
      for (int f = 0; f < features; f++) {
        double v = anomalous ? normal[rnd.nextInt(rows)][f] : normal[r][f];
        values[r * features + f] = (float) ((v - mean[f]) / Math.sqrt(sd[f]));
      }
    }
    List<String> names = new ArrayList<>();
    for (int f = 0; f < features; f++) {
      names.add("c" + (f + 1));
    }
    return new PreparedData(values, names, labels);
  }

  /**
   * Rows on a 2-dimensional linear manifold ({@code x = A z + noise}) whose normal points form
   * three tight clusters in {@code z}; anomalies lie on the same manifold but between the clusters,
   * followed by {@code nuisance} independent N(0, 1) features. Only a learned embedding that keeps
   * the manifold coordinates and drops the nuisance sees the gaps.
   */
  public static PreparedData clustered(int rows, int features, int nuisance, double anomalyRate, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] loading = new double[2][features];
    for (double[] row : loading) {
      for (int f = 0; f < features; f++) {
        row[f] = gaussian(rnd);
      }
    }
    double[][] centres = {{-3, -2}, {3, -2}, {0, 3}};
    int d = features + nuisance;
    float[] values = new float[rows * d];
    int[] labels = new int[rows];
    int every = (int) Math.round(1 / anomalyRate);
    for (int r = 0; r < rows; r++) {
      boolean anomalous = r % every == 0;
      labels[r] = anomalous ? 1 : 0;
      double[] z = new double[2];
      if (anomalous) {
        double nearest;
        do {
          z[0] = rnd.nextDouble(-3, 3);
          z[1] = rnd.nextDouble(-2, 3);
          nearest = Double.POSITIVE_INFINITY;
          for (double[] c : centres) {
            nearest = Math.min(nearest, Math.hypot(z[0] - c[0], z[1] - c[1]));
          }
        } while (nearest < 1.5);
      } else {
        double[] c = centres[rnd.nextInt(3)];
        z[0] = c[0] + 0.4 * gaussian(rnd);
        z[1] = c[1] + 0.4 * gaussian(rnd);
      }
      for (int f = 0; f < features; f++) {
        values[r * d + f] = (float) ((z[0] * loading[0][f] + z[1] * loading[1][f]) / 3 + 0.05 * gaussian(rnd));
      }
      for (int f = features; f < d; f++) {
        values[r * d + f] = (float) gaussian(rnd);
      }
    }
    List<String> names = new ArrayList<>();
    for (int f = 0; f < d; f++) {
      names.add((f < features ? "c" : "n") + (f + 1));
    }
    return new PreparedData(values, names, labels);
  }

  /** The standard case the detector tests use: 12 features on a 2-dimensional manifold, 5% anomalies. */
  public static PreparedData standard(int rows, long seed) {
    return generate(rows, 12, 2, 0.15, 0.05, seed);
  }

  /** ROC-AUC of the squared norm {@code ||x||^2} of each row: the reference that sees no correlations. */
  public static double squaredNormAuc(PreparedData data) {
    double[] s = new double[data.rows()];
    for (int r = 0; r < data.rows(); r++) {
      for (int f = 0; f < data.columns(); f++) {
        s[r] += (double) data.get(r, f) * data.get(r, f);
      }
    }
    return Auc.rocAuc(s, data.labels());
  }

  /**
   * ROC-AUC of the mean Euclidean distance to the {@code k} nearest normal rows of {@code reference}
   * in raw feature space (a row is not its own neighbour): the reference for embedding detectors.
   */
  public static double rawKnnAuc(PreparedData reference, PreparedData data, int k) {
    double[] s = new double[data.rows()];
    for (int r = 0; r < data.rows(); r++) {
      double[] best = new double[k];
      java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
      for (int q = 0; q < reference.rows(); q++) {
        if (reference == data && q == r) {
          continue;
        }
        double d = 0;
        for (int f = 0; f < data.columns(); f++) {
          double diff = data.get(r, f) - reference.get(q, f);
          d += diff * diff;
        }
        if (d < best[k - 1]) {
          int i = k - 1;
          while (i > 0 && best[i - 1] > d) {
            best[i] = best[i - 1];
            i--;
          }
          best[i] = d;
        }
      }
      for (double b : best) {
        s[r] += Math.sqrt(b) / k;
      }
    }
    return Auc.rocAuc(s, data.labels());
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }
}
