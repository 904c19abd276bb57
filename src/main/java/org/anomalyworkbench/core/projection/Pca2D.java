package org.anomalyworkbench.core.projection;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Principal component analysis down to two dimensions, for the results scatter plot. Each
 * input column is standardised first (zero mean, unit variance), so that a feature measured in
 * large units does not dominate the picture; the two leading eigenvectors of the correlation
 * matrix are found by orthogonal (subspace) iteration, which is exact enough for a plot and
 * costs O(rows x features^2) for the covariance plus O(features^2) per iteration.
 *
 * <p>Missing values ({@code NaN}) are replaced by the column mean, i.e. projected to 0 on
 * that feature.
 */
public final class Pca2D {
  private static final int MAX_ITERATIONS = 500;
  private static final double TOLERANCE = 1e-10;

  private final double[] mean;
  private final double[] scale;
  private final double[][] components;
  private final double[] explainedVariance;

  private Pca2D(double[] mean, double[] scale, double[][] components, double[] explainedVariance) {
    this.mean = mean;
    this.scale = scale;
    this.components = components;
    this.explainedVariance = explainedVariance;
  }

  /**
   * Fits the projection on column-major data.
   *
   * @param columns one array per feature, all of the same length; at least one feature
   */
  public static Pca2D fit(double[][] columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("PCA needs at least one numeric feature column.");
    }
    int d = columns.length;
    int n = columns[0].length;
    for (double[] c : columns) {
      if (c.length != n) {
        throw new IllegalArgumentException("All columns must have the same length.");
      }
    }
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int f = 0; f < d; f++) {
      double[] stats = meanAndSd(columns[f]);
      mean[f] = stats[0];
      scale[f] = stats[1] > 1e-12 ? stats[1] : 1;
    }
    double[][] cov = covariance(columns, mean, scale);
    double total = 0;
    for (int f = 0; f < d; f++) {
      total += cov[f][f];
    }
    double[][] vectors = leadingEigenvectors(cov, Math.min(2, d));
    double[] explained = new double[2];
    for (int k = 0; k < vectors.length; k++) {
      explained[k] = total > 0 ? rayleigh(cov, vectors[k]) / total : 0;
    }
    double[][] comps = new double[2][];
    comps[0] = vectors[0];
    comps[1] = vectors.length > 1 ? vectors[1] : new double[d];
    return new Pca2D(mean, scale, comps, explained);
  }

  /** Projects column-major data (same features as fitted) to interleaved x,y pairs. */
  public float[] project(double[][] columns) {
    int d = mean.length;
    if (columns.length != d) {
      throw new IllegalArgumentException("Expected " + d + " columns, got " + columns.length);
    }
    int n = d == 0 ? 0 : columns[0].length;
    float[] out = new float[2 * n];
    double[] x = new double[n];
    double[] y = new double[n];
    for (int f = 0; f < d; f++) {
      double[] col = columns[f];
      double m = mean[f];
      double s = scale[f];
      double a = components[0][f];
      double b = components[1][f];
      for (int r = 0; r < n; r++) {
        double v = col[r];
        double z = Double.isNaN(v) ? 0 : (v - m) / s;
        x[r] += z * a;
        y[r] += z * b;
      }
    }
    for (int r = 0; r < n; r++) {
      out[2 * r] = (float) x[r];
      out[2 * r + 1] = (float) y[r];
    }
    return out;
  }

  /** The unit-length component {@code k} (0 or 1) in standardised feature space. */
  public double[] component(int k) {
    return components[k].clone();
  }

  /** Fraction of the total standardised variance that component {@code k} explains. */
  public double explainedVariance(int k) {
    return explainedVariance[k];
  }

  private static double[] meanAndSd(double[] c) {
    double sum = 0;
    int count = 0;
    for (double v : c) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    double m = count == 0 ? 0 : sum / count;
    double ss = 0;
    for (double v : c) {
      if (!Double.isNaN(v)) {
        ss += (v - m) * (v - m);
      }
    }
    return new double[] {m, count < 2 ? 0 : Math.sqrt(ss / (count - 1))};
  }

  private static double[][] covariance(double[][] columns, double[] mean, double[] scale) {
    int d = columns.length;
    int n = columns[0].length;
    double[][] cov = new double[d][d];
    // Block over rows so the standardised block stays in cache while all pairs are summed.
    int block = 4096;
    double[][] z = new double[d][block];
    for (int from = 0; from < n; from += block) {
      int len = Math.min(block, n - from);
      for (int f = 0; f < d; f++) {
        double[] col = columns[f];
        double[] zf = z[f];
        for (int i = 0; i < len; i++) {
          double v = col[from + i];
          zf[i] = Double.isNaN(v) ? 0 : (v - mean[f]) / scale[f];
        }
      }
      for (int a = 0; a < d; a++) {
        double[] za = z[a];
        for (int b = a; b < d; b++) {
          double[] zb = z[b];
          double s = 0;
          for (int i = 0; i < len; i++) {
            s += za[i] * zb[i];
          }
          cov[a][b] += s;
        }
      }
    }
    double denom = Math.max(1, n - 1);
    for (int a = 0; a < d; a++) {
      for (int b = a; b < d; b++) {
        cov[a][b] /= denom;
        cov[b][a] = cov[a][b];
      }
    }
    return cov;
  }

  /** Orthogonal iteration: multiply k vectors by the matrix and re-orthonormalise until stable. */
  private static double[][] leadingEigenvectors(double[][] m, int k) {
    int d = m.length;
    SplittableRandom rnd = new SplittableRandom(42);
    double[][] v = new double[k][d];
    for (double[] vec : v) {
      for (int i = 0; i < d; i++) {
        vec[i] = rnd.nextDouble(-1, 1);
      }
    }
    orthonormalise(v);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      double[][] next = new double[k][];
      for (int j = 0; j < k; j++) {
        next[j] = multiply(m, v[j]);
      }
      orthonormalise(next);
      double change = 0;
      for (int j = 0; j < k; j++) {
        change = Math.max(change, 1 - Math.abs(dot(next[j], v[j])));
      }
      v = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    // Sort by eigenvalue and fix the sign (largest |loading| positive) so plots are stable.
    Arrays.sort(v, (a, b) -> Double.compare(rayleigh(m, b), rayleigh(m, a)));
    for (double[] vec : v) {
      int arg = 0;
      for (int i = 1; i < d; i++) {
        if (Math.abs(vec[i]) > Math.abs(vec[arg])) {
          arg = i;
        }
      }
      if (vec[arg] < 0) {
        for (int i = 0; i < d; i++) {
          vec[i] = -vec[i];
        }
      }
    }
    return v;
  }

  private static void orthonormalise(double[][] v) {
    for (int j = 0; j < v.length; j++) {
      for (int p = 0; p < j; p++) {
        double c = dot(v[j], v[p]);
        for (int i = 0; i < v[j].length; i++) {
          v[j][i] -= c * v[p][i];
        }
      }
      double norm = Math.sqrt(dot(v[j], v[j]));
      if (norm < 1e-300) {
        // Degenerate (rank-deficient) direction: any unit vector orthogonal to the rest will do.
        Arrays.fill(v[j], 0);
        v[j][j % v[j].length] = 1;
        for (int p = 0; p < j; p++) {
          double c = dot(v[j], v[p]);
          for (int i = 0; i < v[j].length; i++) {
            v[j][i] -= c * v[p][i];
          }
        }
        norm = Math.sqrt(dot(v[j], v[j]));
      }
      for (int i = 0; i < v[j].length; i++) {
        v[j][i] /= norm;
      }
    }
  }

  private static double[] multiply(double[][] m, double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < m.length; i++) {
      out[i] = dot(m[i], v);
    }
    return out;
  }

  private static double rayleigh(double[][] m, double[] v) {
    return dot(v, multiply(m, v)) / dot(v, v);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
