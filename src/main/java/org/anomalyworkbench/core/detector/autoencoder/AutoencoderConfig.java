package org.anomalyworkbench.core.detector.autoencoder;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the dense autoencoder (also used by the latent k-NN detector for its encoder).
 *
 * @param hiddenLayers encoder layer sizes from the input towards the bottleneck (the decoder
 *     mirrors them); empty = derived from the input width by {@link #layersFor(int)}
 * @param activation activation of the hidden layers (the output layer is linear)
 * @param epochs maximum passes over the training rows
 * @param minSteps small sets train for more epochs until this many batches were seen (0 = off)
 * @param batchSize rows per gradient step
 * @param learningRate Adam step size
 * @param dropout probability of dropping a hidden unit during training (0 = off)
 * @param l2 L2 weight penalty
 * @param inputNoise standard deviation of Gaussian noise added to training inputs
 *     (denoising autoencoder), in standardized units
 * @param inputClip training inputs are clipped to +-this many standardized units so a few
 *     extreme rows cannot dominate the fit; scoring compares the reconstruction with the
 *     unclipped row, so extreme values still score high (0 = off)
 * @param patience epochs without improvement of the validation loss before stopping early (0 = off;
 *     only used when validation rows are given)
 * @param maxTrainingRows larger training sets are subsampled (seeded, uniform) to this many rows
 * @param members autoencoders trained with different seeds whose errors are averaged (1 = one network)
 */
public record AutoencoderConfig(
    @Param(label = "Hidden layers", description = "Encoder layer sizes towards the bottleneck, e.g. 16,8; the "
        + "decoder mirrors them. Empty: derived from the number of features.", min = 1, max = 4096)
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
    @Param(label = "Dropout", description = NetworkParamTexts.DROPOUT,
        min = 0, max = 0.9)
    double dropout,
    @Param(label = "L2", description = NetworkParamTexts.L2, min = 0, max = 1)
    double l2,
    @Param(label = "Input noise", description = "Gaussian noise (standardized units) added to training inputs "
        + "so the network learns to denoise (0 = off).", min = 0, max = 10)
    double inputNoise,
    @Param(label = "Input clip", description = NetworkParamTexts.INPUT_CLIP, min = 0, max = 1000)
    double inputClip,
    @Param(label = "Patience", description = NetworkParamTexts.PATIENCE, min = 0, max = 10_000)
    int patience,
    @Param(label = "Max training rows", description = NetworkParamTexts.MAX_TRAINING_ROWS,
        min = 16, max = 100_000_000)
    int maxTrainingRows,
    @Param(label = "Ensemble members", description = "Autoencoders trained with different seeds; the score is "
        + "their mean reconstruction error, steadier than one network's.", min = 1, max = 32)
    int members) implements DetectorConfig {

  public AutoencoderConfig {
    hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(AutoencoderConfig.class, hiddenLayers, activation, epochs, minSteps, batchSize, learningRate, dropout, l2, inputNoise, inputClip, patience, maxTrainingRows, members);
  }


  /**
   * The defaults, tuned on 17 classic outlier sets (see {@link AutoencoderDetector}): derived
   * layer sizes, tanh, 20 epochs but at least 500 steps, batch 128, Adam 1e-3, dropout 0.1, L2
   * 1e-5, no input noise, training inputs clipped at 1.5 standard deviations, 20,000 training rows,
   * one network.
   */
  public static AutoencoderConfig defaults() {
    return new AutoencoderConfig(List.of(), HiddenActivation.TANH, 20, 500, 128, 1e-3, 0.1, 1e-5, 0.0, 1.5, 10,
        20_000, 1);
  }

  /** The encoder sizes used for {@code inputs} features: {@link #hiddenLayers} or the derived default. */
  public List<Integer> encoderFor(int inputs) {
    return hiddenLayers.isEmpty() ? layersFor(inputs) : hiddenLayers;
  }

  /**
   * The default encoder for {@code inputs} features: a bottleneck of floor(sqrt(d)) units (at
   * least 2) after one hidden layer of the geometric mean of d and the bottleneck (at most 64),
   * e.g. 3 -> [2], 6 -> [3, 2], 21 -> [9, 4], 64 -> [23, 8], 274 -> [64, 16]. A square-root
   * bottleneck was better on the tuning sets than d/4 or d/8: narrow enough for 64 pixel
   * features (optdigits), wide enough for 16 pen coordinates (pendigits).
   */
  public static List<Integer> layersFor(int inputs) {
    int bottleneck = Math.max(2, (int) Math.floor(Math.sqrt(inputs)));
    int hidden = Math.min(64, (int) Math.round(Math.sqrt((double) inputs * bottleneck)));
    List<Integer> out = new ArrayList<>();
    if (hidden > bottleneck) {
      out.add(hidden);
    }
    out.add(bottleneck);
    return out;
  }
}
