package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** {@link DenseForward} must give DL4J's own inference output, for any chunk size and offset. */
class DenseForwardTest {
  private static final int D = 9;

  private static MultiLayerNetwork network(Activation hidden, boolean extraActivationLayer) {
    NeuralNetConfiguration.ListBuilder b = new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT)
        .weightInit(WeightInit.XAVIER).list()
        .layer(new DenseLayer.Builder().nIn(D).nOut(6).activation(hidden).dropOut(0.8).build())
        .layer(new DenseLayer.Builder().nIn(6).nOut(3).activation(hidden).build());
    if (extraActivationLayer) {
      b.layer(new ActivationLayer.Builder().activation(Activation.SIGMOID).build());
    }
    b.layer(new DenseLayer.Builder().nIn(3).nOut(6).activation(hidden).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(6).nOut(D).activation(Activation.IDENTITY).build());
    MultiLayerNetwork net = new MultiLayerNetwork(b.build());
    net.init();
    // Non-zero biases, so that a forgotten bias would show.
    net.params().addi(0.05f);
    return net;
  }

  private static float[] rows(int n) {
    float[] x = new float[n * D];
    SplittableRandom rnd = new SplittableRandom(8);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextGaussian() * 2);
    }
    return x;
  }

  @Test
  void matchesDl4jOutputForEachActivationChunkAndOffset() {
    float[] x = rows(1_000);
    for (Activation a : new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID, Activation.LEAKYRELU}) {
      MultiLayerNetwork net = network(a, false);
      DenseForward forward = DenseForward.of(net).orElseThrow();
      for (int[] chunk : new int[][] {{0, 1_000}, {0, 256}, {256, 256}, {990, 10}, {0, 256}}) {
        int from = chunk[0];
        int rows = chunk[1];
        float[] expected = Nd4jMatrices.toFloats(net.output(Nd4jMatrices.rows(x, D, from, from + rows), false));
        float[] actual = forward.output(x, from * D, rows);
        assertEquals(expected.length, actual.length);
        // Identical floats on the development machines; a BLAS may order a product's sums by layout.
        assertArrayEquals(expected, actual, 1e-6f, a + " rows " + from + "+" + rows);
      }
    }
  }

  @Test
  void firstLayersMatchDl4jActivationsOfThatLayer() {
    float[] x = rows(300);
    MultiLayerNetwork net = network(Activation.TANH, false);
    DenseForward forward = DenseForward.of(net).orElseThrow();
    for (int layers = 1; layers <= net.getnLayers(); layers++) {
      // feedForwardToLayer returns [input, layer 0, ..., layer k].
      float[] expected = Nd4jMatrices.toFloats(
          net.feedForwardToLayer(layers - 1, Nd4jMatrices.rows(x, D, 0, 300), false).get(layers));
      assertArrayEquals(expected, forward.activations(x, 0, 300, layers), 1e-6f, layers + " layers");
    }
  }

  @Test
  void declinesNetworksThatAreNotPlainDenseStacks() {
    assertTrue(DenseForward.of(network(Activation.TANH, true)).isEmpty(), "an ActivationLayer is not a dense layer");
    assertTrue(DenseForward.of(network(Activation.TANH, false)).isPresent());
  }
}
