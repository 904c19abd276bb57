package org.anomalyworkbench.core.detector.convae;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.project.ModelArchive;

/**
 * Convolutional autoencoder for images: stride-2 convolutions encode an image to a small linear
 * code, upsampling and convolutions rebuild it, and an image's score is its summed squared
 * reconstruction error; the per-pixel squared error is the explanation (the error map). Images
 * unlike the training images rebuild badly (Masci et al., "Stacked Convolutional Auto-Encoders",
 * ICANN 2011; the reconstruction baseline of Ruff et al., "Deep One-Class Classification", ICML
 * 2018). Trained by hand-written passes ({@link ConvPass}), not DL4J's layers, for speed.
 */
public final class ConvAutoencoderDetector implements Detector<ConvAutoencoderConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "conv-autoencoder";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Convolutional autoencoder (images)";
  }

  @Override
  public String description() {
    return "A convolutional network learns to compress and rebuild normal images; images it rebuilds badly "
        + "score high (Masci et al. 2011). Score: summed squared reconstruction error; explanation: the "
        + "per-pixel error map.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.IMAGES);
  }

  @Override
  public ConvAutoencoderConfig defaultConfig() {
    return ConvAutoencoderConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, ConvAutoencoderConfig config, TrainingContext context) {
    return TrainedConvAutoencoder.train(data, config, context);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, ConvAutoencoderConfig config) throws IOException {
    return TrainedConvAutoencoder.load(in);
  }
}
