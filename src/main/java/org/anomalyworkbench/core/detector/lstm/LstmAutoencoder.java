package org.anomalyworkbench.core.detector.lstm;

import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.sample.SlidingWindows;

/**
 * LSTM encoder-decoder over windows (Malhotra et al., "LSTM-based Encoder-Decoder for
 * Multi-sensor Anomaly Detection", 2016): the encoder reads a window and its last hidden state,
 * the code, is the decoder's input at every step; the decoder's read-out reconstructs the
 * window's points in reverse order. Reversed, as Malhotra et al. and Srivastava et al. do: the
 * decoder's first outputs are the points the encoder read last, so the shortest paths through
 * the code come first and training starts from the easy end instead of first having to recall
 * the window's oldest point. Loss: mean squared reconstruction error over the window's points and
 * channels.
 *
 * <p>Scoring reads windows every {@code window / 2} points (plus one aligned to the end), so each
 * point is reconstructed by about two windows, and a point's error is the mean over them: one
 * window per point would leave points at a window's ends (read first, decoded last) with
 * systematically worse reconstructions, and a stride of 1 would cost {@code window} times more.
 */
final class LstmAutoencoder implements WindowModel {
  private static final int CHUNK_WINDOWS = 256;

  private final LstmNetwork encoder;
  private final LstmNetwork decoder;
  private final int window;
  private float[] x = new float[0];
  private float[] code = new float[0];
  private float[] decoderIn = new float[0];
  private float[] target = new float[0];
  private float[] dDecoderIn = new float[0];
  private float[] dHidden = new float[0];

  /** {@code encoder}: channels in, no read-out; {@code decoder}: the encoder's hidden units in, channels out. */
  LstmAutoencoder(LstmNetwork encoder, LstmNetwork decoder, int window) {
    if (encoder.outputs() != 0 || decoder.channels() != encoder.hidden() || decoder.outputs() != encoder.channels()) {
      throw new IllegalArgumentException("the decoder must read the encoder's " + encoder.hidden()
          + " hidden units and reconstruct its " + encoder.channels() + " channels");
    }
    this.encoder = encoder;
    this.decoder = decoder;
    this.window = window;
  }

  /** A freshly initialised autoencoder; both networks have {@code hidden} units. */
  static LstmAutoencoder create(int channels, int hidden, int window, long seed) {
    return new LstmAutoencoder(new LstmNetwork(channels, hidden, 0, seed),
        new LstmNetwork(hidden, hidden, channels, seed + 1), window);
  }

  LstmNetwork encoder() {
    return encoder;
  }

  LstmNetwork decoder() {
    return decoder;
  }

  @Override
  public float[][] parameters() {
    return new float[][] {encoder.params(), decoder.params()};
  }

  @Override
  public WindowModel sharing() {
    return new LstmAutoencoder(
        new LstmNetwork(encoder.channels(), encoder.hidden(), 0, encoder.params()),
        new LstmNetwork(decoder.channels(), decoder.hidden(), decoder.outputs(), decoder.params()), window);
  }

  @Override
  public int minimumPoints() {
    return window;
  }

  @Override
  public int trainingWindows(int points) {
    return points - window + 1;
  }

  @Override
  public double lossAndGradient(float[] series, int[] starts, int from, int to, double windowScale,
      float[][] gradient) {
    int batch = to - from;
    int channels = encoder.channels();
    int hidden = encoder.hidden();
    int size = window * channels;
    ensureBuffers(batch);
    for (int w = from; w < to; w++) {
      System.arraycopy(series, starts[w] * channels, x, (w - from) * size, size);
    }
    encodeAndReverse(batch);
    java.util.Arrays.fill(dDecoderIn, 0, batch * window * hidden, 0f);
    double scale = windowScale / ((double) window * channels);
    double loss = decoder.backward(decoderIn, target, batch, window, 0, scale, gradient[1], null, dDecoderIn);
    // The code feeds every decoder step, so its gradient is the sum over steps; it enters the
    // encoder as the gradient of its last hidden state (earlier states get none from outside).
    java.util.Arrays.fill(dHidden, 0, batch * window * hidden, 0f);
    for (int b = 0; b < batch; b++) {
      int last = (b * window + window - 1) * hidden;
      for (int t = 0; t < window; t++) {
        int at = (b * window + t) * hidden;
        for (int k = 0; k < hidden; k++) {
          dHidden[last + k] += dDecoderIn[at + k];
        }
      }
    }
    encoder.backward(x, null, batch, window, 0, 0, gradient[0], dHidden, null);
    return loss;
  }

  /**
   * Reconstructions of {@code batch} windows in {@code x} ({@code batch x window x channels}),
   * in the windows' own order, written to {@code out} (same layout).
   */
  void reconstruct(float[] windows, int batch, float[] out) {
    int channels = encoder.channels();
    ensureBuffers(batch);
    System.arraycopy(windows, 0, x, 0, batch * window * channels);
    encodeAndReverse(batch);
    // target is scratch here: the decoder's outputs, last point first.
    decoder.predict(decoderIn, batch, window, 0, target);
    for (int b = 0; b < batch; b++) {
      for (int t = 0; t < window; t++) {
        System.arraycopy(target, (b * window + window - 1 - t) * channels, out, (b * window + t) * channels, channels);
      }
    }
  }

  /** Encodes x, repeats each code over the decoder's steps and writes the reversed windows as targets. */
  private void encodeAndReverse(int batch) {
    int channels = encoder.channels();
    int hidden = encoder.hidden();
    encoder.encode(x, batch, window, code);
    for (int b = 0; b < batch; b++) {
      for (int t = 0; t < window; t++) {
        System.arraycopy(code, b * hidden, decoderIn, (b * window + t) * hidden, hidden);
        System.arraycopy(x, (b * window + window - 1 - t) * channels, target, (b * window + t) * channels, channels);
      }
    }
  }

  private void ensureBuffers(int batch) {
    int hidden = encoder.hidden();
    if (code.length < batch * hidden) {
      x = new float[batch * window * encoder.channels()];
      target = new float[x.length];
      code = new float[batch * hidden];
      decoderIn = new float[batch * window * hidden];
      dDecoderIn = new float[decoderIn.length];
      dHidden = new float[decoderIn.length];
    }
  }

  @Override
  public PointErrors errors(float[] series, int points) {
    int channels = encoder.channels();
    if (points < window) {
      throw new IllegalArgumentException("The series has " + points + " point" + (points == 1 ? "" : "s")
          + "; the LSTM autoencoder needs at least a window of " + window + ". Choose a shorter window.");
    }
    SlidingWindows windows = new SlidingWindows(points, window, Math.max(1, window / 2));
    int size = window * channels;
    float[] squared = new float[windows.count() * size];
    // Contiguous ranges of windows on the cores, each with its own buffers over the same parameters.
    int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), windows.count() / CHUNK_WINDOWS));
    IntStream.range(0, parts).parallel().forEach(part -> {
      LstmAutoencoder own = part == 0 ? this : (LstmAutoencoder) sharing();
      int lo = (int) ((long) windows.count() * part / parts);
      int hi = (int) ((long) windows.count() * (part + 1) / parts);
      float[] in = new float[CHUNK_WINDOWS * size];
      float[] out = new float[in.length];
      for (int from = lo; from < hi; from += CHUNK_WINDOWS) {
        int to = Math.min(hi, from + CHUNK_WINDOWS);
        for (int w = from; w < to; w++) {
          System.arraycopy(series, windows.start(w) * channels, in, (w - from) * size, size);
        }
        own.reconstruct(in, to - from, out);
        for (int i = 0; i < (to - from) * size; i++) {
          float e = out[i] - in[i];
          squared[from * size + i] = e * e;
        }
      }
    });
    float[] sum = new float[points * channels];
    int[] covering = new int[points];
    for (int w = 0; w < windows.count(); w++) {
      int start = windows.start(w);
      for (int t = 0; t < window; t++) {
        covering[start + t]++;
        for (int c = 0; c < channels; c++) {
          sum[(start + t) * channels + c] += squared[(w * window + t) * channels + c];
        }
      }
    }
    int[] point = new int[points];
    for (int p = 0; p < points; p++) {
      point[p] = p;
      for (int c = 0; c < channels; c++) {
        sum[p * channels + c] /= covering[p];
      }
    }
    return new PointErrors(point, sum);
  }
}
