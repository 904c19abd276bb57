package org.anomalyworkbench.core.detector.convae;

import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.detector.convae.ConvNetwork.Act;
import org.anomalyworkbench.core.detector.convae.ConvNetwork.Kind;
import org.anomalyworkbench.core.detector.convae.ConvNetwork.Layer;

/**
 * Forward and backward passes of a {@link ConvNetwork} over up to {@code capacity} images, with
 * every buffer allocated once. One per thread: the buffers are this pass's own, the parameters
 * are the network's, read only here.
 *
 * <p>A convolution is im2col (one row per output pixel holding its 3x3 neighbourhood, zeros
 * outside the image) times the weight matrix; its backward pass is the transposed products and
 * col2im (adding each patch gradient back to the pixels it came from).
 */
final class ConvPass {
  private final ConvNetwork net;
  private final List<Layer> layers;
  private final int capacity;
  private final float[][] acts;
  private final float[][] deltas;
  private final float[][] cols;
  private final Blas gemm = new Blas();

  ConvPass(ConvNetwork net, int capacity) {
    this.net = net;
    this.layers = net.layers();
    this.capacity = capacity;
    int n = layers.size();
    acts = new float[n + 1][];
    deltas = new float[n + 1][];
    cols = new float[n][];
    acts[0] = new float[capacity * net.imageSize()];
    deltas[0] = null; // the input needs no gradient
    for (int i = 0; i < n; i++) {
      Layer l = layers.get(i);
      acts[i + 1] = new float[capacity * l.outSize()];
      deltas[i + 1] = new float[capacity * l.outSize()];
      if (l.kind() == Kind.CONV && !direct(l)) {
        cols[i] = new float[capacity * l.pixels() * l.patch()];
      }
    }
  }

  int capacity() {
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
    check(n);
    int size = net.imageSize();
    for (int i = 0; i < n; i++) {
      toPixelMajor(images, rows[from + i] * size, acts[0], i * size);
    }
    forward(n);
    float[] y = acts[layers.size()];
    float[] dy = deltas[layers.size()];
    float[] x = acts[0];
    double sse = 0;
    float scale = (float) (2 * lossScale);
    for (int i = 0; i < n * size; i++) {
      float e = y[i] - x[i];
      sse += e * e;
      dy[i] = scale * e;
    }
    backward(n, grad);
    return sse;
  }

  /**
   * Reconstructs images {@code first .. first + n} of {@code images} into {@code out} from
   * {@code outOff}, channel-major like the input.
   */
  void reconstruct(float[] images, int first, int n, float[] out, int outOff) {
    check(n);
    int size = net.imageSize();
    for (int i = 0; i < n; i++) {
      toPixelMajor(images, (first + i) * size, acts[0], i * size);
    }
    forward(n);
    float[] y = acts[layers.size()];
    for (int i = 0; i < n; i++) {
      toChannelMajor(y, i * size, out, outOff + i * size);
    }
  }

  private void check(int n) {
    if (n < 1 || n > capacity) {
      throw new IllegalArgumentException("batch of " + n + " images; this pass holds 1.." + capacity);
    }
  }

  private void toPixelMajor(float[] src, int off, float[] dst, int dOff) {
    int c = net.channels();
    if (c == 1) {
      System.arraycopy(src, off, dst, dOff, net.imageSize());
      return;
    }
    int p = net.height() * net.width();
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < p; i++) {
        dst[dOff + i * c + ch] = src[off + ch * p + i];
      }
    }
  }

  private void toChannelMajor(float[] src, int off, float[] dst, int dOff) {
    int c = net.channels();
    if (c == 1) {
      System.arraycopy(src, off, dst, dOff, net.imageSize());
      return;
    }
    int p = net.height() * net.width();
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < p; i++) {
        dst[dOff + ch * p + i] = src[off + i * c + ch];
      }
    }
  }

  private void forward(int n) {
    float[] params = net.params();
    for (int li = 0; li < layers.size(); li++) {
      Layer l = layers.get(li);
      float[] in = acts[li];
      float[] out = acts[li + 1];
      switch (l.kind()) {
        case CONV -> {
          int rows = n * l.pixels();
          if (direct(l)) {
            directForward(l, in, n, params, out);
          } else {
            im2col(l, in, n, cols[li]);
            gemm.multiply(cols[li], 0, false, params, l.offset(), false, out, 0, rows, l.outC(), l.patch());
          }
          biasAndActivate(out, rows, l.outC(), params, l.offset() + l.weights(), l.act());
        }
        case DENSE -> {
          gemm.multiply(in, 0, false, params, l.offset(), false, out, 0, n, l.outC(), l.inC());
          biasAndActivate(out, n, l.outC(), params, l.offset() + l.weights(), l.act());
        }
        case UPSAMPLE -> upsample(l, in, n, out);
        default -> throw new IllegalStateException();
      }
    }
  }

  private void backward(int n, float[] grad) {
    float[] params = net.params();
    for (int li = layers.size() - 1; li >= 0; li--) {
      Layer l = layers.get(li);
      float[] out = acts[li + 1];
      float[] dOut = deltas[li + 1];
      float[] in = acts[li];
      float[] dIn = deltas[li];
      switch (l.kind()) {
        case CONV -> {
          int rows = n * l.pixels();
          activationGradient(out, dOut, rows * l.outC(), l.act());
          biasGradient(dOut, rows, l.outC(), grad, l.offset() + l.weights());
          if (direct(l)) {
            directBackward(l, in, dOut, n, params, grad, dIn);
          } else {
            gemm.multiply(cols[li], 0, true, dOut, 0, false, grad, l.offset(), l.patch(), l.outC(), rows);
            if (dIn != null) {
              gemm.multiply(dOut, 0, false, params, l.offset(), true, cols[li], 0, rows, l.patch(), l.outC());
              col2im(l, cols[li], n, dIn);
            }
          }
        }
        case DENSE -> {
          activationGradient(out, dOut, n * l.outC(), l.act());
          gemm.multiply(in, 0, true, dOut, 0, false, grad, l.offset(), l.inC(), l.outC(), n);
          biasGradient(dOut, n, l.outC(), grad, l.offset() + l.weights());
          if (dIn != null) {
            gemm.multiply(dOut, 0, false, params, l.offset(), true, dIn, 0, n, l.inC(), l.outC());
          }
        }
        case UPSAMPLE -> upsampleBackward(l, dOut, n, dIn);
        default -> throw new IllegalStateException();
      }
    }
  }

  private static void biasAndActivate(float[] out, int rows, int width, float[] params, int biasOff, Act act) {
    for (int r = 0; r < rows; r++) {
      int o = r * width;
      for (int j = 0; j < width; j++) {
        float z = out[o + j] + params[biasOff + j];
        out[o + j] = switch (act) {
          case LEAKY_RELU -> z > 0 ? z : ConvNetwork.LEAK * z;
          case SIGMOID -> (float) (1 / (1 + Math.exp(-z)));
          case IDENTITY -> z;
        };
      }
    }
  }

  /** Turns the gradient with respect to the activation into the gradient before it, in place. */
  private static void activationGradient(float[] out, float[] d, int count, Act act) {
    switch (act) {
      case LEAKY_RELU -> {
        for (int i = 0; i < count; i++) {
          if (out[i] <= 0) {
            d[i] *= ConvNetwork.LEAK;
          }
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
   * Convolutions to a few channels (the last layer, back to the image's 1-3 channels) run as
   * plain loops: through im2col and BLAS, the 16 -> 1 convolution at 28x28 was a product with one
   * output column over a 58 MB patch matrix, and took 3 of the 4.5 s of a 128-image step.
   */
  private static boolean direct(Layer l) {
    return l.outC() <= 4;
  }

  private static void directForward(Layer l, float[] in, int n, float[] params, float[] out) {
    int ci = l.inC();
    int co = l.outC();
    int w0 = l.offset();
    Arrays.fill(out, 0, n * l.outSize(), 0f);
    for (int i = 0; i < n; i++) {
      int ib = i * l.inSize();
      int ob = i * l.outSize();
      for (int oy = 0; oy < l.outH(); oy++) {
        for (int ox = 0; ox < l.outW(); ox++) {
          int o = ob + (oy * l.outW() + ox) * co;
          for (int ky = 0; ky < 3; ky++) {
            int iy = oy * l.stride() - 1 + ky;
            if (iy < 0 || iy >= l.inH()) {
              continue;
            }
            for (int kx = 0; kx < 3; kx++) {
              int ix = ox * l.stride() - 1 + kx;
              if (ix < 0 || ix >= l.inW()) {
                continue;
              }
              int src = ib + (iy * l.inW() + ix) * ci;
              int wRow = w0 + (ky * 3 + kx) * ci * co;
              for (int c = 0; c < co; c++) {
                float sum = 0;
                for (int j = 0; j < ci; j++) {
                  sum += in[src + j] * params[wRow + j * co + c];
                }
                out[o + c] += sum;
              }
            }
          }
        }
      }
    }
  }

  private static void directBackward(Layer l, float[] in, float[] dZ, int n, float[] params, float[] grad,
      float[] dIn) {
    int ci = l.inC();
    int co = l.outC();
    int w0 = l.offset();
    Arrays.fill(grad, w0, w0 + l.weights(), 0f);
    if (dIn != null) {
      Arrays.fill(dIn, 0, n * l.inSize(), 0f);
    }
    for (int i = 0; i < n; i++) {
      int ib = i * l.inSize();
      int ob = i * l.outSize();
      for (int oy = 0; oy < l.outH(); oy++) {
        for (int ox = 0; ox < l.outW(); ox++) {
          int o = ob + (oy * l.outW() + ox) * co;
          for (int ky = 0; ky < 3; ky++) {
            int iy = oy * l.stride() - 1 + ky;
            if (iy < 0 || iy >= l.inH()) {
              continue;
            }
            for (int kx = 0; kx < 3; kx++) {
              int ix = ox * l.stride() - 1 + kx;
              if (ix < 0 || ix >= l.inW()) {
                continue;
              }
              int src = ib + (iy * l.inW() + ix) * ci;
              int wRow = w0 + (ky * 3 + kx) * ci * co;
              for (int c = 0; c < co; c++) {
                float d = dZ[o + c];
                if (d == 0) {
                  continue;
                }
                if (co == 1) {
                  for (int j = 0; j < ci; j++) {
                    grad[wRow + j] += d * in[src + j];
                  }
                  if (dIn != null) {
                    for (int j = 0; j < ci; j++) {
                      dIn[src + j] += d * params[wRow + j];
                    }
                  }
                } else {
                  for (int j = 0; j < ci; j++) {
                    grad[wRow + j * co + c] += d * in[src + j];
                    if (dIn != null) {
                      dIn[src + j] += d * params[wRow + j * co + c];
                    }
                  }
                }
              }
            }
          }
        }
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
