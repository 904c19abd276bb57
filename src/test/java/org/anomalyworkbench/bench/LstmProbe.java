package org.anomalyworkbench.bench;

import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Training speed of DL4J's own LSTM layer for the issue-12 shape (window 64, 1 channel, hidden
 * 32, one layer, next-point forecaster, Adam 1e-3): windows per second for a few batch sizes.
 * Not a test: {@code LstmProbe [batch=64] [steps=300]}.
 */
public final class LstmProbe {
  private LstmProbe() {
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int window = 64;
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
        .updater(new Adam(1e-3)).weightInit(WeightInit.XAVIER).list()
        .layer(new LastTimeStep(new LSTM.Builder().nIn(1).nOut(32).activation(Activation.TANH).build()))
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(32).nOut(1)
            .activation(Activation.IDENTITY).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    INDArray x = Nd4j.rand(DataType.FLOAT, batch, 1, window);
    INDArray y = Nd4j.rand(DataType.FLOAT, batch, 1);
    DataSet ds = new DataSet(x, y);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        net.fit(ds);
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "batch %d: %.0f windows/s (score %.4f)%n", batch, steps * batch / s, net.score());
    }
  }
}
