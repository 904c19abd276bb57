package org.anomalyworkbench.core.detector.convae;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * Convolutional autoencoder for images: stride-2 convolutions encode an image to a small linear
 * code, upsampling and convolutions rebuild it, and an image's score is its summed squared
 * reconstruction error; the per-pixel squared error is the explanation (the error map). Images
 * unlike the training images rebuild badly (Masci et al., "Stacked Convolutional Auto-Encoders",
 * ICANN 2011; the reconstruction baseline of Ruff et al., "Deep One-Class Classification", ICML
 * 2018). Trained by hand-written passes ({@link ConvPass}), not DL4J's layers, for speed.
 *
 * <p>How the defaults were chosen (one-class MNIST, each digit normal in turn, docs/BENCHMARKS.md
 * "Images"; prototyped in PyTorch, then measured here: mean ROC-AUC 0.958 against 0.946 for the
 * dense autoencoder and PCA's 0.945): a linear output, because a sigmoid output collapsed to a
 * blank image on digit 1 in every run; batch 32, because ~800 training images give too few steps
 * at 128; and the residual averaged over 3x3 pixels before squaring ({@code errorBlur=1}), which
 * forgives strokes drawn a pixel off and raised the hard digits (2, 3, 8) by 0.02-0.06.
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
