package org.anomalyworkbench.core.detector.lstm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.junit.jupiter.api.Test;

class LstmNetworkTest {
  private static final int C = 2;
  private static final int H = 5;
  private static final int T = 7;
  private static final int B = 3;

  private static MultiLayerNetwork dl4j() {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.FLOAT)
        .updater(new Sgd(0.1)).list()
        .layer(new LastTimeStep(new LSTM.Builder().nIn(C).nOut(H).activation(Activation.TANH).build()))
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(H).nOut(C)
            .activation(Activation.IDENTITY).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    // Non-zero biases, so their gradients and gate order are checked too.
    net.getParam("0_b").assign(Nd4j.rand(DataType.FLOAT, 4 * H).subi(0.5));
    net.getParam("1_b").assign(Nd4j.rand(DataType.FLOAT, C).subi(0.5));
    return net;
  }

  /** Our flat layout from DL4J's parameter table, element by element (independent of its ordering). */
  private static float[] ours(MultiLayerNetwork net, java.util.function.Function<String, INDArray> table) {
    LstmNetwork shape = new LstmNetwork(C, H, new float[LstmNetwork.parameterCount(C, H)]);
    int[] off = shape.offsets();
    float[] p = new float[off[5]];
    copy(table.apply("0_W"), p, off[0]);
    copy(table.apply("0_RW"), p, off[1]);
    copy(table.apply("0_b"), p, off[2]);
    copy(table.apply("1_W"), p, off[3]);
    copy(table.apply("1_b"), p, off[4]);
    return p;
  }

  private static void copy(INDArray m, float[] p, int offset) {
    if (m.rank() == 1) {
      m = m.reshape(1, m.length());
    }
    long rows = m.size(0);
    long cols = m.size(1);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        p[offset + (int) (r * cols + c)] = m.getFloat(r, c);
      }
    }
  }

  private static float[] inputs(long seed, int batch) {
    SplittableRandom rnd = new SplittableRandom(seed);
    float[] x = new float[batch * T * C];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextDouble() * 2 - 1);
    }
    return x;
  }

  /** Our point-major windows as DL4J's [batch, channels, time]. */
  private static INDArray ncw(float[] x, int batch) {
    INDArray a = Nd4j.create(DataType.FLOAT, batch, C, T);
    for (int b = 0; b < batch; b++) {
      for (int t = 0; t < T; t++) {
        for (int c = 0; c < C; c++) {
          a.putScalar(new int[] {b, c, t}, x[(b * T + t) * C + c]);
        }
      }
    }
    return a;
  }

  @Test
  void predictionsEqualDl4jsLstmLayer() {
    MultiLayerNetwork net = dl4j();
    LstmNetwork lstm = new LstmNetwork(C, H, ours(net, net::getParam));
    float[] x = inputs(1, B);
    float[] ours = new float[B * C];
    lstm.predict(x, B, T, T - 1, ours);
    INDArray expected = net.output(ncw(x, B));
    for (int b = 0; b < B; b++) {
      for (int c = 0; c < C; c++) {
        assertEquals(expected.getFloat(b, c), ours[b * C + c], 2e-6, "window " + b + " channel " + c);
      }
    }
  }

  @Test
  void lossAndGradientsEqualDl4jsForTheLastStep() {
    MultiLayerNetwork net = dl4j();
    LstmNetwork lstm = new LstmNetwork(C, H, ours(net, net::getParam));
    float[] x = inputs(2, B);
    float[] y = new float[B * T * C];
    INDArray labels = Nd4j.create(DataType.FLOAT, B, C);
    SplittableRandom rnd = new SplittableRandom(9);
    for (int b = 0; b < B; b++) {
      for (int c = 0; c < C; c++) {
        float v = (float) rnd.nextGaussian();
        y[(b * T + T - 1) * C + c] = v;
        labels.putScalar(b, c, v);
      }
    }
    net.setInput(ncw(x, B));
    net.setLabels(labels);
    net.computeGradientAndScore();
    Gradient g = net.gradient();
    float[] expected = ours(net, g::getGradientFor);
    float[] gradient = new float[expected.length];
    // DL4J's MSE: squared error summed over outputs / outputs, averaged over the batch.
    double loss = lstm.lossAndGradient(x, y, B, T, T - 1, 1.0 / (B * C), gradient);
    assertEquals(net.score(), loss, 1e-5);
    // DL4J's gradient is of the batch's summed loss: its updater divides by the batch size later.
    for (int i = 0; i < expected.length; i++) {
      expected[i] /= B;
    }
    assertArrayEquals(expected, gradient, 2e-6f);
  }

  @Test
  void gradientsOfEveryScoredStepMatchFiniteDifferences() {
    LstmNetwork lstm = new LstmNetwork(C, H, 4);
    float[] x = inputs(3, B);
    float[] y = inputs(5, B);
    int warm = 2;
    double scale = 1.0 / (B * (T - warm) * C);
    float[] gradient = new float[LstmNetwork.parameterCount(C, H)];
    lstm.lossAndGradient(x, y, B, T, warm, scale, gradient);
    float[] p = lstm.params();
    SplittableRandom rnd = new SplittableRandom(11);
    for (int n = 0; n < 40; n++) {
      int i = rnd.nextInt(p.length);
      float keep = p[i];
      float eps = 1e-2f;
      p[i] = keep + eps;
      double up = lstm.lossAndGradient(x, y, B, T, warm, scale, new float[p.length]);
      p[i] = keep - eps;
      double down = lstm.lossAndGradient(x, y, B, T, warm, scale, new float[p.length]);
      p[i] = keep;
      double numeric = (up - down) / (2 * eps);
      assertTrue(Math.abs(numeric - gradient[i]) < 2e-3 + 0.02 * Math.abs(numeric),
          "parameter " + i + ": analytic " + gradient[i] + ", numeric " + numeric);
    }
  }

  /**
   * The end-to-end variant: L = read-out loss + sum(G · h_last) for a fixed G, so dL/dh_last = G
   * enters from outside, and both the parameters' and the inputs' gradients must match finite
   * differences (the inputs' is what the autoencoder's decoder hands its encoder).
   */
  @Test
  void outsideHiddenGradientsAndInputGradientsMatchFiniteDifferences() {
    int in = 3;
    int out = 2;
    LstmNetwork lstm = new LstmNetwork(in, H, out, 6);
    SplittableRandom rnd = new SplittableRandom(12);
    float[] x = new float[B * T * in];
    float[] y = new float[B * T * out];
    float[] g = new float[B * H];
    for (float[] a : new float[][] {x, y, g}) {
      for (int i = 0; i < a.length; i++) {
        a[i] = (float) (rnd.nextDouble() * 2 - 1);
      }
    }
    float[] dHidden = new float[B * T * H];
    for (int b = 0; b < B; b++) {
      System.arraycopy(g, b * H, dHidden, (b * T + T - 1) * H, H);
    }
    int warm = 3;
    double scale = 1.0 / (B * (T - warm) * out);
    float[] gradient = new float[LstmNetwork.parameterCount(in, H, out)];
    float[] dx = new float[x.length];
    lstm.backward(x, y, B, T, warm, scale, gradient, dHidden, dx);
    java.util.function.DoubleSupplier loss = () -> {
      float[] code = new float[B * H];
      lstm.encode(x, B, T, code);
      double outside = 0;
      for (int i = 0; i < code.length; i++) {
        outside += (double) g[i] * code[i];
      }
      return lstm.lossAndGradient(x, y, B, T, warm, scale, new float[gradient.length]) + outside;
    };
    float eps = 1e-2f;
    for (float[][] pair : new float[][][] {{lstm.params(), gradient}, {x, dx}}) {
      float[] v = pair[0];
      for (int n = 0; n < 30; n++) {
        int i = rnd.nextInt(v.length);
        float keep = v[i];
        v[i] = keep + eps;
        double up = loss.getAsDouble();
        v[i] = keep - eps;
        double down = loss.getAsDouble();
        v[i] = keep;
        double numeric = (up - down) / (2 * eps);
        assertTrue(Math.abs(numeric - pair[1][i]) < 2e-3 + 0.02 * Math.abs(numeric),
            (v == x ? "input " : "parameter ") + i + ": analytic " + pair[1][i] + ", numeric " + numeric);
      }
    }
  }

  @Test
  void anEncoderWithoutReadOutHasOnlyLstmParametersAndHandsOverItsLastState() {
    LstmNetwork encoder = new LstmNetwork(C, H, 0, 2);
    assertEquals(4 * H * (C + H + 1), encoder.params().length);
    LstmNetwork forecaster = new LstmNetwork(C, H, C, java.util.Arrays.copyOf(encoder.params(),
        LstmNetwork.parameterCount(C, H)));
    float[] x = inputs(4, B);
    float[] code = new float[B * H];
    encoder.encode(x, B, T, code);
    // Same LSTM weights, so the same last state: the forecaster's prediction from it is its read-out.
    float[] fromCode = new float[B * H];
    forecaster.encode(x, B, T, fromCode);
    assertArrayEquals(fromCode, code, 0f);
    assertTrue(Math.abs(code[0]) > 1e-4, "a real state, not zeros");
  }
}
