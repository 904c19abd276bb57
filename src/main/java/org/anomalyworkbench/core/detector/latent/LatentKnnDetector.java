package org.anomalyworkbench.core.detector.latent;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.autoencoder.DenseAutoencoder;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * Latent k-nearest-neighbour detector: trains a dense autoencoder, embeds the training rows in
 * its bottleneck, and scores a row by its mean distance to the k nearest training embeddings —
 * the k-NN outlier score of Ramaswamy et al. ("Efficient Algorithms for Mining Outliers from
 * Large Data Sets", SIGMOD 2000; mean-distance variant of Angiulli &amp; Pizzuti, PKDD 2002)
 * computed in a learned low-dimensional space, which keeps distances meaningful when there are
 * many correlated features. Catches rows that reconstruct well but lie in sparse regions.
 *
 * <p>The reference set is a seeded uniform subsample of at most {@code maxReference} training
 * rows (default 10,000), so scoring costs at most that many distance computations per row.
 * A scored row that is itself in the reference set finds itself at distance 0 as one of its k
 * neighbours (as with any k-NN score evaluated on its own training data).
 * Contributions: the row's score spread over features in proportion to their squared
 * reconstruction error.
 *
 * <p>The embedding is wider than the autoencoder detector's bottleneck (half the input width,
 * see {@link LatentKnnConfig#layersFor(int)}), linear (no saturating activation) and trained
 * without input clipping, so extreme rows stay far from normal ones. Like every k-NN score it
 * misses anomalies that form clusters larger than k (many identical attack records, a group of
 * similar molecules): those are each other's near neighbours.
 */
public final class LatentKnnDetector implements Detector<LatentKnnConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "latent-knn";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Latent k-NN (autoencoder embedding)";
  }

  @Override
  public String description() {
    return "Embeds rows with an autoencoder's bottleneck and scores each by its mean distance to the k nearest "
        + "training rows there (k-NN outlier score, Ramaswamy et al. 2000, in a learned space). Finds rows in "
        + "sparse regions even when they reconstruct well.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public LatentKnnConfig defaultConfig() {
    return LatentKnnConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, LatentKnnConfig config, TrainingContext context) {
    PreparedData rows = data.withoutLabels();
    DenseAutoencoder ae = LatentEmbedding.train(rows, config, context).autoencoder();
    PreparedData reference = TrainingRows.cap(rows, config.maxReference(), context.seed() + 4);
    return new TrainedLatentKnn(ae, new KnnIndex(ae.embed(reference), ae.bottleneckSize()), config.k());
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, LatentKnnConfig config) throws IOException {
    return TrainedLatentKnn.load(in);
  }
}
