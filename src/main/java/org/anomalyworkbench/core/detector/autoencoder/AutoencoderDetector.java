package org.anomalyworkbench.core.detector.autoencoder;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * Dense autoencoder anomaly detector: a network learns to compress and reconstruct the
 * training rows through a narrow bottleneck; a row's score is its mean squared reconstruction
 * error (Hawkins et al., "Outlier Detection Using Replicator Neural Networks", DaWaK 2002;
 * Sakurada &amp; Yairi, "Anomaly Detection Using Autoencoders with Nonlinear Dimensionality
 * Reduction", MLSDA 2014). Per-feature contributions are each feature's squared error / d, so
 * they add up to the score.
 *
 * <p>How the defaults were chosen ({@code DeepTuning} in the tests, 17 ODDS/ADBench sets, fitted
 * on all rows without labels, z-scored; mean ROC-AUC, seed 1): few epochs, because longer
 * training also learns to reconstruct the anomalies (100 epochs 0.805, 20 epochs 0.825); training
 * inputs clipped while the error is measured against the unclipped row, so extreme values always
 * cost reconstruction error (clip 3: 0.830, 2: 0.833, 1.5: 0.836); a bottleneck of about sqrt(d)
 * units (0.840); at least 500 gradient steps so that sets of a few hundred rows are trained at
 * all, and dropout 0.1 (0.851). The result varies with the seed by about +-0.01 (seed 2: 0.841),
 * mostly on optdigits and pendigits. Input noise, stronger L2, ReLU, leaky ReLU, ELU, sigmoid,
 * batch 64, other learning rates and per-feature error scaling did not raise the mean over
 * seeds; averaging several networks ({@code members}) narrows the spread but not the mean.
 */
public final class AutoencoderDetector implements Detector<AutoencoderConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "autoencoder";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Autoencoder (reconstruction error)";
  }

  @Override
  public String description() {
    return "A neural network learns to compress and rebuild normal rows; rows it rebuilds badly score high "
        + "(Hawkins et al. 2002; Sakurada & Yairi 2014). Good for many correlated numeric features. "
        + "Score: mean squared reconstruction error; contributions: each feature's share of that error.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public AutoencoderConfig defaultConfig() {
    return AutoencoderConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, AutoencoderConfig config, TrainingContext context) {
    return TrainedAutoencoder.train(data, config, context);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, AutoencoderConfig config) throws IOException {
    return TrainedAutoencoder.load(in);
  }
}
