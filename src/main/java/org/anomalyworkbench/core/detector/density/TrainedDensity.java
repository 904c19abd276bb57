package org.anomalyworkbench.core.detector.density;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link DensityDetector}: a Gaussian mixture or a kernel density. Contributions: for
 * the mixture, each feature's part of the Mahalanobis term of the component that explains the
 * row best ({@code 0.5 |r_j (S^-1 r)_j|}); for the kernel density, the score spread over the
 * features by their squared distance to the nearest reference row.
 */
final class TrainedDensity implements TrainedDetector {
  static final String META = "density.json";
  static final String REFERENCE = "kde-reference.f32";

  /** Everything but the kernel density's reference rows, as JSON. */
  record State(List<String> featureNames, int dims, boolean full, double[] weights, double[][] means,
      double[][] covariance, double bandwidth) {
  }

  private final GaussianMixture mixture;
  private final KernelDensity kernel;
  private final int dims;
  private final List<String> featureNames;

  TrainedDensity(GaussianMixture mixture, KernelDensity kernel, int dims, List<String> featureNames) {
    this.mixture = mixture;
    this.kernel = kernel;
    this.dims = dims;
    this.featureNames = List.copyOf(featureNames);
  }

  /** Features (or latent coordinates) the density is defined on. */
  int dims() {
    return dims;
  }

  @Override
  public String detectorId() {
    return DensityDetector.ID;
  }

  @Override
  public Scores score(PreparedData data) {
    if (data.columns() != dims) {
      throw new IllegalArgumentException("The density was fitted on " + dims + " prepared features, but the data has "
          + data.columns() + ".");
    }
    int n = data.rows();
    double[] scores = new double[n];
    float[] contributions = new float[n * dims];
    float[] x = data.values();
    if (mixture != null) {
      java.util.stream.IntStream.range(0, n).parallel().forEach(r -> {
        scores[r] = -mixture.logDensity(x, r * dims);
        double[] terms = new double[dims];
        mixture.explain(x, r * dims, terms);
        for (int j = 0; j < dims; j++) {
          contributions[r * dims + j] = (float) terms[j];
        }
      });
    } else {
      double[] s = kernel.negativeLogDensity(x);
      System.arraycopy(s, 0, scores, 0, n);
      nearestShares(x, n, scores, contributions);
    }
    return new Scores(scores, contributions, data.featureNames());
  }

  private void nearestShares(float[] x, int n, double[] scores, float[] out) {
    float[] ref = kernel.reference();
    int m = ref.length / dims;
    java.util.stream.IntStream.range(0, n).parallel().forEach(q -> {
      int best = -1;
      double bestD = Double.POSITIVE_INFINITY;
      for (int r = 0; r < m; r++) {
        double s = 0;
        for (int j = 0; j < dims; j++) {
          double e = x[q * dims + j] - ref[r * dims + j];
          s += e * e;
        }
        if (s > 0 && s < bestD) {
          bestD = s;
          best = r;
        }
      }
      double magnitude = Math.abs(scores[q]);
      for (int j = 0; j < dims; j++) {
        double e = best < 0 ? 0 : x[q * dims + j] - ref[best * dims + j];
        out[q * dims + j] = (float) (bestD > 0 && best >= 0 ? magnitude * e * e / bestD : magnitude / dims);
      }
    });
  }

  @Override
  public ScoreSemantics semantics() {
    String what = mixture != null ? "Gaussian mixture of " + mixture.components + " component"
        + (mixture.components == 1 ? "" : "s") : "kernel density (bandwidth " + String.format(java.util.Locale.ROOT,
            "%.3g", kernel.bandwidth) + ")";
    return new ScoreSemantics("negative log density", "Minus the log density of the row under a " + what
        + " fitted to the training rows; higher = rarer. Can be negative where the density exceeds 1.",
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    if (mixture != null) {
      out.putJson(META, new State(featureNames, dims, mixture.full, mixture.weights, mixture.means,
          mixture.covariance, Double.NaN));
    } else {
      out.putJson(META, new State(featureNames, dims, false, null, null, null, kernel.bandwidth));
      out.putFloats(REFERENCE, kernel.reference());
    }
  }

  static TrainedDensity load(ModelArchive.Reader in) throws IOException {
    State s = in.json(META, State.class);
    if (s.dims() < 1 || s.featureNames() == null || s.featureNames().size() != s.dims()) {
      throw new IOException("The density model's feature list is damaged; train again.");
    }
    if (s.weights() == null) {
      float[] reference = in.floats(REFERENCE);
      if (reference.length == 0 || reference.length % s.dims() != 0 || !(s.bandwidth() > 0)) {
        throw new IOException("The kernel density's reference rows are damaged; train again.");
      }
      return new TrainedDensity(null, new KernelDensity(reference, s.dims(), s.bandwidth()), s.dims(),
          s.featureNames());
    }
    int k = s.weights().length;
    int covSize = s.full() ? s.dims() * s.dims() : s.dims();
    if (k < 1 || s.means() == null || s.means().length != k || s.covariance() == null || s.covariance().length != k
        || java.util.Arrays.stream(s.means()).anyMatch(m -> m == null || m.length != s.dims())
        || java.util.Arrays.stream(s.covariance()).anyMatch(c -> c == null || c.length != covSize)) {
      throw new IOException("The Gaussian mixture in the model file is damaged; train again.");
    }
    return new TrainedDensity(new GaussianMixture(s.full(), s.weights(), s.means(), s.covariance()), null, s.dims(),
        s.featureNames());
  }
}
