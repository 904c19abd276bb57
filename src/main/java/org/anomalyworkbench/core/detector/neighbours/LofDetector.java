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
 * Local outlier factor (Breunig, Kriegel, Ng and Sander, SIGMOD 2000), in novelty mode: the
 * k-distances and local reachability densities of the training rows are fitted once; any row,
 * new or old, is scored by the ratio of its neighbours' density to its own, so a row in a
 * sparse spot next to a dense cluster stands out even where a global distance would not.
 * Training rows are scored leaving themselves out, as scikit-learn's {@code negative_outlier_factor_}.
 */
public final class LofDetector implements Detector<LofConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "lof";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Local outlier factor";
  }

  @Override
  public String description() {
    return "Compares the density around a row with the density around its k nearest training rows: about 1 "
        + "inside a cluster, well above 1 for a row in a sparse spot beside a dense one. Finds local anomalies "
        + "that global distances miss; sensitive to scaling.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public LofConfig defaultConfig() {
    return LofConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, LofConfig config, TrainingContext context) {
    long started = System.nanoTime();
    NeighbourIndex index = ReferenceRows.fit(data, config.maxReference(), context.seed(), displayName());
    context.cancel().throwIfCancelled();
    TrainedLof trained = TrainedLof.fit(index, config, data.featureNames());
    context.listener().onMessage(String.format(Locale.ROOT,
        "Fitted the densities of %,d reference rows (%,d distinct) in %.2f s.", index.rows(), index.size(),
        (System.nanoTime() - started) / 1e9));
    return trained;
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, LofConfig config) throws IOException {
    return TrainedLof.load(in, config);
  }
}
