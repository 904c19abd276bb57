package org.anomalyworkbench.core.detector.classifier;

import java.util.List;
import org.anomalyworkbench.core.detector.dl4j.NetworkSeed;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/** Builds the classifier's DL4J network: dense hidden layers and a class-weighted softmax output. */
final class ClassifierNetwork {
  private ClassifierNetwork() {
  }

  /**
   * @param classWeights loss weight of class 0 (normal) and class 1 (anomaly)
   */
  static MultiLayerNetwork build(int inputs, ClassifierConfig config, float[] classWeights, long seed) {
    NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
        .seed(NetworkSeed.of(seed))
        .dataType(DataType.FLOAT)
        .updater(new Adam(config.learningRate()))
        .weightInit(WeightInit.XAVIER)
        .l2(config.l2())
        .list();
    List<Integer> hidden = config.hiddenFor(inputs);
    int in = inputs;
    for (int i = 0; i < hidden.size(); i++) {
      DenseLayer.Builder b = new DenseLayer.Builder().nIn(in).nOut(hidden.get(i))
          .activation(config.activation().toDl4j());
      if (i > 0 && config.dropout() > 0) {
        b.dropOut(1 - config.dropout()); // DL4J takes the probability of keeping a unit
      }
      layers.layer(b.build());
      in = hidden.get(i);
    }
    OutputLayer.Builder out = new OutputLayer.Builder(new LossMCXENT(Nd4j.create(classWeights)))
        .nIn(in).nOut(2).activation(Activation.SOFTMAX);
    if (config.dropout() > 0) {
      out.dropOut(1 - config.dropout());
    }
    MultiLayerNetwork net = new MultiLayerNetwork(layers.layer(out.build()).build());
    net.init();
    return net;
  }

  /**
   * A network with the same layers and the same parameter array (shared, not copied) but no
   * dropout: DL4J computes input gradients in training mode, which would apply random dropout
   * masks to the explanations.
   */
  static MultiLayerNetwork withoutDropout(MultiLayerNetwork net) {
    MultiLayerConfiguration conf = net.getLayerWiseConfigurations().clone();
    for (NeuralNetConfiguration layer : conf.getConfs()) {
      layer.getLayer().setIDropout(null);
    }
    MultiLayerNetwork twin = new MultiLayerNetwork(conf);
    twin.init(net.params(), false);
    return twin;
  }
}
