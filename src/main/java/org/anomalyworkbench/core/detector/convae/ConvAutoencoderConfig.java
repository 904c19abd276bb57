package org.anomalyworkbench.core.detector.convae;

import java.util.List;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.dl4j.NetworkParamTexts;

/**
 * Settings of the convolutional autoencoder.
 *
 * @param filters output channels of the encoder's stride-2 convolutions, in order (each halves
 *     height and width); the decoder mirrors them
 * @param bottleneck units of the linear code between encoder and decoder
 * @param output the last layer's activation; AUTO picks SIGMOID when every training value lies in
 *     [0, 1] (pixels scaled to [0, 1]) and IDENTITY otherwise (standardised pixels)
 * @param epochs passes over the training images (fewer when early stopping ends the run)
 * @param batchSize images per gradient step
 * @param learningRate Adam step size
 * @param patience epochs without improvement of the validation loss before stopping early (0 =
 *     off; only used when validation images are given)
 * @param threads threads one batch is split over (0 = one per CPU, at most 2 by default)
 * @param errorBlur radius of the box filter applied to the signed residual before it is squared
 *     (0 = the plain squared error; 1 = 3x3): a stroke drawn one pixel off costs little, a
 *     missing or extra stroke still costs its whole area
 * @param maxTrainingImages larger training sets are subsampled (seeded) to this many images
 */
public record ConvAutoencoderConfig(
    @Param(label = "Filters", description = "Channels of the encoder's stride-2 convolutions, e.g. 16,32 (each "
        + "halves the image); the decoder mirrors them.", min = 1, max = 512)
    List<Integer> filters,
    @Param(label = "Bottleneck", description = "Size of the code the image is squeezed through; smaller codes "
        + "rebuild only what is typical of the training images.", min = 1, max = 4096)
    int bottleneck,
    @Param(label = "Output", description = "Activation of the reconstruction: SIGMOID for pixels in [0, 1], "
        + "IDENTITY for standardised pixels, AUTO to choose from the training images.")
    OutputActivation output,
    @Param(label = "Epochs", description = "Passes over the training images.", min = 1, max = 10_000)
    int epochs,
    @Param(label = "Batch size", description = "Images per gradient step.", min = 1, max = 4096)
    int batchSize,
    @Param(label = "Learning rate", description = NetworkParamTexts.LEARNING_RATE,
        min = 1e-7, max = 10)
    double learningRate,
    @Param(label = "Patience", description = "Epochs without improvement of the validation loss before "
        + "stopping early (0 = off); only used when validation images are given.", min = 0, max = 10_000)
    int patience,
    @Param(label = "Threads", description = "Threads one batch is split over (0 = one per CPU, at most 2).",
        min = 0, max = 256)
    int threads,
    @Param(label = "Error blur", description = "Radius of the box filter over the difference between image and "
        + "reconstruction before squaring (0 = plain squared error, 1 = 3x3): forgives strokes a pixel off.",
        min = 0, max = 8)
    int errorBlur,
    @Param(label = "Max training images", description = "Larger training sets are subsampled (seeded) to this "
        + "many images.", min = 16, max = 100_000_000)
    int maxTrainingImages) implements DetectorConfig {

  /** The last layer's activation, as the user picks it. */
  public enum OutputActivation {
    /** SIGMOID when all training values lie in [0, 1], else IDENTITY. */
    AUTO,
    /** Reconstructions in (0, 1). */
    SIGMOID,
    /** Unbounded reconstructions. */
    IDENTITY
  }

  public ConvAutoencoderConfig {
    filters = filters == null ? null : List.copyOf(filters);
    // Bounds live in the @Param declarations above; one check keeps form, CLI and code in step.
    ConfigBinder.requireDeclaredBounds(ConvAutoencoderConfig.class, filters, bottleneck, output, epochs, batchSize,
        learningRate, patience, threads, errorBlur, maxTrainingImages);
    if (filters.isEmpty()) {
      throw new IllegalArgumentException("Filters needs at least one convolution, e.g. 16,32");
    }
  }

  /**
   * The defaults, chosen on MNIST one-class (see {@link ConvAutoencoderDetector}): filters 16,32,
   * a code of 16, linear output, 30 epochs, batch 32, Adam 1e-3, patience 5, threads per CPU (at
   * most 2), the residual averaged over 3x3 before squaring, 100,000 training images.
   */
  public static ConvAutoencoderConfig defaults() {
    return new ConvAutoencoderConfig(List.of(16, 32), 16, OutputActivation.IDENTITY, 30, 32, 1e-3, 5, 0, 1,
        100_000);
  }

  /** The same settings with {@code epochs} and {@code learningRate} replaced. */
  public ConvAutoencoderConfig withTraining(int epochs, double learningRate) {
    return new ConvAutoencoderConfig(filters, bottleneck, output, epochs, batchSize, learningRate, patience, threads,
        errorBlur, maxTrainingImages);
  }
}
