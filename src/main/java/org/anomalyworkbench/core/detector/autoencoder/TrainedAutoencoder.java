package org.anomalyworkbench.core.detector.autoencoder;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.project.ModelArchive;

/** A fitted {@link AutoencoderDetector}: scores rows by their mean squared reconstruction error. */
final class TrainedAutoencoder implements TrainedDetector {
  static final String NETWORK = "network.zip";
  static final String META = "autoencoder.json";

  /** What is saved next to the network. */
  record Meta(int inputs, double inputClip) {
  }

  private final DenseAutoencoder model;

  TrainedAutoencoder(DenseAutoencoder model) {
    this.model = model;
  }

  @Override
  public String detectorId() {
    return AutoencoderDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    return model.scores(data);
  }

  @Override
  public ScoreSemantics semantics() {
    return ScoreSemantics.nonNegative("reconstruction error (MSE)",
        "Mean squared difference between the prepared row and the autoencoder's reconstruction of it; "
            + "rows unlike the training data reconstruct badly.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(model.inputs(), model.clip()));
    out.putBytes(NETWORK, model.networkBytes());
  }

  static TrainedAutoencoder load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    return new TrainedAutoencoder(DenseAutoencoder.fromBytes(in.bytes(NETWORK), NETWORK, meta.inputs(), meta.inputClip()));
  }
}
