package org.anomalyworkbench.core.detector.convae;

import java.util.List;
import org.anomalyworkbench.core.detector.convae.ConvStack.Act;
import org.anomalyworkbench.core.detector.convae.ConvStack.Layer;

/**
 * The convolutional autoencoder's topology and parameters: a {@link ConvStack} laid out by
 * {@link #encoder} and {@link #decoder}, which the GAN's convolutional generator reuses.
 *
 * <p>Encoder: for each entry of {@code filters}, a 3x3 convolution with stride 2 and padding 1
 * (halving height and width, rounding up) and leaky ReLU; then a dense layer to the linear
 * bottleneck. Decoder: a dense layer back to the last feature map with leaky ReLU, then per
 * encoder stage, in reverse, nearest-neighbour upsampling to that stage's input size and a 3x3
 * convolution (stride 1, padding 1) to the stage's input channels; leaky ReLU except on the last
 * one, whose activation is {@link Output}. For 28x28x1 and filters 16,32: 28 -> 14 -> 7 -> z
 * -> 7 -> 14 -> 28.
 *
 * <p>Images come in channel-major as {@link org.anomalyworkbench.core.data.SampleShape.Image}
 * flattens them and are converted at the edges ({@link ConvPass}).
 */
public final class ConvNetwork {
  /** The last layer's activation. */
  public enum Output {
    /** Reconstructions in (0, 1): for pixels scaled to [0, 1]. */
    SIGMOID,
    /** Unbounded reconstructions: for standardised pixels. */
    IDENTITY
  }

  private final int[] filters;
  private final int bottleneck;
  private final Output output;
  private final ConvStack stack;

  ConvNetwork(int height, int width, int channels, int[] filters, int bottleneck, Output output, float[] params) {
    this(filters, bottleneck, output, layout(height, width, channels, filters, bottleneck, output).over(params));
  }

  private ConvNetwork(int[] filters, int bottleneck, Output output, ConvStack stack) {
    this.filters = filters.clone();
    this.bottleneck = bottleneck;
    this.output = output;
    this.stack = stack;
  }

  /** A fresh network with seeded weights: uniform in +-1/sqrt(fan-in), as PyTorch initialises. */
  static ConvNetwork initialised(int height, int width, int channels, int[] filters, int bottleneck, Output output,
      long seed) {
    return new ConvNetwork(filters, bottleneck, output,
        layout(height, width, channels, filters, bottleneck, output).initialised(seed));
  }

  private static ConvStack.Builder layout(int height, int width, int channels, int[] filters, int bottleneck,
      Output output) {
    ConvStack.Builder b = encoder(new ConvStack.Builder(height, width, channels), filters, bottleneck);
    return decoder(b, height, width, channels, filters, output);
  }

  /**
   * Adds the encoder to {@code b} (reading a {@code height x width x channels} image): per filter
   * a stride-2 convolution with leaky ReLU, then a dense layer to a linear code of {@code code}.
   */
  public static ConvStack.Builder encoder(ConvStack.Builder b, int[] filters, int code) {
    if (filters.length == 0) {
      throw new IllegalArgumentException("the encoder needs at least one convolution");
    }
    for (int f : filters) {
      b.conv(f, 2, Act.LEAKY_RELU);
    }
    return b.dense(code, Act.IDENTITY);
  }

  /**
   * Adds the decoder to {@code b} (reading a code): a dense layer to the encoder's last map with
   * leaky ReLU, then per stage, in reverse, upsampling to the stage's input size and a 3x3
   * convolution to its input channels, ending on {@code height x width x channels} with
   * {@code output}'s activation.
   */
  public static ConvStack.Builder decoder(ConvStack.Builder b, int height, int width, int channels, int[] filters,
      Output output) {
    if (filters.length == 0) {
      throw new IllegalArgumentException("the decoder needs at least one convolution");
    }
    int[] hs = new int[filters.length + 1];
    int[] ws = new int[filters.length + 1];
    int[] cs = new int[filters.length + 1];
    hs[0] = height;
    ws[0] = width;
    cs[0] = channels;
    for (int i = 0; i < filters.length; i++) {
      hs[i + 1] = (hs[i] + 1) / 2;
      ws[i + 1] = (ws[i] + 1) / 2;
      cs[i + 1] = filters[i];
    }
    int last = filters.length;
    b.dense(hs[last] * ws[last] * cs[last], Act.LEAKY_RELU).reshape(hs[last], ws[last], cs[last]);
    for (int i = last; i >= 1; i--) {
      Act act = i > 1 ? Act.LEAKY_RELU : (output == Output.SIGMOID ? Act.SIGMOID : Act.IDENTITY);
      b.upsample(hs[i - 1], ws[i - 1]).conv(cs[i - 1], 1, act);
    }
    return b;
  }

  /** The layers and parameters this network runs. */
  ConvStack stack() {
    return stack;
  }

  List<Layer> layers() {
    return stack.layers();
  }

  /** The parameters, shared (training updates them in place). */
  float[] params() {
    return stack.params();
  }

  int height() {
    return stack.height();
  }

  int width() {
    return stack.width();
  }

  int channels() {
    return stack.channels();
  }

  int[] filters() {
    return filters.clone();
  }

  int bottleneck() {
    return bottleneck;
  }

  Output output() {
    return output;
  }

  /** Values per image. */
  int imageSize() {
    return stack.inputSize();
  }
}
