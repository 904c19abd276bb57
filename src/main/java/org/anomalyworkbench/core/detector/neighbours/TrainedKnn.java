package org.anomalyworkbench.core.detector.neighbours;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/** A fitted {@link KnnDetector}: the reference rows and the settings. */
final class TrainedKnn implements TrainedDetector {
  static final String META = "knn.json";

  /** What is saved beside the reference rows. */
  record Meta(List<String> featureNames) {
  }

  private final NeighbourIndex index;
  private final KnnConfig config;
  private final List<String> featureNames;

  TrainedKnn(NeighbourIndex index, KnnConfig config, List<String> featureNames) {
    this.index = index;
    this.config = config;
    this.featureNames = List.copyOf(featureNames);
  }

  /** Neighbours actually used: k, or fewer when the reference (less the row itself) is smaller. */
  int usedK() {
    return Math.max(1, Math.min(config.k(), index.rows() - 1));
  }

  @Override
  public String detectorId() {
    return KnnDetector.ID;
  }

  @Override
  public Scores score(PreparedData data) {
    ReferenceRows.checkColumns(data, index.dims(), featureNames, "k nearest neighbours");
    int k = usedK();
    Neighbours nn = index.nearest(data.values(), k, true);
    double[] scores = new double[data.rows()];
    for (int r = 0; r < scores.length; r++) {
      if (config.distance() == KnnConfig.KnnDistance.KTH) {
        scores[r] = nn.distance(r, k - 1);
      } else {
        double sum = 0;
        for (int i = 0; i < k; i++) {
          sum += nn.distance(r, i);
        }
        scores[r] = sum / k;
      }
    }
    return new Scores(scores, ReferenceRows.contributions(data, index, nn, k, scores), data.featureNames());
  }

  @Override
  public ScoreSemantics semantics() {
    String what = config.distance() == KnnConfig.KnnDistance.KTH
        ? "distance to the " + usedK() + "-th nearest training row" : "mean distance to the " + usedK()
            + " nearest training rows";
    return ScoreSemantics.nonNegative(what, "Euclidean " + what + " in the scaled feature space; rows far from "
        + "every training row score high.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(featureNames));
    ReferenceRows.save(index, out);
  }

  static TrainedKnn load(ModelArchive.Reader in, KnnConfig config) throws IOException {
    Meta meta = in.json(META, Meta.class);
    return new TrainedKnn(ReferenceRows.load(in, meta.featureNames().size()), config, meta.featureNames());
  }
}
