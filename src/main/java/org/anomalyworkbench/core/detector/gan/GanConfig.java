package org.anomalyworkbench.core.detector.gan;

import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.autoencoder.AutoencoderConfig;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the GANomaly-style detector ({@link GanDetector}).
 *
 * @param hiddenLayers encoder layer sizes towards the latent code (the decoder mirrors them, the
 *     second encoder and the discriminator repeat them); empty = derived from the input width as
 *     the autoencoder derives its layers; table rows and windows only
 * @param imageFilters images only: channels of the stride-2 convolutions of the encoders and the
 *     discriminator (each halves the image); the decoder mirrors them
 * @param imageCode images only: size of the latent code between the convolutional encoder and decoder
 * @param activation activation of the generator's hidden layers on table rows (the discriminator, and
 *     every convolutional network, use leaky ReLU)
 * @param epochs maximum passes over the training rows
 * @param minSteps small sets train for more epochs until this many batches were seen (0 = off)
 * @param batchSize rows per gradient step
 * @param learningRate Adam step size of both the generator and the discriminator
 * @param dropout probability of dropping a hidden unit of the dense generator during training (0 = off;
 *     the convolutional one has no dropout)
 * @param adversarialWeight weight of the feature-matching term in the generator's loss
 * @param reconstructionWeight weight of the reconstruction term in the generator's loss
 * @param latentWeight weight of the latent-consistency term in the generator's loss
 * @param score what a row's anomaly score is made of
 * @param latentScoreWeight weight of the latent distance in the {@code both} score (the
 *     reconstruction error has weight 1; both are divided by their training means first)
 * @param inputClip training inputs are clipped to +-this many standardized units (0 = off)
 * @param patience epochs without improvement of the validation loss before stopping (0 = off)
 * @param maxTrainingRows larger training sets are subsampled (seeded) to this many rows
 */
public record GanConfig(
    @Param(label = "Hidden layers", description = "Encoder layer sizes towards the latent code, e.g. 16,8; the "
        + "decoder mirrors them, the second encoder and the discriminator repeat them. Empty: derived from the "
        + "number of features. Tables and series only (images use Image filters and Image code).",
        min = 1, max = 4096)
    List<Integer> hiddenLayers,
    @Param(label = "Image filters", description = "Images only: channels of the stride-2 convolutions of the "
        + "encoders and the discriminator, e.g. 16,32 (each halves the image); the decoder mirrors them.",
        min = 1, max = 512)
    List<Integer> imageFilters,
    @Param(label = "Image code", description = "Images only: size of the latent code each image is squeezed "
        + "through (GANomaly's score compares the codes of an image and of its reconstruction).", min = 1, max = 4096)
    int imageCode,
    @Param(label = "Activation", description = "Activation of the generator's hidden layers on tables and series "
        + "(the discriminator, and every network on images, use leaky ReLU).")
    HiddenActivation activation,
    @Param(label = "Epochs", description = NetworkParamTexts.EPOCHS, min = 1, max = 10_000)
    int epochs,
    @Param(label = "Minimum steps", description = NetworkParamTexts.MIN_STEPS,
        min = 0, max = 10_000_000)
    int minSteps,
    @Param(label = "Batch size", description = NetworkParamTexts.BATCH_SIZE, min = 2, max = 65_536)
    int batchSize,
    @Param(label = "Learning rate", description = "Adam step size of the generator and the discriminator; lower "
        + "it if training warns that it collapsed or diverged.", min = 1e-7, max = 10)
    double learningRate,
    @Param(label = "Dropout", description = "Probability of dropping a hidden unit of the generator while "
        + "training (0 = off). Tables and series only.", min = 0, max = 0.9)
    double dropout,
    @Param(label = "Adversarial weight", description = "Weight of the adversarial (feature-matching) term in the "
        + "generator's loss: how much the reconstructions must look real to the discriminator.", min = 0, max = 1000)
    double adversarialWeight,
    @Param(label = "Reconstruction weight", description = "Weight of the reconstruction term in the generator's "
        + "loss.", min = 0, max = 1000)
    double reconstructionWeight,
    @Param(label = "Latent weight", description = "Weight of the latent term in the generator's loss: the code "
        + "of a reconstruction must match the code of the row.", min = 0, max = 1000)
    double latentWeight,
    @Param(label = "Score", description = "What a row's score is made of: reconstruction (the error of the "
        + "generator's reconstruction), latent (GANomaly's distance between the code of the row and of its "
        + "reconstruction), both (each divided by its mean on the training rows, the latent one weighted by "
        + "Latent score weight, then added), or discriminator (-log D(x), the bare discriminator, for comparison).")
    Score score,
    @Param(label = "Latent score weight", description = "Weight of the latent distance in the 'both' score; the "
        + "reconstruction error has weight 1.", min = 0, max = 100)
    double latentScoreWeight,
    @Param(label = "Input clip", description = NetworkParamTexts.INPUT_CLIP, min = 0, max = 1000)
    double inputClip,
    @Param(label = "Patience", description = "Epochs without improvement of the validation loss (the "
        + "generator's reconstruction and latent terms on the validation rows; no labels needed) before "
        + "stopping early (0 = off); only used when validation rows are given.", min = 0, max = 10_000)
    int patience,
    @Param(label = "Max training rows", description = NetworkParamTexts.MAX_TRAINING_ROWS, min = 16, max = 100_000_000)
    int maxTrainingRows) implements DetectorConfig {

  /** What the anomaly score of a row is made of. */
  public enum Score {
    /** Mean squared error between the row and the generator's reconstruction of it. */
    RECONSTRUCTION,
    /** GANomaly's score: mean squared distance between the row's code and its reconstruction's code. */
    LATENT,
    /** Reconstruction and latent scores, each divided by its mean over the training rows, added with weights 1 and {@link #latentScoreWeight}. */
    BOTH,
    /** -log D(x): how unreal the discriminator finds the row (the bare-discriminator baseline). */
    DISCRIMINATOR;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GanConfig {
    hiddenLayers = hiddenLayers == null ? null : List.copyOf(hiddenLayers);
    imageFilters = imageFilters == null ? null : List.copyOf(imageFilters);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(GanConfig.class, hiddenLayers, imageFilters, imageCode, activation, epochs, minSteps, batchSize,
        learningRate, dropout, adversarialWeight, reconstructionWeight, latentWeight, score, latentScoreWeight, inputClip, patience,
        maxTrainingRows);
    if (imageFilters.isEmpty()) {
      throw new IllegalArgumentException("Image filters needs at least one convolution, e.g. 16,32");
    }
  }

  /** The defaults; how they were chosen is in {@link GanDetector}. */
  public static GanConfig defaults() {
    return new GanConfig(List.of(), List.of(16, 32), 16, HiddenActivation.TANH, 20, 500, 128, 1e-3, 0.1, 5, 50, 1, Score.BOTH, 0.25, 1.5, 10,
        20_000);
  }

  /** The encoder sizes used for {@code inputs} features: {@link #hiddenLayers} or the autoencoder's derived default. */
  public List<Integer> encoderFor(int inputs) {
    return hiddenLayers.isEmpty() ? AutoencoderConfig.layersFor(inputs) : hiddenLayers;
  }
}
