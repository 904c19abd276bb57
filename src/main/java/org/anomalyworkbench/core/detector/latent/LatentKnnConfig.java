package org.anomalyworkbench.core.detector.latent;

import java.util.List;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.autoencoder.AutoencoderConfig;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the latent k-NN detector: the autoencoder that learns the embedding (same
 * meaning as in {@link AutoencoderConfig}) plus the neighbour search.
 *
 * @param k neighbours whose mean distance is the score
 * @param maxReference training rows kept as the reference set (seeded uniform subsample); this
 *     bounds model size and scoring time (each scored row is compared with every reference row)
 */
public record LatentKnnConfig(
    @Param(label = "Neighbours (k)", description = "The score is the mean distance to this many nearest "
        + "training rows in the embedding.", min = 1, max = 1000)
    int k,
    @Param(label = "Max reference rows", description = "Training rows kept for the neighbour search "
        + "(seeded subsample); scoring time grows with it.", min = 1, max = 1_000_000)
    int maxReference,
    @Param(label = "Hidden layers", description = "Encoder layer sizes towards the bottleneck (the embedding), "
        + "e.g. 16,8. Empty: derived from the number of features.", min = 1, max = 4096)
    List<Integer> hiddenLayers,
    @Param(label = "Activation", description = NetworkParamTexts.ACTIVATION)
    HiddenActivation activation,
    @Param(label = "Epochs", description = NetworkParamTexts.EPOCHS, min = 1, max = 10_000)
    int epochs,
    @Param(label = "Minimum steps", description = NetworkParamTexts.MIN_STEPS,
        min = 0, max = 10_000_000)
    int minSteps,
    @Param(label = "Batch size", description = NetworkParamTexts.BATCH_SIZE, min = 1, max = 65_536)
    int batchSize,
    @Param(label = "Learning rate", description = NetworkParamTexts.LEARNING_RATE,
        min = 1e-7, max = 10)
    double learningRate,
    @Param(label = "L2", description = NetworkParamTexts.L2, min = 0, max = 1)
    double l2,
    @Param(label = "Input clip", description = "Inputs are clipped to +-this many standardized units "
        + "before embedding (0 = off).", min = 0, max = 1000)
    double inputClip,
    @Param(label = "Patience", description = NetworkParamTexts.PATIENCE,
        min = 0, max = 10_000)
    int patience,
    @Param(label = "Max training rows", description = "Larger training sets are subsampled (seeded) to this "
        + "many rows for training the autoencoder.", min = 16, max = 100_000_000)
    int maxTrainingRows) implements DetectorConfig {

  public LatentKnnConfig {
    hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(LatentKnnConfig.class, k, maxReference, hiddenLayers, activation, epochs,
        minSteps, batchSize, learningRate, l2, inputClip, patience, maxTrainingRows);
  }


  /**
   * The defaults: k = 10, 10,000 reference rows, and the autoencoder's defaults without dropout,
   * input noise or input clipping.
   */
  public static LatentKnnConfig defaults() {
    AutoencoderConfig ae = AutoencoderConfig.defaults();
    // No input clip: clipped extremes collapse onto the clip boundary and look like a dense cluster.
    return new LatentKnnConfig(10, 10_000, ae.hiddenLayers(), ae.activation(), ae.epochs(), ae.minSteps(),
        ae.batchSize(), ae.learningRate(), ae.l2(), 0.0, ae.patience(), ae.maxTrainingRows());
  }

  /**
   * The autoencoder part of these settings for {@code inputs} features: one network, no dropout
   * or input noise (a stable embedding), with {@link #layersFor(int)} when no layers are given.
   */
  public AutoencoderConfig autoencoderFor(int inputs) {
    List<Integer> layers = hiddenLayers.isEmpty() ? layersFor(inputs) : hiddenLayers;
    return toAutoencoder(layers, activation, epochs, minSteps, batchSize, learningRate, l2, inputClip, patience,
        maxTrainingRows);
  }

  /**
   * The default encoder: a bottleneck of half the input width (2 to 32 units), after a hidden
   * layer of the geometric mean of the two, e.g. 3 -> [2], 8 -> [6, 4], 21 -> [15, 11],
   * 64 -> [45, 32]. Wider than the autoencoder detector's: there a narrow bottleneck forces
   * reconstruction errors, here the embedding must keep enough of the row for distances to
   * separate anomalies (on the synthetic test data a square-root bottleneck gave AUC 0.67,
   * half the width 0.96).
   */
  public static List<Integer> layersFor(int inputs) {
    int bottleneck = Math.max(2, Math.min(32, (int) Math.ceil(inputs / 2.0)));
    int hidden = Math.min(64, (int) Math.round(Math.sqrt((double) inputs * bottleneck)));
    return hidden > bottleneck ? List.of(hidden, bottleneck) : List.of(bottleneck);
  }

  private static AutoencoderConfig toAutoencoder(List<Integer> hiddenLayers, HiddenActivation activation,
      int epochs, int minSteps, int batchSize, double learningRate, double l2, double inputClip, int patience,
      int maxTrainingRows) {
    return new AutoencoderConfig(hiddenLayers, activation, epochs, minSteps, batchSize, learningRate, 0.0, l2, 0.0,
        inputClip, patience, maxTrainingRows, 1);
  }
}
