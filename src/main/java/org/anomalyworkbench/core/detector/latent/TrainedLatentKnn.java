package org.anomalyworkbench.core.detector.latent;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.autoencoder.DenseAutoencoder;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link LatentKnnDetector}: the autoencoder, and the embeddings of the reference rows.
 */
final class TrainedLatentKnn implements TrainedDetector {
  static final String NETWORK = "network.zip";
  static final String META = "latent-knn.json";
  static final String REFERENCE = "reference.f32";

  /** What is saved next to the network and the reference embeddings. */
  record Meta(int inputs, double inputClip, int k, int embeddingSize) {
  }

  private final DenseAutoencoder autoencoder;
  private final KnnIndex index;
  private final int k;

  TrainedLatentKnn(DenseAutoencoder autoencoder, KnnIndex index, int k) {
    this.autoencoder = autoencoder;
    this.index = index;
    this.k = k;
  }

  @Override
  public String detectorId() {
    return LatentKnnDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    Nd4jMatrices.checkColumns(data, autoencoder.inputs(), "latent k-NN");
    Scores reconstruction = autoencoder.scores(data);
    double[] values = index.meanKnnDistance(autoencoder.embed(data), k);
    return new Scores(values, attribute(values, reconstruction), data.featureNames());
  }

  /**
   * Spreads each row's score over the features in proportion to their squared reconstruction
   * error: a distance in the embedding has no per-feature decomposition, but the features the
   * autoencoder cannot reproduce are the ones that moved the row away from its neighbours.
   */
  static float[] attribute(double[] scores, Scores reconstruction) {
    int d = reconstruction.featureNames().size();
    float[] errors = reconstruction.contributions();
    float[] out = new float[errors.length];
    for (int r = 0; r < scores.length; r++) {
      double total = reconstruction.value(r);
      for (int j = 0; j < d; j++) {
        int i = r * d + j;
        out[i] = total > 0 ? (float) (scores[r] * errors[i] / total) : (float) (scores[r] / d);
      }
    }
    return out;
  }

  @Override
  public ScoreSemantics semantics() {
    return ScoreSemantics.nonNegative("mean distance to " + k + " nearest neighbours (embedding)",
        "Mean Euclidean distance, in the autoencoder's bottleneck, to the " + k
            + " nearest training rows; rows far from all training rows score high.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(autoencoder.inputs(), autoencoder.clip(), k, autoencoder.bottleneckSize()));
    out.putBytes(NETWORK, autoencoder.networkBytes());
    out.putFloats(REFERENCE, index.reference());
  }

  static TrainedLatentKnn load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    DenseAutoencoder ae = DenseAutoencoder.fromBytes(in.bytes(NETWORK), NETWORK, meta.inputs(),
        meta.inputClip());
    float[] reference = in.floats(REFERENCE);
    if (reference.length == 0 || reference.length % meta.embeddingSize() != 0) {
      throw new IOException("Model entry '" + REFERENCE + "' has " + reference.length
          + " values, not a multiple of the embedding size " + meta.embeddingSize() + ": the file is damaged; retrain.");
    }
    return new TrainedLatentKnn(ae, new KnnIndex(reference, meta.embeddingSize()), meta.k());
  }
}
