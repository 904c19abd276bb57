package org.anomalyworkbench.core.detector.convae;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A stack of 3x3 convolutions, dense layers and nearest upsamplings over one flat float
 * parameter array: the building block of the convolutional autoencoder ({@link ConvNetwork}) and
 * of the GAN's convolutional encoders, decoder and discriminator ({@code core.detector.gan}),
 * run by {@link ConvPass}.
 *
 * <p>Inside, a feature map is stored pixel-major with channels last ({@code (y * w + x) * c +
 * channel}), so that a convolution is one matrix product of the im2col rows with the weights; a
 * dense layer's output is a 1x1 map whose channels are its units, and the next layer may read
 * those values as any map of the same size ({@link Builder#reshape}). A convolution's weights are
 * a {@code (3 * 3 * inChannels) x outChannels} matrix, row {@code (ky * 3 + kx) * inChannels +
 * ci}, followed by {@code outChannels} biases; a dense layer's are {@code in x out}, then
 * {@code out} biases.
 */
public final class ConvStack {
  /** Slope of the leaky ReLU for negative inputs. */
  public static final float LEAK = 0.1f;

  /** How a layer transforms its input. */
  public enum Kind { CONV, DENSE, UPSAMPLE }

  /** Activation after a conv or dense layer. */
  public enum Act { LEAKY_RELU, IDENTITY, SIGMOID }

  /**
   * One layer: input {@code inH x inW x inC} to output {@code outH x outW x outC} (dense layers
   * use {@code inC}/{@code outC} as their widths with 1x1 maps); {@code offset} is where its
   * weights start in the parameter array, {@code weights} their count (biases follow).
   */
  public record Layer(Kind kind, int inH, int inW, int inC, int outH, int outW, int outC, int stride, Act act,
      int offset, int weights) {
    int inSize() {
      return inH * inW * inC;
    }

    /** Values of this layer's output per sample. */
    public int outSize() {
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

  /**
   * Lays out a stack layer by layer from an input shape, keeping track of the current map and
   * of where the next layer's parameters start.
   */
  public static final class Builder {
    private final List<Layer> layers = new ArrayList<>();
    private final int inH;
    private final int inW;
    private final int inC;
    private int h;
    private int w;
    private int c;
    private int offset;

    /** A stack reading {@code height x width x channels} maps (1, 1, n for a vector of n). */
    public Builder(int height, int width, int channels) {
      inH = height;
      inW = width;
      inC = channels;
      h = height;
      w = width;
      c = channels;
    }

    /** A 3x3 convolution with padding 1; stride 2 halves height and width, rounding up. */
    public Builder conv(int outChannels, int stride, Act act) {
      int oh = (h + stride - 1) / stride;
      int ow = (w + stride - 1) / stride;
      return add(new Layer(Kind.CONV, h, w, c, oh, ow, outChannels, stride, act, offset, 9 * c * outChannels),
          oh, ow, outChannels);
    }

    /** A dense layer over the whole current map, to a 1x1 map of {@code units}. */
    public Builder dense(int units, Act act) {
      int in = h * w * c;
      return add(new Layer(Kind.DENSE, 1, 1, in, 1, 1, units, 1, act, offset, in * units), 1, 1, units);
    }

    /** Nearest-neighbour upsampling to {@code height x width} (output pixel (y, x) copies (y / 2, x / 2)). */
    public Builder upsample(int height, int width) {
      return add(new Layer(Kind.UPSAMPLE, h, w, c, height, width, c, 1, Act.IDENTITY, offset, 0), height, width, c);
    }

    /** Reads the current values as a {@code height x width x channels} map (no layer; the size must match). */
    public Builder reshape(int height, int width, int channels) {
      if (height * width * channels != h * w * c) {
        throw new IllegalArgumentException("cannot read " + h * w * c + " values as " + height + "x" + width + "x"
            + channels);
      }
      h = height;
      w = width;
      c = channels;
      return this;
    }

    private Builder add(Layer l, int oh, int ow, int oc) {
      layers.add(l);
      offset += l.parameters();
      h = oh;
      w = ow;
      c = oc;
      return this;
    }

    /** The layers so far. */
    public List<Layer> layers() {
      return List.copyOf(layers);
    }

    /** A stack of these layers with seeded weights: uniform in +-1/sqrt(fan-in), as PyTorch initialises. */
    public ConvStack initialised(long seed) {
      ConvStack stack = new ConvStack(inH, inW, inC, layers, new float[parameterCount(layers)]);
      stack.initialise(seed);
      return stack;
    }

    /** A stack of these layers over existing parameters (a loaded model). */
    public ConvStack over(float[] params) {
      return new ConvStack(inH, inW, inC, layers, params);
    }
  }

  private final int height;
  private final int width;
  private final int channels;
  private final List<Layer> layers;
  private final float[] params;

  ConvStack(int height, int width, int channels, List<Layer> layers, float[] params) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a stack needs at least one layer");
    }
    int count = parameterCount(layers);
    if (params.length != count) {
      throw new IllegalArgumentException("the network needs " + count + " parameters, got " + params.length);
    }
    this.height = height;
    this.width = width;
    this.channels = channels;
    this.layers = List.copyOf(layers);
    this.params = params;
  }

  static int parameterCount(List<Layer> layers) {
    long n = 0;
    for (Layer l : layers) {
      n += l.parameters();
    }
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("the network would have " + n + " parameters; use smaller images or filters");
    }
    return (int) n;
  }

  /** Fresh weights from {@code seed}: uniform in +-1/sqrt(fan-in) for weights and biases, as PyTorch initialises. */
  public void initialise(long seed) {
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
  }

  /** The layers, input first. */
  public List<Layer> layers() {
    return layers;
  }

  /** The parameters, shared (training updates them in place). */
  public float[] params() {
    return params;
  }

  /** Height of the input map. */
  public int height() {
    return height;
  }

  /** Width of the input map. */
  public int width() {
    return width;
  }

  /** Channels of the input map. */
  public int channels() {
    return channels;
  }

  /** Values per input sample. */
  public int inputSize() {
    return height * width * channels;
  }

  /** Values per output sample. */
  public int outputSize() {
    return layers.get(layers.size() - 1).outSize();
  }
}
