package org.anomalyworkbench.core.detector.lstm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A one-layer LSTM with a linear read-out that forecasts the next point of a series at every
 * step, written over plain float arrays. DL4J's own LSTM layer trained 200-400 windows/s for
 * the default shape (window 64, hidden 32) on two cores, far from PyTorch; these loops
 * (vectorised by the JIT along the 4·hidden gate axis) do the same math: gates in DL4J's order
 * and layout (cell input, forget, output, input gate; {@code x·W + h·RW + b}), so
 * {@code LstmNetworkTest} checks outputs and gradients against DL4J's {@code LSTM} layer.
 *
 * <p>Parameters live in one flat array: {@code W [inputs x 4h] | RW [h x 4h] | b [4h] |
 * Wy [h x outputs] | by [outputs]}, each row-major. A forecaster reads and predicts the same
 * channels ({@code inputs == outputs}); the autoencoder's encoder has no read-out
 * ({@code outputs == 0}) and its decoder reads the code ({@code inputs == hidden} of the encoder).
 *
 * <p>Loss: for each window of {@code steps} inputs and every step {@code t >= warmUp}, the
 * prediction {@code h_t·Wy + by} is compared with the target of that step; the loss is the mean
 * over windows, scored steps and channels of the squared error. Not thread-safe: one instance
 * (with its buffers) per thread.
 */
public final class LstmNetwork {
  private final int channels;
  private final int outputs;
  private final int hidden;
  private final int gates;
  private final int offRw;
  private final int offB;
  private final int offWy;
  private final int offBy;
  private final int size;
  private float[] params;

  // Buffers for one batch, grown on demand: post-activation gates, cell, tanh(cell), hidden.
  private float[] act = new float[0];
  private float[] cell = new float[0];
  private float[] tanhCell = new float[0];
  private float[] hiddenOut = new float[0];
  private float[] dz = new float[0];
  private float[] dh = new float[0];
  private float[] dc = new float[0];
  private float[] dhPrev = new float[0];
  private float[] recurrentT = new float[0];
  private float[] inputT = new float[0];

  /** A forecaster (reads and predicts {@code channels}) initialised like DL4J's XAVIER (forget-gate bias 1). */
  public LstmNetwork(int channels, int hidden, long seed) {
    this(channels, hidden, channels, seed);
  }

  /** A network reading {@code inputs} and predicting {@code outputs} (0: no read-out), XAVIER-initialised. */
  public LstmNetwork(int inputs, int hidden, int outputs, long seed) {
    this(inputs, hidden, outputs, new float[0]);
    SplittableRandom rnd = new SplittableRandom(seed);
    xavier(rnd, 0, inputs, gates);
    xavier(rnd, offRw, hidden, gates);
    Arrays.fill(params, offB + hidden, offB + 2 * hidden, 1f);
    xavier(rnd, offWy, hidden, outputs);
  }

  /** A forecaster over {@code params} (not copied), laid out as described above. */
  public LstmNetwork(int channels, int hidden, float[] params) {
    this(channels, hidden, channels, params);
  }

  /** A network over {@code params} (not copied), laid out as described above. */
  public LstmNetwork(int inputs, int hidden, int outputs, float[] params) {
    if (inputs < 1 || hidden < 1 || outputs < 0) {
      throw new IllegalArgumentException("inputs and hidden units must be at least 1, outputs at least 0");
    }
    this.channels = inputs;
    this.outputs = outputs;
    this.hidden = hidden;
    this.gates = 4 * hidden;
    this.offRw = inputs * gates;
    this.offB = offRw + hidden * gates;
    this.offWy = offB + gates;
    this.offBy = offWy + hidden * outputs;
    this.size = offBy + outputs;
    this.params = params.length == 0 ? new float[size] : params;
    if (this.params.length != size) {
      throw new IllegalArgumentException(params.length + " parameters for an LSTM that needs " + size);
    }
  }

  /** Number of parameters of a forecaster of this shape. */
  public static int parameterCount(int channels, int hidden) {
    return parameterCount(channels, hidden, channels);
  }

  /** Number of parameters for this shape. */
  public static int parameterCount(int inputs, int hidden, int outputs) {
    return 4 * hidden * (inputs + hidden + 1) + hidden * outputs + outputs;
  }

  /** Input channels per step. */
  public int channels() {
    return channels;
  }

  /** Values the read-out predicts per step (0: none). */
  public int outputs() {
    return outputs;
  }

  public int hidden() {
    return hidden;
  }

  /** The flat parameters (not a copy). */
  public float[] params() {
    return params;
  }

  /** Replaces the parameters (not copied). */
  public void setParams(float[] p) {
    if (p.length != size) {
      throw new IllegalArgumentException(p.length + " parameters, expected " + size);
    }
    params = p;
  }

  /** Offsets of the parameter blocks, for tests that copy DL4J's parameters in. */
  int[] offsets() {
    return new int[] {0, offRw, offB, offWy, offBy, size};
  }

  /**
   * Runs a batch forward and writes the predictions of steps {@code warmUp..steps-1} into
   * {@code predictions} ({@code batch x (steps - warmUp) x outputs}).
   *
   * @param x inputs, {@code batch x steps x channels}, point-major per window
   */
  public void predict(float[] x, int batch, int steps, int warmUp, float[] predictions) {
    forward(x, batch, steps);
    int scored = steps - warmUp;
    for (int b = 0; b < batch; b++) {
      for (int t = warmUp; t < steps; t++) {
        readOut(((t * batch) + b) * hidden, predictions, ((b * scored) + t - warmUp) * outputs);
      }
    }
  }

  /**
   * Runs a batch forward and writes each window's last hidden state into {@code code}
   * ({@code batch x hidden}): what an encoder hands its decoder.
   */
  public void encode(float[] x, int batch, int steps, float[] code) {
    forward(x, batch, steps);
    System.arraycopy(hiddenOut, (steps - 1) * batch * hidden, code, 0, batch * hidden);
  }

  /**
   * One forward and backward pass: returns the loss and adds its gradient (same layout as the
   * parameters) to {@code gradient}.
   *
   * @param x inputs, {@code batch x steps x channels}
   * @param y targets, {@code batch x steps x outputs} (only steps {@code >= warmUp} are used)
   * @param lossScale the loss is a sum of squared errors times this (e.g. 1 / (windows · scored steps · channels))
   */
  public double lossAndGradient(float[] x, float[] y, int batch, int steps, int warmUp, double lossScale,
      float[] gradient) {
    return backward(x, y, batch, steps, warmUp, lossScale, gradient, null, null);
  }

  /**
   * {@link #lossAndGradient} for a network inside a larger one: an outside loss's gradient with
   * respect to each step's hidden state joins the read-out's, and the gradient with respect to
   * the inputs ({@code dz_t · W^T}) is handed back, so two networks can be trained end to end
   * (the autoencoder's decoder passes its inputs' gradient to the encoder's last state).
   *
   * @param y read-out targets as in {@link #lossAndGradient}, or null for no read-out loss
   * @param dHidden null, or the outside gradient for each hidden state, {@code batch x steps x hidden}
   * @param dx null, or where the inputs' gradient is added, {@code batch x steps x inputs}
   * @return the read-out loss (0 without targets)
   */
  public double backward(float[] x, float[] y, int batch, int steps, int warmUp, double lossScale,
      float[] gradient, float[] dHidden, float[] dx) {
    forward(x, batch, steps);
    ensureBackwardBuffers(batch);
    transposeRecurrent();
    if (dx != null) {
      inputT = transpose(params, 0, channels, gates, inputT);
    }
    Arrays.fill(dc, 0, batch * hidden, 0f);
    Arrays.fill(dh, 0, batch * hidden, 0f);
    double loss = 0;
    float scale = (float) lossScale;
    float[] pred = new float[outputs];
    for (int t = steps - 1; t >= 0; t--) {
      if (dHidden != null) {
        for (int b = 0; b < batch; b++) {
          axpy(1f, dHidden, (b * steps + t) * hidden, dh, b * hidden, hidden);
        }
      }
      if (y != null && t >= warmUp) {
        for (int b = 0; b < batch; b++) {
          int hb = (t * batch + b) * hidden;
          readOut(hb, pred, 0);
          int yb = (b * steps + t) * outputs;
          for (int c = 0; c < outputs; c++) {
            float e = pred[c] - y[yb + c];
            loss += (double) e * e;
            float g = 2f * e * scale;
            gradient[offBy + c] += g;
            for (int k = 0; k < hidden; k++) {
              gradient[offWy + k * outputs + c] += hiddenOut[hb + k] * g;
              dh[b * hidden + k] += params[offWy + k * outputs + c] * g;
            }
          }
        }
      }
      backStep(x, batch, steps, t, gradient, dx);
    }
    return loss * lossScale;
  }

  private void backStep(float[] x, int batch, int steps, int t, float[] gradient, float[] dx) {
    int h = hidden;
    for (int b = 0; b < batch; b++) {
      int ab = (t * batch + b) * gates;
      int cb = (t * batch + b) * h;
      int pb = ((t - 1) * batch + b) * h;
      int zb = b * gates;
      for (int k = 0; k < h; k++) {
        float g = act[ab + k];
        float f = act[ab + h + k];
        float o = act[ab + 2 * h + k];
        float i = act[ab + 3 * h + k];
        float tc = tanhCell[cb + k];
        float dhk = dh[b * h + k];
        float dck = dc[b * h + k] + dhk * o * (1 - tc * tc);
        float cPrev = t > 0 ? cell[pb + k] : 0f;
        dz[zb + k] = dck * i * (1 - g * g);
        dz[zb + h + k] = dck * cPrev * f * (1 - f);
        dz[zb + 2 * h + k] = dhk * tc * o * (1 - o);
        dz[zb + 3 * h + k] = dck * g * i * (1 - i);
        dc[b * h + k] = dck * f;
      }
    }
    for (int b = 0; b < batch; b++) {
      int zb = b * gates;
      int xb = (b * steps + t) * channels;
      for (int c = 0; c < channels; c++) {
        axpy(x[xb + c], dz, zb, gradient, c * gates, gates);
      }
      axpy(1f, dz, zb, gradient, offB, gates);
      if (dx != null) {
        // dx_t = dz_t · W^T, as rows of W^T added up (vectorised, like dh_prev below).
        for (int j = 0; j < gates; j++) {
          axpy(dz[zb + j], inputT, j * channels, dx, xb, channels);
        }
      }
      if (t > 0) {
        int pb = ((t - 1) * batch + b) * h;
        for (int k = 0; k < h; k++) {
          axpy(hiddenOut[pb + k], dz, zb, gradient, offRw + k * gates, gates);
        }
      }
    }
    // dh for step t-1 through the recurrent weights, dh_prev = dz . RW^T, as rows of RW^T
    // added up (a dot product per unit would be a float reduction the JIT does not vectorise).
    for (int b = 0; b < batch; b++) {
      int zb = b * gates;
      int ob = b * h;
      Arrays.fill(dhPrev, ob, ob + h, 0f);
      for (int j = 0; j < gates; j++) {
        axpy(dz[zb + j], recurrentT, j * h, dhPrev, ob, h);
      }
    }
    float[] swap = dh;
    dh = dhPrev;
    dhPrev = swap;
  }

  private void forward(float[] x, int batch, int steps) {
    ensureForwardBuffers(batch, steps);
    int h = hidden;
    for (int t = 0; t < steps; t++) {
      for (int b = 0; b < batch; b++) {
        int ab = (t * batch + b) * gates;
        System.arraycopy(params, offB, act, ab, gates);
        int xb = (b * steps + t) * channels;
        for (int c = 0; c < channels; c++) {
          axpy(x[xb + c], params, c * gates, act, ab, gates);
        }
        if (t > 0) {
          int pb = ((t - 1) * batch + b) * h;
          for (int k = 0; k < h; k++) {
            axpy(hiddenOut[pb + k], params, offRw + k * gates, act, ab, gates);
          }
        }
        int cb = (t * batch + b) * h;
        int pb = ((t - 1) * batch + b) * h;
        for (int k = 0; k < h; k++) {
          float g = tanh(act[ab + k]);
          float f = sigmoid(act[ab + h + k]);
          float o = sigmoid(act[ab + 2 * h + k]);
          float i = sigmoid(act[ab + 3 * h + k]);
          act[ab + k] = g;
          act[ab + h + k] = f;
          act[ab + 2 * h + k] = o;
          act[ab + 3 * h + k] = i;
          float c = i * g + (t > 0 ? f * cell[pb + k] : 0f);
          cell[cb + k] = c;
          float tc = tanh(c);
          tanhCell[cb + k] = tc;
          hiddenOut[cb + k] = o * tc;
        }
      }
    }
  }

  private void readOut(int hb, float[] out, int at) {
    for (int c = 0; c < outputs; c++) {
      float s = params[offBy + c];
      for (int k = 0; k < hidden; k++) {
        s += hiddenOut[hb + k] * params[offWy + k * outputs + c];
      }
      out[at + c] = s;
    }
  }

  private static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
    for (int j = 0; j < n; j++) {
      y[yo + j] += a * x[xo + j];
    }
  }

  static float sigmoid(float v) {
    return 1f / (1f + (float) Math.exp(-v));
  }

  static float tanh(float v) {
    // 2·sigmoid(2v) - 1 through the exp intrinsic: Math.tanh is several times slower, and the
    // absolute error (~1e-7) is below float resolution of the gates' use.
    return 2f / (1f + (float) Math.exp(-2f * v)) - 1f;
  }

  private void ensureForwardBuffers(int batch, int steps) {
    int n = batch * steps;
    if (act.length < n * gates) {
      act = new float[n * gates];
      cell = new float[n * hidden];
      tanhCell = new float[n * hidden];
      hiddenOut = new float[n * hidden];
    }
  }

  private void transposeRecurrent() {
    recurrentT = transpose(params, offRw, hidden, gates, recurrentT);
  }

  /** The {@code rows x cols} block at {@code offset} transposed into {@code into} (reallocated if its size differs). */
  private static float[] transpose(float[] p, int offset, int rows, int cols, float[] into) {
    float[] out = into.length == rows * cols ? into : new float[rows * cols];
    for (int k = 0; k < rows; k++) {
      for (int j = 0; j < cols; j++) {
        out[j * rows + k] = p[offset + k * cols + j];
      }
    }
    return out;
  }

  private void ensureBackwardBuffers(int batch) {
    if (dz.length < batch * gates) {
      dz = new float[batch * gates];
      dh = new float[batch * hidden];
      dc = new float[batch * hidden];
      dhPrev = new float[batch * hidden];
    }
  }

  private void xavier(SplittableRandom rnd, int offset, int fanIn, int fanOut) {
    double sd = Math.sqrt(2.0 / (fanIn + fanOut));
    for (int i = 0; i < fanIn * fanOut; i++) {
      params[offset + i] = (float) (gaussian(rnd) * sd);
    }
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
