package org.anomalyworkbench.core.detector.convae;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The convolutional autoencoder's topology and parameters, over one flat float array.
 *
 * <p>Encoder: for each entry of {@code filters}, a 3x3 convolution with stride 2 and padding 1
 * (halving height and width, rounding up) and leaky ReLU; then a dense layer to the linear
 * bottleneck. Decoder: a dense layer back to the last feature map with leaky ReLU, then per
 * encoder stage, in reverse, nearest-neighbour upsampling to that stage's input size and a 3x3
 * convolution (stride 1, padding 1) to the stage's input channels; leaky ReLU except on the last
 * one, whose activation is {@link Output}. For 28x28x1 and filters 16,32: 28 -> 14 -> 7 -> z
 * -> 7 -> 14 -> 28.
 *
 * <p>Inside the network a feature map is stored pixel-major with channels last ({@code (y * w +
 * x) * c + channel}), so that a convolution is one matrix product of the im2col rows with the
 * weights; images come in channel-major as {@link org.anomalyworkbench.core.data.SampleShape.Image}
 * flattens them and are converted at the edges ({@link ConvPass}). A convolution's weights are a
 * {@code (3 * 3 * inChannels) x outChannels} matrix, row {@code (ky * 3 + kx) * inChannels + ci},
 * followed by {@code outChannels} biases; a dense layer's are {@code in x out}, then {@code out}
 * biases.
 */
final class ConvNetwork {
  /** Slope of the leaky ReLU for negative inputs. */
  static final float LEAK = 0.1f;

  /** The last layer's activation. */
  enum Output {
    /** Reconstructions in (0, 1): for pixels scaled to [0, 1]. */
    SIGMOID,
    /** Unbounded reconstructions: for standardised pixels. */
    IDENTITY
  }

  /** How a layer transforms its input. */
  enum Kind { CONV, DENSE, UPSAMPLE }

  /** Activation after a conv or dense layer. */
  enum Act { LEAKY_RELU, IDENTITY, SIGMOID }

  /**
   * One layer: input {@code inH x inW x inC} to output {@code outH x outW x outC} (dense layers
   * use {@code inC}/{@code outC} as their widths with 1x1 maps); {@code offset} is where its
   * weights start in the parameter array, {@code weights} their count (biases follow).
   */
  record Layer(Kind kind, int inH, int inW, int inC, int outH, int outW, int outC, int stride, Act act,
      int offset, int weights) {
    int inSize() {
      return inH * inW * inC;
    }

    int outSize() {
      return outH * outW * outC;
    }

    int parameters() {
      return kind == Kind.UPSAMPLE ? 0 : weights + outC;
    }

    /** Rows of the layer's im2col matrix per image (output pixels). */
    int pixels() {
      return outH * outW;
    }

    /** Columns of the im2col matrix (3 * 3 * input channels). */
    int patch() {
      return 9 * inC;
    }
  }

  private final int height;
  private final int width;
  private final int channels;
  private final int[] filters;
  private final int bottleneck;
  private final Output output;
  private final List<Layer> layers;
  private final float[] params;

  ConvNetwork(int height, int width, int channels, int[] filters, int bottleneck, Output output, float[] params) {
    if (filters.length == 0) {
      throw new IllegalArgumentException("the encoder needs at least one convolution");
    }
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.filters = filters.clone();
    this.bottleneck = bottleneck;
    this.output = output;
    this.layers = layout(height, width, channels, filters, bottleneck, output);
    int count = parameterCount(layers);
    if (params.length != count) {
      throw new IllegalArgumentException("the network needs " + count + " parameters, got " + params.length);
    }
    this.params = params;
  }

  /** A fresh network with seeded weights: uniform in +-1/sqrt(fan-in), as PyTorch initialises. */
  static ConvNetwork initialised(int height, int width, int channels, int[] filters, int bottleneck, Output output,
      long seed) {
    List<Layer> layers = layout(height, width, channels, filters, bottleneck, output);
    float[] params = new float[parameterCount(layers)];
    SplittableRandom random = new SplittableRandom(seed);
    for (Layer l : layers) {
      if (l.kind() == Kind.UPSAMPLE) {
        continue;
      }
      int fanIn = l.kind() == Kind.CONV ? l.patch() : l.inC();
      double bound = 1 / Math.sqrt(fanIn);
      for (int i = 0; i < l.parameters(); i++) {
        params[l.offset() + i] = (float) ((random.nextDouble() * 2 - 1) * bound);
      }
    }
    return new ConvNetwork(height, width, channels, filters, bottleneck, output, params);
  }

  private static List<Layer> layout(int height, int width, int channels, int[] filters, int bottleneck,
      Output output) {
    List<Layer> out = new ArrayList<>();
    int[] hs = new int[filters.length + 1];
    int[] ws = new int[filters.length + 1];
    int[] cs = new int[filters.length + 1];
    hs[0] = height;
    ws[0] = width;
    cs[0] = channels;
    int offset = 0;
    for (int i = 0; i < filters.length; i++) {
      hs[i + 1] = (hs[i] + 1) / 2;
      ws[i + 1] = (ws[i] + 1) / 2;
      cs[i + 1] = filters[i];
      Layer l = new Layer(Kind.CONV, hs[i], ws[i], cs[i], hs[i + 1], ws[i + 1], cs[i + 1], 2, Act.LEAKY_RELU, offset,
          9 * cs[i] * cs[i + 1]);
      out.add(l);
      offset += l.parameters();
    }
    int last = filters.length;
    int flat = hs[last] * ws[last] * cs[last];
    Layer enc = new Layer(Kind.DENSE, 1, 1, flat, 1, 1, bottleneck, 1, Act.IDENTITY, offset, flat * bottleneck);
    out.add(enc);
    offset += enc.parameters();
    Layer dec = new Layer(Kind.DENSE, 1, 1, bottleneck, 1, 1, flat, 1, Act.LEAKY_RELU, offset, flat * bottleneck);
    out.add(dec);
    offset += dec.parameters();
    for (int i = last; i >= 1; i--) {
      out.add(new Layer(Kind.UPSAMPLE, hs[i], ws[i], cs[i], hs[i - 1], ws[i - 1], cs[i], 1, Act.IDENTITY, offset, 0));
      Act act = i > 1 ? Act.LEAKY_RELU : (output == Output.SIGMOID ? Act.SIGMOID : Act.IDENTITY);
      Layer conv = new Layer(Kind.CONV, hs[i - 1], ws[i - 1], cs[i], hs[i - 1], ws[i - 1], cs[i - 1], 1, act, offset,
          9 * cs[i] * cs[i - 1]);
      out.add(conv);
      offset += conv.parameters();
    }
    return List.copyOf(out);
  }

  private static int parameterCount(List<Layer> layers) {
    long n = 0;
    for (Layer l : layers) {
      n += l.parameters();
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the network would have " + n + " parameters; use smaller images or filters");
    }
    return (int) n;
  }

  List<Layer> layers() {
    return layers;
  }

  /** The parameters, shared (training updates them in place). */
  float[] params() {
    return params;
  }

  int height() {
    return height;
  }

  int width() {
    return width;
  }

  int channels() {
    return channels;
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
    return height * width * channels;
  }
}
