package org.anomalyworkbench.bench;

import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
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
 * Training speed of DL4J's own convolution layers for a small 28x28x1 convolutional
 * autoencoder (conv 16 + pool, conv 32 + pool, dense 16, dense 1568, upsample + conv 16,
 * upsample + conv 1, MSE). Not a test: {@code ConvProbe [batch=128] [steps=50]}.
 */
public final class ConvProbe {
  private ConvProbe() {
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    int batch = args.length > 0 ? Integer.parseInt(args[0]) : 128;
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
        .updater(new Adam(1e-3)).weightInit(WeightInit.RELU).convolutionMode(ConvolutionMode.Same).list()
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(16).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(32).activation(Activation.RELU).build())
        .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build())
        .layer(new DenseLayer.Builder().nOut(16).activation(Activation.IDENTITY).build())
        .layer(new DenseLayer.Builder().nOut(32 * 49).activation(Activation.RELU).build())
        .layer(new Upsampling2D.Builder(2).build())
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(16).activation(Activation.RELU).build())
        .layer(new Upsampling2D.Builder(2).build())
        .layer(new ConvolutionLayer.Builder(3, 3).nOut(1).activation(Activation.SIGMOID).build())
        .layer(new CnnLossLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY).build())
        .inputPreProcessor(6, new FeedForwardToCnnPreProcessor(7, 7, 32))
        .setInputType(InputType.convolutional(28, 28, 1))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    System.out.println(net.summary());
    INDArray x = Nd4j.rand(DataType.FLOAT, batch, 1, 28, 28);
    DataSet ds = new DataSet(x, x);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < steps; i++) {
        net.fit(ds);
      }
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "batch %d: %.0f images/s (score %.4f)%n", batch, steps * batch / s, net.score());
    }
  }
}
