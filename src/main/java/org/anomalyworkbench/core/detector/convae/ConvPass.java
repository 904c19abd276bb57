package org.anomalyworkbench.core.detector.convae;

import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.detector.convae.ConvStack.Act;
import org.anomalyworkbench.core.detector.convae.ConvStack.Kind;
import org.anomalyworkbench.core.detector.convae.ConvStack.Layer;
import org.anomalyworkbench.core.detector.dl4j.Blas;

/**
 * Forward and backward passes of a {@link ConvStack} over up to {@code capacity} samples, with
 * every buffer allocated once. One per thread: the buffers are this pass's own, the parameters
 * are the stack's, read only here.
 *
 * <p>A stride-2 convolution is im2col (one row per output pixel holding its 3x3 neighbourhood,
 * zeros outside the image) times the weight matrix; its backward pass is the transposed products
 * and col2im (adding each patch gradient back to the pixels it came from). A stride-1 convolution
 * (the decoder's) multiplies the input map itself by the nine taps' weights side by side and adds
 * each output pixel's nine shifted products ({@link #shiftForward}): the same sums without a
 * patch matrix nine times the size of the input. After a nearest-neighbour upsampling (the
 * decoder's pattern) the products are taken on the map before it, a quarter of the pixels, and
 * each output pixel reads them through the upsampling's pixel mapping: the same sums again.
 *
 * <p>The general steps ({@link #loadImages}/{@link #load}, {@link #forward(int)}, {@link #delta},
 * {@link #backward(int, int, float[], boolean)}) let a caller chain several stacks, as the GAN
 * does; {@link #gradient} and {@link #reconstruct} are the autoencoder's whole steps.
 */
public final class ConvPass {
  private final ConvStack stack;
  private final List<Layer> layers;
  private final int capacity;
  private final float[][] acts;
  private final float[][] deltas;
  private final float[][] cols;
  /** Per stride-1 convolution: the input times every tap's weights, {@code inPixels x 9 outC}. */
  private final float[][] taps;
  /** Per stride-1 convolution: its weights as {@code inC x 9 outC} (tap-major columns), and their gradient. */
  private final float[][] tapWeights;
  private final float[][] tapGrads;
  /** Per layer: a stride-1 convolution that reads the map before the upsampling just below it. */
  private final boolean[] fused;

  ConvPass(ConvNetwork net, int capacity) {
    this(net.stack(), capacity);
  }

  /** A pass over {@code stack} for batches of up to {@code capacity} samples. */
  public ConvPass(ConvStack stack, int capacity) {
    this.stack = stack;
    this.layers = stack.layers();
    this.capacity = capacity;
    int n = layers.size();
    acts = new float[n + 1][];
    deltas = new float[n + 1][];
    cols = new float[n][];
    taps = new float[n][];
    tapWeights = new float[n][];
    tapGrads = new float[n][];
    fused = new boolean[n];
    acts[0] = new float[capacity * stack.inputSize()];
    deltas[0] = null; // allocated when an input gradient is asked for
    for (int i = 0; i < n; i++) {
      Layer l = layers.get(i);
      acts[i + 1] = new float[capacity * l.outSize()];
      deltas[i + 1] = new float[capacity * l.outSize()];
      if (l.kind() == Kind.CONV && shifted(l)) {
        fused[i] = i > 0 && layers.get(i - 1).kind() == Kind.UPSAMPLE;
        Layer src = fused[i] ? layers.get(i - 1) : l;
        taps[i] = new float[capacity * src.inH() * src.inW() * 9 * l.outC()];
        tapWeights[i] = new float[l.weights()];
        tapGrads[i] = new float[l.weights()];
      } else if (l.kind() == Kind.CONV) {
        cols[i] = new float[capacity * l.pixels() * l.patch()];
      }
    }
  }

  /** The most samples one call takes. */
  public int capacity() {
    return capacity;
  }

  /**
   * Runs images {@code rows[from..to)} of {@code images} (channel-major rows of
   * {@link ConvNetwork#imageSize()}) forward and backward, writing the gradient of
   * {@code sum of squared errors * lossScale} into {@code grad} (overwritten, laid out as the
   * parameters).
   *
   * @return the sum of squared reconstruction errors over these images
   */
  double gradient(float[] images, int[] rows, int from, int to, double lossScale, float[] grad) {
    int n = to - from;
    int size = stack.inputSize();
    loadImages(images, rows, from, n);
    float[] y = forward(n);
    float[] dy = delta(layers.size());
    float[] x = acts[0];
    double sse = 0;
    float scale = (float) (2 * lossScale);
    for (int i = 0; i < n * size; i++) {
      float e = y[i] - x[i];
      sse += e * e;
      dy[i] = scale * e;
    }
    backward(n, layers.size(), grad, false);
    return sse;
  }

  /**
   * Reconstructs images {@code first .. first + n} of {@code images} into {@code out} from
   * {@code outOff}, channel-major like the input.
   */
  void reconstruct(float[] images, int first, int n, float[] out, int outOff) {
    int size = stack.inputSize();
    loadImages(images, null, first, n);
    float[] y = forward(n);
    for (int i = 0; i < n; i++) {
      toChannelMajor(y, i * size, out, outOff + i * size, stack.height() * stack.width(), stack.channels());
    }
  }

  /**
   * Puts {@code n} channel-major images into the input, converted to pixel-major: images
   * {@code rows[from + i]} of {@code images}, or {@code from + i} when {@code rows} is null.
   */
  public void loadImages(float[] images, int[] rows, int from, int n) {
    check(n);
    int size = stack.inputSize();
    int pixels = stack.height() * stack.width();
    for (int i = 0; i < n; i++) {
      int r = rows == null ? from + i : rows[from + i];
      toPixelMajor(images, r * size, acts[0], i * size, pixels, stack.channels());
    }
  }

  /** Puts {@code n} samples that are already in this stack's input layout (another stack's output) into the input. */
  public void load(float[] values, int n) {
    check(n);
    System.arraycopy(values, 0, acts[0], 0, n * stack.inputSize());
  }

  /** The input as loaded, pixel-major. */
  public float[] input() {
    return acts[0];
  }

  /** Runs the loaded {@code n} samples through every layer; returns the output (this pass's buffer). */
  public float[] forward(int n) {
    check(n);
    forwardLayers(n);
    return acts[layers.size()];
  }

  /** The output of the first {@code layer} layers after the last {@link #forward} (0 = the input). */
  public float[] activation(int layer) {
    return acts[layer];
  }

  /**
   * The buffer for the gradient of the loss with respect to the output of the first
   * {@code layer} layers: fill it, then call {@link #backward} with {@code top = layer}.
   */
  public float[] delta(int layer) {
    return deltas[layer];
  }

  /**
   * Back-propagates the gradient left in {@link #delta}{@code (top)} through layers
   * {@code top - 1 .. 0} of the last forward pass: parameter gradients of those layers are
   * written into {@code grad} (overwritten; null = not computed), and with {@code wantInput} the
   * gradient with respect to the input is left in {@link #inputGradient()}. Overwrites the
   * deltas and the im2col buffers, so a second backward over the same forward pass may ask for
   * the input gradient only ({@code grad} null).
   */
  public void backward(int n, int top, float[] grad, boolean wantInput) {
    check(n);
    if (wantInput && deltas[0] == null) {
      deltas[0] = new float[capacity * stack.inputSize()];
    }
    backwardLayers(n, top, grad, wantInput);
  }

  /** The gradient with respect to the input left by the last {@link #backward} that asked for it. */
  public float[] inputGradient() {
    return deltas[0];
  }

  private void check(int n) {
    if (n < 1 || n > capacity) {
      throw new IllegalArgumentException("batch of " + n + " samples; this pass holds 1.." + capacity);
    }
  }

  /** Channel-major ({@code ch * pixels + i}) to pixel-major ({@code i * channels + ch}). */
  public static void toPixelMajor(float[] src, int off, float[] dst, int dOff, int pixels, int channels) {
    if (channels == 1) {
      System.arraycopy(src, off, dst, dOff, pixels);
      return;
    }
    for (int ch = 0; ch < channels; ch++) {
      for (int i = 0; i < pixels; i++) {
        dst[dOff + i * channels + ch] = src[off + ch * pixels + i];
      }
    }
  }

  /** Pixel-major to channel-major (the order {@link org.anomalyworkbench.core.data.SampleShape.Image} flattens). */
  public static void toChannelMajor(float[] src, int off, float[] dst, int dOff, int pixels, int channels) {
    if (channels == 1) {
      System.arraycopy(src, off, dst, dOff, pixels);
      return;
    }
    for (int ch = 0; ch < channels; ch++) {
      for (int i = 0; i < pixels; i++) {
        dst[dOff + ch * pixels + i] = src[off + i * channels + ch];
      }
    }
  }

  private void forwardLayers(int n) {
    float[] params = stack.params();
    for (int li = 0; li < layers.size(); li++) {
      Layer l = layers.get(li);
      float[] in = acts[li];
      float[] out = acts[li + 1];
      switch (l.kind()) {
        case CONV -> {
          int rows = n * l.pixels();
          if (shifted(l)) {
            shiftForward(li, l, n, params, out);
          } else {
            im2col(l, in, n, cols[li]);
            Blas.multiply(cols[li], 0, false, params, l.offset(), false, out, 0, rows, l.outC(), l.patch());
          }
          biasAndActivate(out, rows, l.outC(), params, l.offset() + l.weights(), l.act());
        }
        case DENSE -> {
          Blas.multiply(in, 0, false, params, l.offset(), false, out, 0, n, l.outC(), l.inC());
          biasAndActivate(out, n, l.outC(), params, l.offset() + l.weights(), l.act());
        }
        case UPSAMPLE -> upsample(l, in, n, out);
        default -> throw new IllegalStateException();
      }
    }
  }

  private void backwardLayers(int n, int top, float[] grad, boolean wantInput) {
    float[] params = stack.params();
    for (int li = top - 1; li >= 0; li--) {
      Layer l = layers.get(li);
      float[] out = acts[li + 1];
      float[] dOut = deltas[li + 1];
      float[] in = acts[li];
      float[] dIn = li > 0 || wantInput ? deltas[li] : null;
      switch (l.kind()) {
        case CONV -> {
          int rows = n * l.pixels();
          activationGradient(out, dOut, rows * l.outC(), l.act());
          if (grad != null) {
            biasGradient(dOut, rows, l.outC(), grad, l.offset() + l.weights());
          }
          if (shifted(l)) {
            if (fused[li]) {
              // The gradient goes straight to the map before the upsampling, which is skipped.
              shiftBackward(li, l, dOut, n, params, grad, li - 1 > 0 || wantInput ? deltas[li - 1] : null);
              li--;
            } else {
              shiftBackward(li, l, dOut, n, params, grad, dIn);
            }
          } else {
            if (grad != null) {
              Blas.multiply(cols[li], 0, true, dOut, 0, false, grad, l.offset(), l.patch(), l.outC(), rows);
            }
            if (dIn != null) {
              Blas.multiply(dOut, 0, false, params, l.offset(), true, cols[li], 0, rows, l.patch(), l.outC());
              col2im(l, cols[li], n, dIn);
            }
          }
        }
        case DENSE -> {
          activationGradient(out, dOut, n * l.outC(), l.act());
          if (grad != null) {
            Blas.multiply(in, 0, true, dOut, 0, false, grad, l.offset(), l.inC(), l.outC(), n);
            biasGradient(dOut, n, l.outC(), grad, l.offset() + l.weights());
          }
          if (dIn != null) {
            Blas.multiply(dOut, 0, false, params, l.offset(), true, dIn, 0, n, l.inC(), l.outC());
          }
        }
        case UPSAMPLE -> {
          if (dIn != null) {
            upsampleBackward(l, dOut, n, dIn);
          }
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  private static void biasAndActivate(float[] out, int rows, int width, float[] params, int biasOff, Act act) {
    // One loop per activation, not a switch per value: the plain loops vectorise.
    for (int r = 0; r < rows; r++) {
      int o = r * width;
      for (int j = 0; j < width; j++) {
        out[o + j] += params[biasOff + j];
      }
    }
    int count = rows * width;
    switch (act) {
      case LEAKY_RELU -> {
        for (int i = 0; i < count; i++) {
          float z = out[i];
          out[i] = z > 0 ? z : ConvStack.LEAK * z;
        }
      }
      case SIGMOID -> {
        for (int i = 0; i < count; i++) {
          out[i] = (float) (1 / (1 + Math.exp(-out[i])));
        }
      }
      case IDENTITY -> {
      }
      default -> throw new IllegalStateException();
    }
  }

  /** Turns the gradient with respect to the activation into the gradient before it, in place. */
  private static void activationGradient(float[] out, float[] d, int count, Act act) {
    switch (act) {
      case LEAKY_RELU -> {
        for (int i = 0; i < count; i++) {
          d[i] *= out[i] > 0 ? 1f : ConvStack.LEAK;
        }
      }
      case SIGMOID -> {
        for (int i = 0; i < count; i++) {
          d[i] *= out[i] * (1 - out[i]);
        }
      }
      case IDENTITY -> {
      }
      default -> throw new IllegalStateException();
    }
  }

  private static void biasGradient(float[] d, int rows, int width, float[] grad, int off) {
    Arrays.fill(grad, off, off + width, 0f);
    for (int r = 0; r < rows; r++) {
      int o = r * width;
      for (int j = 0; j < width; j++) {
        grad[off + j] += d[o + j];
      }
    }
  }

  /**
   * Stride-1 convolutions run as shifted products: through im2col, the decoder's 16 -> 1
   * convolution at 28x28 was a one-column product over a 58 MB patch matrix (3 of the 4.5 s of a
   * 128-image step), and as plain loops it still took a third of a step.
   */
  private static boolean shifted(Layer l) {
    return l.stride() == 1;
  }

  /**
   * Tap t = ky * 3 + kx of output pixel (y, x) reads input pixel (y - 1 + ky, x - 1 + kx); for a
   * fused layer that input pixel (Y, X) is the upsampling's copy of pixel (Y / 2, X / 2) below it.
   */
  private void shiftForward(int li, Layer l, int n, float[] params, float[] out) {
    int co = l.outC();
    int width = 9 * co;
    float[] t = taps[li];
    float[] wt = toTapMajor(l, params, tapWeights[li]);
    int sh = fused[li] ? 1 : 0;
    Layer src = fused[li] ? layers.get(li - 1) : l;
    int srcW = src.inW();
    int srcPixels = src.inH() * srcW;
    Blas.multiply(acts[fused[li] ? li - 1 : li], 0, false, wt, 0, false, t, 0, n * srcPixels, width, l.inC());
    int h = l.outH();
    int w = l.outW();
    Arrays.fill(out, 0, n * l.outSize(), 0f);
    for (int i = 0; i < n; i++) {
      int srcBase = i * srcPixels;
      int outBase = i * h * w;
      for (int y = 0; y < h; y++) {
        for (int ky = 0; ky < 3; ky++) {
          int iy = y - 1 + ky;
          if (iy < 0 || iy >= h) {
            continue;
          }
          int srcRow = srcBase + (iy >> sh) * srcW;
          for (int kx = 0; kx < 3; kx++) {
            // Output x reads input x - 1 + kx: the valid x form one run along the row.
            int x0 = Math.max(0, 1 - kx);
            int x1 = Math.min(w, w + 1 - kx);
            int tap = (ky * 3 + kx) * co;
            int o = (outBase + y * w + x0) * co;
            for (int x = x0; x < x1; x++, o += co) {
              int from = (srcRow + ((x - 1 + kx) >> sh)) * width + tap;
              for (int c = 0; c < co; c++) {
                out[o + c] += t[from + c];
              }
            }
          }
        }
      }
    }
  }

  /**
   * The shifted products' backward pass: each source pixel's row of tap gradients sums the output
   * gradients of the pixels that read it through that tap (zero where none did); then
   * {@code weight gradient = source^T x tap gradients} and {@code source gradient = tap gradients
   * x weights^T}, written to {@code dIn} (for a fused layer, the gradient of the map before the
   * upsampling).
   */
  private void shiftBackward(int li, Layer l, float[] dZ, int n, float[] params, float[] grad, float[] dIn) {
    int co = l.outC();
    int width = 9 * co;
    float[] dt = taps[li];
    int sh = fused[li] ? 1 : 0;
    Layer src = fused[li] ? layers.get(li - 1) : l;
    int srcW = src.inW();
    int srcPixels = src.inH() * srcW;
    int h = l.outH();
    int w = l.outW();
    Arrays.fill(dt, 0, n * srcPixels * width, 0f);
    for (int i = 0; i < n; i++) {
      int srcBase = i * srcPixels;
      int outBase = i * h * w;
      for (int y = 0; y < h; y++) {
        for (int ky = 0; ky < 3; ky++) {
          int iy = y - 1 + ky;
          if (iy < 0 || iy >= h) {
            continue;
          }
          int srcRow = srcBase + (iy >> sh) * srcW;
          for (int kx = 0; kx < 3; kx++) {
            int x0 = Math.max(0, 1 - kx);
            int x1 = Math.min(w, w + 1 - kx);
            int tap = (ky * 3 + kx) * co;
            int o = (outBase + y * w + x0) * co;
            for (int x = x0; x < x1; x++, o += co) {
              int to = (srcRow + ((x - 1 + kx) >> sh)) * width + tap;
              for (int c = 0; c < co; c++) {
                dt[to + c] += dZ[o + c];
              }
            }
          }
        }
      }
    }
    int rows = n * srcPixels;
    if (grad != null) {
      float[] g = tapGrads[li];
      Blas.multiply(acts[fused[li] ? li - 1 : li], 0, true, dt, 0, false, g, 0, l.inC(), width, rows);
      fromTapMajor(l, g, grad);
    }
    if (dIn != null) {
      float[] wt = toTapMajor(l, params, tapWeights[li]);
      Blas.multiply(dt, 0, false, wt, 0, true, dIn, 0, rows, l.inC(), width);
    }
  }

  /** The weights, stored {@code (tap, inC) x outC}, as {@code inC x (tap, outC)}. */
  private static float[] toTapMajor(Layer l, float[] params, float[] wt) {
    int ci = l.inC();
    int co = l.outC();
    for (int tap = 0; tap < 9; tap++) {
      for (int j = 0; j < ci; j++) {
        System.arraycopy(params, l.offset() + (tap * ci + j) * co, wt, j * 9 * co + tap * co, co);
      }
    }
    return wt;
  }

  /** {@link #toTapMajor}'s inverse, into the weight gradient's place in {@code grad}. */
  private static void fromTapMajor(Layer l, float[] g, float[] grad) {
    int ci = l.inC();
    int co = l.outC();
    for (int tap = 0; tap < 9; tap++) {
      for (int j = 0; j < ci; j++) {
        System.arraycopy(g, j * 9 * co + tap * co, grad, l.offset() + (tap * ci + j) * co, co);
      }
    }
  }

  private static void im2col(Layer l, float[] in, int n, float[] col) {
    int c = l.inC();
    int k = l.patch();
    int inSize = l.inSize();
    int row = 0;
    for (int i = 0; i < n; i++) {
      int base = i * inSize;
      for (int oy = 0; oy < l.outH(); oy++) {
        for (int ox = 0; ox < l.outW(); ox++, row++) {
          int dst = row * k;
          for (int ky = 0; ky < 3; ky++) {
            int iy = oy * l.stride() - 1 + ky;
            for (int kx = 0; kx < 3; kx++, dst += c) {
              int ix = ox * l.stride() - 1 + kx;
              if (iy < 0 || iy >= l.inH() || ix < 0 || ix >= l.inW()) {
                Arrays.fill(col, dst, dst + c, 0f);
              } else {
                System.arraycopy(in, base + (iy * l.inW() + ix) * c, col, dst, c);
              }
            }
          }
        }
      }
    }
  }

  private static void col2im(Layer l, float[] col, int n, float[] dIn) {
    int c = l.inC();
    int k = l.patch();
    int inSize = l.inSize();
    Arrays.fill(dIn, 0, n * inSize, 0f);
    int row = 0;
    for (int i = 0; i < n; i++) {
      int base = i * inSize;
      for (int oy = 0; oy < l.outH(); oy++) {
        for (int ox = 0; ox < l.outW(); ox++, row++) {
          int src = row * k;
          for (int ky = 0; ky < 3; ky++) {
            int iy = oy * l.stride() - 1 + ky;
            for (int kx = 0; kx < 3; kx++, src += c) {
              int ix = ox * l.stride() - 1 + kx;
              if (iy >= 0 && iy < l.inH() && ix >= 0 && ix < l.inW()) {
                int dst = base + (iy * l.inW() + ix) * c;
                for (int j = 0; j < c; j++) {
                  dIn[dst + j] += col[src + j];
                }
              }
            }
          }
        }
      }
    }
  }

  /** Nearest-neighbour: output pixel (y, x) copies input pixel (y / 2, x / 2). */
  private static void upsample(Layer l, float[] in, int n, float[] out) {
    int c = l.inC();
    for (int i = 0; i < n; i++) {
      int ib = i * l.inSize();
      int ob = i * l.outSize();
      for (int y = 0; y < l.outH(); y++) {
        for (int x = 0; x < l.outW(); x++) {
          System.arraycopy(in, ib + ((y / 2) * l.inW() + x / 2) * c, out, ob + (y * l.outW() + x) * c, c);
        }
      }
    }
  }

  private static void upsampleBackward(Layer l, float[] dOut, int n, float[] dIn) {
    int c = l.inC();
    Arrays.fill(dIn, 0, n * l.inSize(), 0f);
    for (int i = 0; i < n; i++) {
      int ib = i * l.inSize();
      int ob = i * l.outSize();
      for (int y = 0; y < l.outH(); y++) {
        for (int x = 0; x < l.outW(); x++) {
          int s = ob + (y * l.outW() + x) * c;
          int d = ib + ((y / 2) * l.inW() + x / 2) * c;
          for (int j = 0; j < c; j++) {
            dIn[d + j] += dOut[s + j];
          }
        }
      }
    }
  }
}
