package org.anomalyworkbench.core.detector.neighbours;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link LofDetector}: the reference rows with each distinct point's k-distance and
 * local reachability density (lrd). For a row q with neighbours N(q):
 * {@code lrd(q) = 1 / (mean over o in N(q) of max(kdist(o), d(q, o)) + 1e-10)} and
 * {@code LOF(q) = mean over o in N(q) of lrd(o) / lrd(q)}; the 1e-10 is scikit-learn's guard
 * for rows whose neighbours coincide with them.
 */
final class TrainedLof implements TrainedDetector {
  static final String META = "lof.json";
  static final String K_DISTANCE = "k-distance.f32";
  static final String LRD = "lrd.f64";
  private static final double EPSILON = 1e-10;

  /** What is saved beside the reference rows. */
  record Meta(List<String> featureNames, int k) {
  }

  private final NeighbourIndex index;
  private final int k;
  private final float[] kDistance;
  private final double[] lrd;
  private final List<String> featureNames;

  private TrainedLof(NeighbourIndex index, int k, float[] kDistance, double[] lrd, List<String> featureNames) {
    this.index = index;
    this.k = k;
    this.kDistance = kDistance;
    this.lrd = lrd;
    this.featureNames = List.copyOf(featureNames);
  }

  static TrainedLof fit(NeighbourIndex index, LofConfig config, List<String> featureNames) {
    int k = Math.max(1, Math.min(config.k(), index.rows() - 1));
    // Each distinct point is its own query, leaving one copy of itself out.
    Neighbours nn = index.nearest(index.points(), k, true);
    int n = index.size();
    float[] kDistance = new float[n];
    for (int p = 0; p < n; p++) {
      kDistance[p] = nn.distance(p, k - 1);
    }
    double[] lrd = new double[n];
    for (int p = 0; p < n; p++) {
      lrd[p] = reachabilityDensity(nn, p, k, kDistance);
    }
    return new TrainedLof(index, k, kDistance, lrd, featureNames);
  }

  private static double reachabilityDensity(Neighbours nn, int q, int k, float[] kDistance) {
    double sum = 0;
    for (int i = 0; i < k; i++) {
      sum += Math.max(kDistance[nn.index(q, i)], nn.distance(q, i));
    }
    return 1.0 / (sum / k + EPSILON);
  }

  @Override
  public String detectorId() {
    return LofDetector.ID;
  }

  @Override
  public Scores score(PreparedData data) {
    ReferenceRows.checkColumns(data, index.dims(), featureNames, "Local outlier factor");
    Neighbours nn = index.nearest(data.values(), k, true);
    double[] scores = new double[data.rows()];
    for (int r = 0; r < scores.length; r++) {
      double own = reachabilityDensity(nn, r, k, kDistance);
      double neighbours = 0;
      for (int i = 0; i < k; i++) {
        neighbours += lrd[nn.index(r, i)];
      }
      scores[r] = neighbours / k / own;
    }
    return new Scores(scores, ReferenceRows.contributions(data, index, nn, k, scores), data.featureNames());
  }

  @Override
  public ScoreSemantics semantics() {
    return ScoreSemantics.nonNegative("local outlier factor (k = " + k + ")", "The density around the "
        + k + " nearest training rows divided by the density around the row: about 1 inside a cluster, well "
        + "above 1 in a sparse spot beside a dense one.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(featureNames, k));
    ReferenceRows.save(index, out);
    out.putFloats(K_DISTANCE, kDistance);
    out.putDoubles(LRD, lrd);
  }

  static TrainedLof load(ModelArchive.Reader in, LofConfig config) throws IOException {
    Meta meta = in.json(META, Meta.class);
    NeighbourIndex index = ReferenceRows.load(in, meta.featureNames().size());
    float[] kDistance = in.floats(K_DISTANCE);
    double[] lrd = in.doubles(LRD);
    if (kDistance.length != index.size() || lrd.length != index.size() || meta.k() < 1) {
      throw new IOException("The model's neighbour densities do not match its " + index.size()
          + " reference points: the file is damaged; train again.");
    }
    return new TrainedLof(index, meta.k(), kDistance, lrd, meta.featureNames());
  }
}
