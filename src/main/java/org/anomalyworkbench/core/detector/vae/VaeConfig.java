package org.anomalyworkbench.core.detector.vae;

import java.util.List;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the variational autoencoder detector.
 *
 * @param hiddenLayers encoder layer sizes (the decoder mirrors them); empty = derived from the
 *     input width by {@link #layersFor(int)}
 * @param latentSize size of the latent space z; 0 = derived by {@link #latentFor(int)}
 * @param activation activation of the encoder and decoder layers
 * @param epochs maximum passes over the training rows
 * @param minSteps small sets train for more epochs until this many batches were seen (0 = off)
 * @param batchSize rows per gradient step
 * @param learningRate Adam step size
 * @param l2 L2 weight penalty
 * @param samples Monte-Carlo samples of z per row when scoring (more = smoother scores, slower)
 * @param inputClip network inputs are clipped to +-this many standardized units while training
 *     and scoring; the likelihood is always of the unclipped row (0 = off)
 * @param patience epochs without improvement of the validation loss before stopping early (0 = off;
 *     only used when validation rows are given)
 * @param maxTrainingRows larger training sets are subsampled (seeded, uniform) to this many rows
 */
public record VaeConfig(
    @Param(label = "Hidden layers", description = "Encoder layer sizes, e.g. 32,16; the decoder mirrors them. "
        + "Empty: derived from the number of features.", min = 1, max = 4096)
    List<Integer> hiddenLayers,
    @Param(label = "Latent size", description = "Dimensions of the latent space (0 = derived from the number "
        + "of features).", min = 0, max = 1024)
    int latentSize,
    @Param(label = "Activation", description = "Activation of the encoder and decoder layers.")
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
    @Param(label = "Samples", description = "Latent samples per row when scoring; more gives smoother scores.",
        min = 1, max = 1024)
    int samples,
    @Param(label = "Input clip", description = "Network inputs are clipped to +-this many standardized units; "
        + "the likelihood is of the unclipped row (0 = off).", min = 0, max = 1000)
    double inputClip,
    @Param(label = "Patience", description = NetworkParamTexts.PATIENCE, min = 0, max = 10_000)
    int patience,
    @Param(label = "Max training rows", description = NetworkParamTexts.MAX_TRAINING_ROWS,
        min = 16, max = 100_000_000)
    int maxTrainingRows) implements DetectorConfig {

  public VaeConfig {
    hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(VaeConfig.class, hiddenLayers, latentSize, activation, epochs, minSteps, batchSize, learningRate, l2, samples, inputClip, patience, maxTrainingRows);
  }


  /**
   * The defaults, tuned on 17 classic outlier sets (see {@link VaeDetector}): derived layer sizes,
   * tanh, 20 epochs but at least 1,500 steps, batch 128, Adam 1e-3, L2 1e-5, 16 samples, inputs
   * clipped at 3 standard deviations, training capped at 20,000 rows.
   */
  public static VaeConfig defaults() {
    return new VaeConfig(List.of(), 0, HiddenActivation.TANH, 20, 1500, 128, 1e-3, 1e-5, 16, 3.0, 10, 20_000);
  }

  /** Encoder sizes used for {@code inputs} features. */
  public List<Integer> encoderFor(int inputs) {
    return hiddenLayers.isEmpty() ? layersFor(inputs) : hiddenLayers;
  }

  /** Latent size used for {@code inputs} features. */
  public int latentFor(int inputs) {
    return latentSize > 0 ? latentSize : defaultLatent(inputs);
  }

  /** Default encoder: one layer of half the input width, between 4 and 64 units. */
  public static List<Integer> layersFor(int inputs) {
    return List.of(Math.max(4, Math.min(64, (int) Math.ceil(inputs / 2.0))));
  }

  /** Default latent size: a quarter of the input width, between 2 and 16. */
  public static int defaultLatent(int inputs) {
    return Math.max(2, Math.min(16, (int) Math.ceil(inputs / 4.0)));
  }
}
