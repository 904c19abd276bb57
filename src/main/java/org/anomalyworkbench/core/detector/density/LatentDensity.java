package org.anomalyworkbench.core.detector.density;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.latent.LatentEmbedding;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A density fitted in an autoencoder's latent space (the {@code AUTOENCODER_LATENT} option of
 * {@link DensityConfig#space()}): rows are embedded by the {@link LatentEmbedding} and scored by
 * the {@link TrainedDensity} fitted to the training rows' embeddings. Contributions: the score
 * spread over the input features by squared reconstruction error, as for the latent k-NN (a
 * latent coordinate is no input feature).
 */
final class LatentDensity implements TrainedDetector {
  /** Present only in latent-density model files: what {@link DensityDetector#load} looks for. */
  static final String MARKER = "latent-density.json";

  /** The marker's content. */
  record Meta(int formatVersion) {
  }

  private final LatentEmbedding embedding;
  private final TrainedDensity density;

  LatentDensity(LatentEmbedding embedding, TrainedDensity density) {
    this.embedding = embedding;
    this.density = density;
  }

  @Override
  public String detectorId() {
    return DensityDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    if (data.columns() != embedding.inputs()) {
      throw new IllegalArgumentException("The density's autoencoder was trained on " + embedding.inputs()
          + " prepared features, but the data has " + data.columns() + ".");
    }
    double[] values = density.score(embedding.embed(data)).values();
    return new Scores(values, embedding.attribute(values, data), data.featureNames());
  }

  @Override
  public ScoreSemantics semantics() {
    ScoreSemantics inner = density.semantics();
    return new ScoreSemantics(inner.name() + " (autoencoder embedding)", inner.description().replace("the row",
        "the row's " + embedding.size() + "-dimensional autoencoder embedding"), inner.minimum(), inner.maximum());
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(MARKER, new Meta(1));
    embedding.save(out.nested("embedding"));
    density.save(out.nested("density"));
  }

  static LatentDensity load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(MARKER, Meta.class);
    if (meta.formatVersion() != 1) {
      throw new IOException("Latent density saved in an unknown format (" + meta.formatVersion() + "); train again.");
    }
    LatentEmbedding embedding = LatentEmbedding.load(in.nested("embedding"));
    TrainedDensity density = TrainedDensity.load(in.nested("density"));
    if (density.dims() != embedding.size()) {
      throw new IOException("The latent density has " + density.dims() + " dimensions but the embedding "
          + embedding.size() + "; the file is damaged, train again.");
    }
    return new LatentDensity(embedding, density);
  }
}
