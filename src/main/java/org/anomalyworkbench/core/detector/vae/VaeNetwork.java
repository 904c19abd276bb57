package org.anomalyworkbench.core.detector.vae;

import java.util.List;
import org.anomalyworkbench.core.detector.dl4j.NetworkSeed;
import org.anomalyworkbench.core.detector.dl4j.TrainableNetwork;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.variational.GaussianReconstructionDistribution;
import org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Builds the DL4J network for the VAE detector (one {@link VariationalAutoencoder} layer with a
 * Gaussian reconstruction distribution) and adapts it to the shared epoch loop: DL4J trains a
 * VAE layer by layer-wise "pretraining" (maximising the evidence lower bound), not by
 * {@code fit}.
 */
final class VaeNetwork {
  private VaeNetwork() {
  }

  static MultiLayerNetwork build(int inputs, VaeConfig config, long seed) {
    List<Integer> encoder = config.encoderFor(inputs);
    int[] enc = encoder.stream().mapToInt(Integer::intValue).toArray();
    int[] dec = new int[enc.length];
    for (int i = 0; i < enc.length; i++) {
      dec[i] = enc[enc.length - 1 - i];
    }
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(NetworkSeed.of(seed))
        .dataType(DataType.FLOAT)
        .updater(new Adam(config.learningRate()))
        .weightInit(WeightInit.XAVIER)
        .l2(config.l2())
        .list()
        .layer(new VariationalAutoencoder.Builder()
            .nIn(inputs)
            .nOut(config.latentFor(inputs))
            .encoderLayerSizes(enc)
            .decoderLayerSizes(dec)
            .activation(config.activation().toDl4j())
            .pzxActivationFunction(Activation.IDENTITY)
            .reconstructionDistribution(new GaussianReconstructionDistribution(Activation.IDENTITY))
            .build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  /** The VAE as a {@link TrainableNetwork}: one epoch = one pretraining pass; loss = negative ELBO. */
  static TrainableNetwork trainable(MultiLayerNetwork net, VaeScorer evaluator) {
    return new TrainableNetwork() {
      @Override
      public void setListener(TrainingListener listener) {
        net.setListeners(listener);
      }

      @Override
      public void fitEpoch(DataSetIterator data) {
        net.pretrainLayer(0, data);
      }

      @Override
      public double evaluationLoss(DataSet batch) {
        return evaluator.negativeElbo(batch.getFeatures(), batch.getLabels());
      }

      @Override
      public INDArray params() {
        return net.params();
      }

      @Override
      public void setParams(INDArray params) {
        net.setParams(params);
      }
    };
  }
}
