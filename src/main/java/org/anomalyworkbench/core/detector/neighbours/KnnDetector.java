package org.anomalyworkbench.core.detector.neighbours;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * k-nearest-neighbour distance (Ramaswamy, Rastogi and Shim, SIGMOD 2000; Angiulli and Pizzuti
 * 2002 for the mean): a row far from its nearest training rows is anomalous. Exact search in the
 * prepared (scaled) feature space; the training rows are the reference, a training row is not
 * its own neighbour. The plain distance-based reference every tool is compared with.
 */
public final class KnnDetector implements Detector<KnnConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "knn";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "k nearest neighbours";
  }

  @Override
  public String description() {
    return "Distance to the k-th nearest training row (or the mean of the k nearest) in the scaled feature "
        + "space: isolated rows score high. Exact search; a strong reference for local anomalies, sensitive to "
        + "scaling. Contributions show which features separate a row from its neighbours.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public KnnConfig defaultConfig() {
    return KnnConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, KnnConfig config, TrainingContext context) {
    long started = System.nanoTime();
    NeighbourIndex index = ReferenceRows.fit(data, config.maxReference(), context.seed(), displayName());
    context.listener().onMessage(String.format(Locale.ROOT, "Indexed %,d reference rows (%,d distinct) in %.2f s.",
        index.rows(), index.size(), (System.nanoTime() - started) / 1e9));
    return new TrainedKnn(index, config, data.featureNames());
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, KnnConfig config) throws IOException {
    return TrainedKnn.load(in, config);
  }
}
