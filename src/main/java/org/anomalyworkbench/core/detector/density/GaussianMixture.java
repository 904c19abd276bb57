package org.anomalyworkbench.core.detector.density;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A Gaussian mixture fitted by expectation-maximisation, with full (Cholesky-factored) or
 * diagonal covariance matrices, as scikit-learn's {@code GaussianMixture}: k-means++ seeding
 * and a few Lloyd steps for the start, {@link #REGULARISATION} added to every variance (keeps a
 * component that collapses onto repeated rows invertible), stop when the mean log-likelihood
 * gains less than {@link #TOLERANCE} per step.
 */
final class GaussianMixture {
  static final double REGULARISATION = 1e-4;
  static final double TOLERANCE = 1e-3;
  static final int MAX_ITERATIONS = 100;
  private static final double LOG_2PI = Math.log(2 * Math.PI);

  final int components;
  final int dims;
  final boolean full;
  final double[] weights;
  final double[][] means;
  /** Full: lower Cholesky factor, row-major d x d. Diagonal: the variances. */
  final double[][] covariance;
  final double[] logDet;

  GaussianMixture(boolean full, double[] weights, double[][] means, double[][] covariance) {
    this.components = weights.length;
    this.dims = means[0].length;
    this.full = full;
    this.weights = weights;
    this.means = means;
    this.covariance = covariance;
    this.logDet = new double[components];
    for (int k = 0; k < components; k++) {
      double s = 0;
      for (int j = 0; j < dims; j++) {
        s += full ? 2 * Math.log(covariance[k][j * dims + j]) : Math.log(covariance[k][j]);
      }
      logDet[k] = s;
    }
  }

  /** Fits {@code k} components to row-major {@code x} (n x d). */
  static GaussianMixture fit(float[] x, int d, int k, boolean full, long seed) {
    int n = x.length / d;
    double[][] resp = new double[n][k];
    int[] start = kMeans(x, d, k, seed);
    for (int i = 0; i < n; i++) {
      resp[i][start[i]] = 1;
    }
    GaussianMixture model = mStep(x, d, resp, full);
    double previous = Double.NEGATIVE_INFINITY;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double ll = model.eStep(x, resp) / n;
      if (Math.abs(ll - previous) < TOLERANCE) {
        break;
      }
      previous = ll;
      model = mStep(x, d, resp, full);
    }
    return model;
  }

  /** The Bayesian information criterion on {@code x}: lower is better. */
  double bic(float[] x) {
    int n = x.length / dims;
    double ll = 0;
    for (int i = 0; i < n; i++) {
      ll += logDensity(x, i * dims);
    }
    double covParams = full ? dims * (dims + 1) / 2.0 : dims;
    double params = components - 1 + components * (dims + covParams);
    return -2 * ll + params * Math.log(n);
  }

  /** Log density of the row at {@code offset}. */
  double logDensity(float[] x, int offset) {
    double[] logs = new double[components];
    for (int k = 0; k < components; k++) {
      logs[k] = Math.log(weights[k]) + logGaussian(k, x, offset, null);
    }
    return logSumExp(logs);
  }

  /** The component with the highest weighted density at the row, and its per-feature Mahalanobis terms. */
  int explain(float[] x, int offset, double[] terms) {
    int best = 0;
    double bestLog = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < components; k++) {
      double l = Math.log(weights[k]) + logGaussian(k, x, offset, null);
      if (l > bestLog) {
        bestLog = l;
        best = k;
      }
    }
    logGaussian(best, x, offset, terms);
    return best;
  }

  /**
   * Log of component k's Gaussian at the row; when {@code terms} is given it receives each
   * feature's part of the Mahalanobis term {@code 0.5 |r_j (S^-1 r)_j|}.
   */
  double logGaussian(int k, float[] x, int offset, double[] terms) {
    double[] mu = means[k];
    double[] c = covariance[k];
    double maha = 0;
    if (full) {
      double[] r = new double[dims];
      double[] z = new double[dims];
      for (int j = 0; j < dims; j++) {
        r[j] = x[offset + j] - mu[j];
      }
      // Forward substitution: L z = r, so maha = |z|^2.
      for (int i = 0; i < dims; i++) {
        double s = r[i];
        for (int j = 0; j < i; j++) {
          s -= c[i * dims + j] * z[j];
        }
        z[i] = s / c[i * dims + i];
        maha += z[i] * z[i];
      }
      if (terms != null) {
        // Back substitution: L^T y = z, so y = S^-1 r.
        double[] y = new double[dims];
        for (int i = dims - 1; i >= 0; i--) {
          double s = z[i];
          for (int j = i + 1; j < dims; j++) {
            s -= c[j * dims + i] * y[j];
          }
          y[i] = s / c[i * dims + i];
        }
        for (int j = 0; j < dims; j++) {
          terms[j] = 0.5 * Math.abs(r[j] * y[j]);
        }
      }
    } else {
      for (int j = 0; j < dims; j++) {
        double r = x[offset + j] - mu[j];
        double t = r * r / c[j];
        maha += t;
        if (terms != null) {
          terms[j] = 0.5 * t;
        }
      }
    }
    return -0.5 * (dims * LOG_2PI + logDet[k] + maha);
  }

  /** Fills the responsibilities; returns the total log-likelihood. */
  private double eStep(float[] x, double[][] resp) {
    int n = x.length / dims;
    double total = 0;
    double[] logs = new double[components];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < components; k++) {
        logs[k] = Math.log(weights[k]) + logGaussian(k, x, i * dims, null);
      }
      double lse = logSumExp(logs);
      total += lse;
      for (int k = 0; k < components; k++) {
        resp[i][k] = Math.exp(logs[k] - lse);
      }
    }
    return total;
  }

  private static GaussianMixture mStep(float[] x, int d, double[][] resp, boolean full) {
    int n = x.length / d;
    int k = resp[0].length;
    double[] weights = new double[k];
    double[][] means = new double[k][d];
    double[][] cov = new double[k][full ? d * d : d];
    for (int c = 0; c < k; c++) {
      double nk = 10 * Double.MIN_NORMAL;
      for (int i = 0; i < n; i++) {
        double r = resp[i][c];
        nk += r;
        for (int j = 0; j < d; j++) {
          means[c][j] += r * x[i * d + j];
        }
      }
      for (int j = 0; j < d; j++) {
        means[c][j] /= nk;
      }
      double[] s = cov[c];
      for (int i = 0; i < n; i++) {
        double r = resp[i][c];
        if (r == 0) {
          continue;
        }
        for (int a = 0; a < d; a++) {
          double ea = x[i * d + a] - means[c][a];
          if (full) {
            for (int b = 0; b <= a; b++) {
              s[a * d + b] += r * ea * (x[i * d + b] - means[c][b]);
            }
          } else {
            s[a] += r * ea * ea;
          }
        }
      }
      for (int a = 0; a < d; a++) {
        if (full) {
          for (int b = 0; b <= a; b++) {
            s[a * d + b] /= nk;
            s[b * d + a] = s[a * d + b];
          }
          s[a * d + a] += REGULARISATION;
        } else {
          s[a] = s[a] / nk + REGULARISATION;
        }
      }
      if (full) {
        cov[c] = cholesky(s, d);
      }
      weights[c] = nk / n;
    }
    return new GaussianMixture(full, weights, means, cov);
  }

  /** The lower Cholesky factor of a symmetric positive definite matrix (regularised further if needed). */
  static double[] cholesky(double[] a, int d) {
    double extra = 0;
    for (int attempt = 0; attempt < 12; attempt++) {
      double[] l = new double[d * d];
      boolean ok = true;
      for (int i = 0; i < d && ok; i++) {
        for (int j = 0; j <= i; j++) {
          double s = a[i * d + j] + (i == j ? extra : 0);
          for (int m = 0; m < j; m++) {
            s -= l[i * d + m] * l[j * d + m];
          }
          if (i == j) {
            if (!(s > 0)) {
              ok = false;
              break;
            }
            l[i * d + i] = Math.sqrt(s);
          } else {
            l[i * d + j] = s / l[j * d + j];
          }
        }
      }
      if (ok) {
        return l;
      }
      extra = extra == 0 ? REGULARISATION * 10 : extra * 10;
    }
    throw new IllegalStateException("A covariance matrix stayed singular after regularisation.");
  }

  /** k-means++ seeding and ten Lloyd steps; returns each row's cluster. */
  private static int[] kMeans(float[] x, int d, int k, long seed) {
    int n = x.length / d;
    SplittableRandom random = new SplittableRandom(seed);
    double[][] centres = new double[k][];
    centres[0] = row(x, d, random.nextInt(n));
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], distance2(x, d, i, centres[c - 1]));
        total += nearest[i];
      }
      double pick = random.nextDouble() * total;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= nearest[i];
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      centres[c] = row(x, d, chosen);
    }
    int[] assignment = new int[n];
    for (int step = 0; step < 10; step++) {
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          double dist = distance2(x, d, i, centres[c]);
          if (dist < bestD) {
            bestD = dist;
            best = c;
          }
        }
        assignment[i] = best;
      }
      double[][] sums = new double[k][d];
      int[] counts = new int[k];
      for (int i = 0; i < n; i++) {
        counts[assignment[i]]++;
        for (int j = 0; j < d; j++) {
          sums[assignment[i]][j] += x[i * d + j];
        }
      }
      for (int c = 0; c < k; c++) {
        if (counts[c] > 0) {
          for (int j = 0; j < d; j++) {
            centres[c][j] = sums[c][j] / counts[c];
          }
        }
      }
    }
    return assignment;
  }

  private static double[] row(float[] x, int d, int i) {
    double[] out = new double[d];
    for (int j = 0; j < d; j++) {
      out[j] = x[i * d + j];
    }
    return out;
  }

  private static double distance2(float[] x, int d, int i, double[] c) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double e = x[i * d + j] - c[j];
      s += e * e;
    }
    return s;
  }

  static double logSumExp(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (double v : values) {
      s += Math.exp(v - max);
    }
    return max + Math.log(s);
  }
}
