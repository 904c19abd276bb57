package org.anomalyworkbench.core.detector.statistical;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted per-feature deviation model: each feature has a center and a positive scale, a
 * row's per-feature deviation is {@code |x - center| / scale}, and its score combines those
 * with an {@link Aggregation}. The z-score detector (mean, standard deviation) and the MAD
 * detector (median, MAD-based sigma) are both this model with different fitted values.
 * Non-finite inputs propagate: a NaN feature gives a NaN score.
 */
final class DeviationModel implements TrainedDetector {
  private static final String CENTER = "center.bin";
  private static final String SCALE = "scale.bin";
  private static final String FEATURES = "features.json";

  private final String detectorId;
  private final List<String> featureNames;
  private final double[] center;
  private final double[] scale;
  private final Aggregation aggregation;
  private final ScoreSemantics semantics;

  DeviationModel(String detectorId, List<String> featureNames, double[] center, double[] scale,
      Aggregation aggregation, ScoreSemantics semantics) {
    this.detectorId = detectorId;
    this.featureNames = List.copyOf(featureNames);
    this.center = center;
    this.scale = scale;
    this.aggregation = aggregation;
    this.semantics = semantics;
    for (double s : scale) {
      if (!(s > 0) || !Double.isFinite(s)) {
        throw new IllegalArgumentException("scale must be positive and finite, got " + s);
      }
    }
  }

  @Override
  public String detectorId() {
    return detectorId;
  }

  @Override
  public Scores score(PreparedData data) {
    DataChecks.requireSameFeatures(featureNames, data);
    int n = data.rows();
    int d = data.columns();
    float[] x = data.values();
    double[] out = new double[n];
    float[] contributions = new float[n * d];
    double[] dev = new double[d];
    for (int r = 0; r < n; r++) {
      int base = r * d;
      for (int f = 0; f < d; f++) {
        dev[f] = Math.abs(x[base + f] - center[f]) / scale[f];
        contributions[base + f] = (float) dev[f];
      }
      out[r] = aggregation.combine(dev, d);
    }
    return new Scores(out, contributions, featureNames);
  }

  @Override
  public ScoreSemantics semantics() {
    return semantics;
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(FEATURES, featureNames);
    out.putDoubles(CENTER, center);
    out.putDoubles(SCALE, scale);
  }

  /** Reads what {@link #save} wrote; the aggregation and semantics come from the config. */
  static DeviationModel load(ModelArchive.Reader in, String detectorId, Aggregation aggregation,
      ScoreSemantics semantics) throws IOException {
    List<String> names = List.of(in.json(FEATURES, String[].class));
    double[] center = in.doubles(CENTER);
    double[] scale = in.doubles(SCALE);
    if (center.length != names.size() || scale.length != names.size()) {
      throw new IOException("model file is inconsistent: " + names.size() + " features but "
          + center.length + " centers and " + scale.length + " scales");
    }
    return new DeviationModel(detectorId, names, center, scale, aggregation, semantics);
  }

  /** Per-feature centers, a copy. */
  double[] center() {
    return center.clone();
  }

  /** Per-feature scales, a copy. */
  double[] scale() {
    return scale.clone();
  }
}
