package org.anomalyworkbench.core.detector.latent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.autoencoder.DenseAutoencoder;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * An autoencoder's bottleneck as a feature space, for detectors that work in a learned
 * embedding: the latent k-NN here, and the density detector's latent option. Training uses the
 * latent k-NN's settings ({@link LatentKnnConfig#autoencoderFor(int)}: half-width linear
 * bottleneck, no dropout, noise or clipping), so that extreme rows stay far from normal ones.
 */
public final class LatentEmbedding {
  private static final String NETWORK = "network.zip";
  private static final String META = "embedding.json";

  /** What is saved next to the network. */
  record Meta(int inputs, double inputClip) {
  }

  private final DenseAutoencoder autoencoder;

  LatentEmbedding(DenseAutoencoder autoencoder) {
    this.autoencoder = autoencoder;
  }

  /** Trains the autoencoder of {@code config} on {@code data} (labels ignored). */
  public static LatentEmbedding train(PreparedData data, LatentKnnConfig config, TrainingContext context) {
    PreparedData rows = data.withoutLabels();
    return new LatentEmbedding(DenseAutoencoder.train(rows, config.autoencoderFor(rows.columns()), context, true));
  }

  DenseAutoencoder autoencoder() {
    return autoencoder;
  }

  /** Features of the rows the autoencoder reads. */
  public int inputs() {
    return autoencoder.inputs();
  }

  /** Coordinates of an embedded row. */
  public int size() {
    return autoencoder.bottleneckSize();
  }

  /** {@code data}'s rows in the bottleneck, as prepared data with features {@code z1 .. zk} and no labels. */
  public PreparedData embed(PreparedData data) {
    List<String> names = new ArrayList<>();
    for (int j = 1; j <= size(); j++) {
      names.add("z" + j);
    }
    return new PreparedData(autoencoder.embed(data), names, null);
  }

  /**
   * Spreads each of {@code scores} over {@code data}'s features in proportion to the squared
   * reconstruction error: a score computed in the embedding has no per-feature decomposition,
   * but the features the autoencoder cannot reproduce are the ones that moved the row there.
   */
  public float[] attribute(double[] scores, PreparedData data) {
    return TrainedLatentKnn.attribute(scores, autoencoder.scores(data));
  }

  /** Writes the network and its settings (give a {@link ModelArchive.Writer#nested} writer to keep them apart). */
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(autoencoder.inputs(), autoencoder.clip()));
    out.putBytes(NETWORK, autoencoder.networkBytes());
  }

  /** Reads what {@link #save} wrote. */
  public static LatentEmbedding load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    if (meta.inputs() < 1) {
      throw new IOException("The embedding's settings in the model file are damaged; train again.");
    }
    return new LatentEmbedding(DenseAutoencoder.fromBytes(in.bytes(NETWORK), NETWORK, meta.inputs(),
        meta.inputClip()));
  }
}
