package org.anomalyworkbench.core.detector.gan;

import java.util.SplittableRandom;

/**
 * A stack of dense layers over one flat float parameter array, with the forward and backward
 * passes written out over row-major float matrices.
 *
 * <p>Why not DL4J: a GAN step runs four networks and sends gradients from one network's
 * input into another's output (the discriminator's features into the generator's decoder, the
 * second encoder into the decoder). DL4J's {@code MultiLayerNetwork} trains one network against
 * its own output layer; chaining them needs a frozen copy of the discriminator per step
 * ({@code DESIGN.md} §6) and pays DL4J's per-batch bookkeeping four times, which on networks of
 * a few thousand weights is most of the time (see {@code DenseNetTrainer}). The LSTM is written
 * over arrays for the same reason.
 *
 * <p>Layout: for each layer, W (inputs x outputs, row-major) then b. Activations are computed in
 * place and their derivatives taken from the activated values, so one array per layer holds
 * what the backward pass needs. Not thread-safe; a {@link Pass} holds one batch's activations.
 */
final class DenseStack {
  private final int[] sizes;
  private final Activation[] activations;
  private final int[] weightOffset;
  private final int[] biasOffset;
  private final float[] params;

  /** What a layer applies after {@code x W + b}. */
  enum Activation {
    IDENTITY, TANH, RELU, LEAKY_RELU, ELU, SIGMOID;

    /** The slope DL4J's LeakyReLU uses by default. */
    static final float LEAKY_SLOPE = 0.01f;

    void apply(float[] a, int from, int to) {
      switch (this) {
        case IDENTITY -> { }
        case TANH -> {
          for (int i = from; i < to; i++) {
            a[i] = (float) Math.tanh(a[i]);
          }
        }
        case RELU -> {
          for (int i = from; i < to; i++) {
            a[i] = Math.max(0f, a[i]);
          }
        }
        case LEAKY_RELU -> {
          for (int i = from; i < to; i++) {
            a[i] = a[i] > 0 ? a[i] : LEAKY_SLOPE * a[i];
          }
        }
        case ELU -> {
          for (int i = from; i < to; i++) {
            a[i] = a[i] > 0 ? a[i] : (float) Math.expm1(a[i]);
          }
        }
        case SIGMOID -> {
          for (int i = from; i < to; i++) {
            a[i] = (float) (1 / (1 + Math.exp(-a[i])));
          }
        }
        default -> throw new IllegalStateException(name());
      }
    }

    /** d activation / d input, from the activated value {@code a}. */
    float derivative(float a) {
      return switch (this) {
        case IDENTITY -> 1f;
        case TANH -> 1f - a * a;
        case RELU -> a > 0 ? 1f : 0f;
        case LEAKY_RELU -> a > 0 ? 1f : LEAKY_SLOPE;
        case ELU -> a > 0 ? 1f : a + 1f;
        case SIGMOID -> a * (1f - a);
      };
    }
  }

  /**
   * @param sizes layer widths from the input to the output, at least two
   * @param activations one per layer ({@code sizes.length - 1})
   * @param seed initial weights: Xavier normal, std sqrt(2 / (in + out)) as DL4J's XAVIER; biases 0
   */
  DenseStack(int[] sizes, Activation[] activations, long seed) {
    this(sizes, activations, new float[parameterCount(sizes)]);
    initialise(seed);
  }

  /** A stack over existing parameters (a loaded model). */
  DenseStack(int[] sizes, Activation[] activations, float[] params) {
    if (sizes.length < 2 || activations.length != sizes.length - 1) {
      throw new IllegalArgumentException("need at least one layer and one activation per layer");
    }
    if (params.length != parameterCount(sizes)) {
      throw new IllegalArgumentException("expected " + parameterCount(sizes) + " parameters, got " + params.length);
    }
    this.sizes = sizes.clone();
    this.activations = activations.clone();
    this.params = params;
    int layers = sizes.length - 1;
    weightOffset = new int[layers];
    biasOffset = new int[layers];
    int offset = 0;
    for (int l = 0; l < layers; l++) {
      weightOffset[l] = offset;
      offset += sizes[l] * sizes[l + 1];
      biasOffset[l] = offset;
      offset += sizes[l + 1];
    }
  }

  static int parameterCount(int[] sizes) {
    int n = 0;
    for (int l = 0; l + 1 < sizes.length; l++) {
      n += sizes[l] * sizes[l + 1] + sizes[l + 1];
    }
    return n;
  }

  /** Fresh Xavier-normal weights and zero biases from {@code seed}. */
  void initialise(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    java.util.Arrays.fill(params, 0f);
    for (int l = 0; l < layers(); l++) {
      double std = Math.sqrt(2.0 / (sizes[l] + sizes[l + 1]));
      for (int i = 0; i < sizes[l] * sizes[l + 1]; i++) {
        params[weightOffset[l] + i] = (float) (gaussian(rnd) * std);
      }
    }
  }

  /** A standard normal draw (Box-Muller; SplittableRandom has no nextGaussian in Java 17). */
  static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
  }

  int layers() {
    return sizes.length - 1;
  }

  int inputs() {
    return sizes[0];
  }

  int outputs() {
    return sizes[sizes.length - 1];
  }

  /** Width of layer {@code l}'s output. */
  int width(int l) {
    return sizes[l + 1];
  }

  int[] sizes() {
    return sizes.clone();
  }

  Activation[] activations() {
    return activations.clone();
  }

  /** The parameters (the array itself: the optimiser moves it in place). */
  float[] params() {
    return params;
  }

  /** One batch's activations: {@code out[l]} is layer l's activated output, rows x width(l). */
  final class Pass {
    final float[][] out = new float[layers()][];
    final float[][] delta = new float[layers()][];
    float[] input;
    int inputOffset;
    int rows;
    float[] inputGradient;
    private double dropout;
    private SplittableRandom dropoutRandom;
    /** Inverted-dropout masks of the inputs of layers 1.. (0 or 1/keep), and those inputs after the mask. */
    private float[][] mask;
    private float[][] dropped;

    /**
     * Drops each hidden unit's output with probability {@code p} in the passes that follow
     * (inverted dropout, as DL4J's: kept units are scaled by 1/(1-p)), drawn from {@code rnd};
     * 0 = off. Only for training passes: scoring passes never drop.
     */
    void dropout(double p, SplittableRandom rnd) {
      this.dropout = p;
      this.dropoutRandom = rnd;
    }

    /** Runs the first {@code upTo} layers on {@code rows} rows of {@code x} from row {@code fromRow}. */
    float[] forward(float[] x, int fromRow, int rows, int upTo) {
      ensure(rows);
      this.input = x;
      this.inputOffset = fromRow * inputs();
      this.rows = rows;
      float[] in = x;
      int inOffset = inputOffset;
      for (int l = 0; l < upTo; l++) {
        if (l > 0 && dropout > 0) {
          in = drop(l, in, rows * sizes[l]);
        }
        layerForward(l, in, inOffset, rows, out[l]);
        in = out[l];
        inOffset = 0;
      }
      return out[upTo - 1];
    }

    /** The whole stack's output. */
    float[] forward(float[] x, int fromRow, int rows) {
      return forward(x, fromRow, rows, layers());
    }

    /**
     * Back-propagates {@code gradOut} (d loss / d output of layer {@code top - 1}, rows x
     * width(top - 1)), adding parameter gradients into {@code grad} (same layout as the
     * parameters; null = do not compute them) and, when {@code wantInput}, leaving d loss / d
     * input in {@link #inputGradient}. {@code gradOut} is overwritten.
     */
    void backward(int top, float[] gradOut, float[] grad, boolean wantInput) {
      float[] d = gradOut;
      for (int l = top - 1; l >= 0; l--) {
        int nIn = sizes[l];
        int nOut = sizes[l + 1];
        Activation act = activations[l];
        float[] o = out[l];
        int n = rows * nOut;
        if (act != Activation.IDENTITY) {
          for (int i = 0; i < n; i++) {
            d[i] *= act.derivative(o[i]);
          }
        }
        float[] in = l == 0 ? input : dropout > 0 ? dropped[l] : out[l - 1];
        int inOffset = l == 0 ? inputOffset : 0;
        if (grad != null) {
          int wo = weightOffset[l];
          int bo = biasOffset[l];
          for (int r = 0; r < rows; r++) {
            int db = r * nOut;
            int ib = inOffset + r * nIn;
            for (int i = 0; i < nIn; i++) {
              float xi = in[ib + i];
              if (xi == 0f) {
                continue;
              }
              int w = wo + i * nOut;
              for (int j = 0; j < nOut; j++) {
                grad[w + j] += xi * d[db + j];
              }
            }
            for (int j = 0; j < nOut; j++) {
              grad[bo + j] += d[db + j];
            }
          }
        }
        if (l == 0 && !wantInput) {
          return;
        }
        float[] prev = l == 0 ? inputGradientBuffer() : delta[l - 1];
        int wo = weightOffset[l];
        for (int r = 0; r < rows; r++) {
          int db = r * nOut;
          int pb = r * nIn;
          for (int i = 0; i < nIn; i++) {
            int w = wo + i * nOut;
            float s = 0f;
            for (int j = 0; j < nOut; j++) {
              s += params[w + j] * d[db + j];
            }
            prev[pb + i] = s;
          }
        }
        if (l > 0 && dropout > 0) {
          float[] m = mask[l];
          for (int i = 0; i < rows * nIn; i++) {
            prev[i] *= m[i];
          }
        }
        d = prev;
      }
    }

    /** {@code in} (layer l's input, n values) with a fresh dropout mask applied. */
    private float[] drop(int l, float[] in, int n) {
      if (mask == null) {
        mask = new float[layers()][];
        dropped = new float[layers()][];
      }
      if (mask[l] == null || mask[l].length < n) {
        mask[l] = new float[n];
        dropped[l] = new float[n];
      }
      float keep = (float) (1 - dropout);
      float scale = 1f / keep;
      float[] m = mask[l];
      float[] o = dropped[l];
      for (int i = 0; i < n; i++) {
        m[i] = dropoutRandom.nextDouble() < keep ? scale : 0f;
        o[i] = in[i] * m[i];
      }
      return o;
    }

    private float[] inputGradientBuffer() {
      if (inputGradient == null || inputGradient.length < rows * inputs()) {
        inputGradient = new float[rows * inputs()];
      }
      return inputGradient;
    }

    private void ensure(int rows) {
      for (int l = 0; l < layers(); l++) {
        int n = rows * sizes[l + 1];
        if (out[l] == null || out[l].length < n) {
          out[l] = new float[n];
          delta[l] = new float[n];
        }
      }
    }
  }

  Pass pass() {
    return new Pass();
  }

  /** {@code out = act(in W + b)} for {@code rows} rows. */
  private void layerForward(int l, float[] in, int inOffset, int rows, float[] out) {
    int nIn = sizes[l];
    int nOut = sizes[l + 1];
    int wo = weightOffset[l];
    int bo = biasOffset[l];
    for (int r = 0; r < rows; r++) {
      int ob = r * nOut;
      System.arraycopy(params, bo, out, ob, nOut);
      int ib = inOffset + r * nIn;
      for (int i = 0; i < nIn; i++) {
        float xi = in[ib + i];
        if (xi == 0f) {
          continue;
        }
        int w = wo + i * nOut;
        for (int j = 0; j < nOut; j++) {
          out[ob + j] += xi * params[w + j];
        }
      }
    }
    activations[l].apply(out, 0, rows * nOut);
  }
}
