package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.nn.api.Model;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * {@link DenseNetTrainer} must be DL4J's {@code fit} done faster, not a different training:
 * the same network, batches and updater give the same parameters and reported losses.
 */
class DenseNetTrainerTest {
  private static final int D = 7;
  private static final int ROWS = 300;

  private static MultiLayerNetwork autoencoder(Activation activation, double l2, double dropout) {
    return autoencoder(activation, l2, dropout, new Adam(1e-2));
  }

  private static MultiLayerNetwork autoencoder(Activation activation, double l2, double dropout,
      org.nd4j.linalg.learning.config.IUpdater updater) {
    NeuralNetConfiguration.ListBuilder b = new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.FLOAT)
        .updater(updater).weightInit(WeightInit.XAVIER).l2(l2).list();
    int[] sizes = {5, 3, 5};
    int in = D;
    for (int i = 0; i < sizes.length; i++) {
      DenseLayer.Builder layer = new DenseLayer.Builder().nIn(in).nOut(sizes[i]).activation(activation);
      if (i > 0 && dropout > 0) {
        layer.dropOut(1 - dropout);
      }
      b.layer(layer.build());
      in = sizes[i];
    }
    MultiLayerNetwork net = new MultiLayerNetwork(b.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
        .nIn(in).nOut(D).activation(Activation.IDENTITY).build()).build());
    net.init();
    return net;
  }

  private static float[] data() {
    float[] x = new float[ROWS * D];
    SplittableRandom rnd = new SplittableRandom(3);
    for (int r = 0; r < ROWS; r++) {
      double t = rnd.nextGaussian();
      for (int j = 0; j < D; j++) {
        x[r * D + j] = (float) (t * (j + 1) / D + 0.3 * rnd.nextGaussian());
      }
    }
    return x;
  }

  /** Trains 3 epochs (batch 64: the last batch of each epoch is short) and records the batch losses. */
  private static List<Double> train(MultiLayerNetwork net, TrainableNetwork trainable) {
    return train(net, trainable, false);
  }

  /** As above; {@code epochPath} uses {@code fitEpoch(MatrixIterator, stop)} (the path EpochTrainer takes). */
  private static List<Double> train(MultiLayerNetwork net, TrainableNetwork trainable, boolean epochPath) {
    List<Double> losses = new ArrayList<>();
    trainable.setListener(new BaseTrainingListener() {
      @Override
      public void iterationDone(Model model, int iteration, int epoch) {
        losses.add(model.score());
      }
    });
    MatrixIterator batches = MatrixIterator.autoencoder(data(), D, 64, 9, 0);
    for (int epoch = 0; epoch < 3; epoch++) {
      if (epoch > 0) {
        batches.reset();
      }
      if (epochPath) {
        trainable.fitEpoch(batches, () -> false);
      } else {
        trainable.fitEpoch(batches);
      }
    }
    return losses;
  }

  private static void assertSameTraining(Activation activation, double l2) {
    assertSameTraining(activation, l2, new Adam(1e-2));
  }

  private static void assertSameTraining(Activation activation, double l2,
      org.nd4j.linalg.learning.config.IUpdater updater) {
    MultiLayerNetwork reference = autoencoder(activation, l2, 0, updater);
    List<Double> referenceLosses = train(reference, TrainableNetwork.of(reference));
    for (boolean epochPath : new boolean[] {false, true}) {
      MultiLayerNetwork fast = autoencoder(activation, l2, 0, updater);
      List<Double> fastLosses = train(fast, DenseNetTrainer.supports(fast).orElseThrow(), epochPath);
      assertSameAs(reference, referenceLosses, fast, fastLosses);
    }
  }

  private static void assertSameAs(MultiLayerNetwork reference, List<Double> referenceLosses, MultiLayerNetwork fast,
      List<Double> fastLosses) {
    assertEquals(referenceLosses.size(), fastLosses.size());
    for (int i = 0; i < referenceLosses.size(); i++) {
      assertEquals(referenceLosses.get(i), fastLosses.get(i), 1e-4 * Math.max(1, referenceLosses.get(i)),
          "batch " + i + " loss");
    }
    INDArray difference = reference.params().sub(fast.params());
    double relative = difference.norm2Number().doubleValue() / reference.params().norm2Number().doubleValue();
    assertTrue(relative < 1e-5, "parameters differ by " + relative + " (relative L2)");
    assertTrue(fastLosses.get(fastLosses.size() - 1) < fastLosses.get(0), "the loss went down");
    assertEquals(reference.getLayerWiseConfigurations().getIterationCount(),
        fast.getLayerWiseConfigurations().getIterationCount(), "iteration count kept as fit keeps it");
  }

  @Test
  void stopEndsTheEpochBeforeTheNextBatch() {
    MultiLayerNetwork net = autoencoder(Activation.RELU, 0, 0);
    DenseNetTrainer trainer = DenseNetTrainer.supports(net).orElseThrow();
    MatrixIterator batches = MatrixIterator.autoencoder(data(), D, 64, 9, 0);
    int[] seen = {0};
    trainer.setListener(new BaseTrainingListener() {
      @Override
      public void iterationDone(Model model, int iteration, int epoch) {
        seen[0]++;
      }
    });
    trainer.fitEpoch(batches, () -> seen[0] == 2);
    assertEquals(2, seen[0]);
    assertEquals(128, batches.rowsServed(), "progress counts the rows trained");
  }

  @Test
  void reluMatchesDl4jFit() {
    assertSameTraining(Activation.RELU, 0);
  }

  @Test
  void tanhWithL2MatchesDl4jFit() {
    assertSameTraining(Activation.TANH, 1e-3);
  }

  @Test
  void plainSgdMatchesDl4jFit() {
    // Adam hides a wrongly scaled gradient (it divides by the gradient's own size); SGD does not.
    assertSameTraining(Activation.RELU, 0, new Sgd(0.05));
  }

  @Test
  void leakyReluMatchesDl4jFit() {
    assertSameTraining(Activation.LEAKYRELU, 0);
  }

  @Test
  void dropoutTrainsAndKeepsEvaluationDeterministic() {
    MultiLayerNetwork net = autoencoder(Activation.TANH, 0, 0.2);
    DenseNetTrainer trainer = DenseNetTrainer.supports(net).orElseThrow();
    var batch = new org.nd4j.linalg.dataset.DataSet(
        org.nd4j.linalg.factory.Nd4j.create(data(), new long[] {ROWS, D}, 'c'),
        org.nd4j.linalg.factory.Nd4j.create(data(), new long[] {ROWS, D}, 'c'));
    double before = trainer.evaluationLoss(batch);
    List<Double> losses = train(net, trainer);
    double after = trainer.evaluationLoss(batch);
    assertTrue(after < before * 0.8, "evaluation loss " + before + " -> " + after);
    assertEquals(after, trainer.evaluationLoss(batch), 0.0, "no dropout at evaluation");
    assertFalse(losses.stream().anyMatch(l -> !Double.isFinite(l)));
  }

  @Test
  void networksItCannotReproduceAreLeftToDl4j() {
    MultiLayerNetwork sgd = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT)
        .list()
        .layer(new DenseLayer.Builder().nIn(D).nOut(3).updater(new Sgd(0.1)).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(3).nOut(D).updater(new Adam(1e-3))
            .activation(Activation.IDENTITY).build())
        .build());
    sgd.init();
    assertTrue(DenseNetTrainer.supports(sgd).isEmpty(), "two different updaters");

    MultiLayerNetwork softmax = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
        .dataType(DataType.FLOAT).updater(new Adam(1e-3)).list()
        .layer(new DenseLayer.Builder().nIn(D).nOut(3).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
            .activation(Activation.SOFTMAX).build())
        .build());
    softmax.init();
    assertTrue(DenseNetTrainer.supports(softmax).isEmpty(), "not an MSE/identity output");

    MultiLayerNetwork doubles = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
        .dataType(DataType.DOUBLE).updater(new Adam(1e-3)).list()
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(D).nOut(D)
            .activation(Activation.IDENTITY).build())
        .build());
    doubles.init();
    assertTrue(DenseNetTrainer.supports(doubles).isEmpty(), "float64");

    MultiLayerNetwork decay = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
        .dataType(DataType.FLOAT).updater(new Adam(1e-3)).weightDecay(1e-3).list()
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(D).nOut(D)
            .activation(Activation.IDENTITY).build())
        .build());
    decay.init();
    assertTrue(DenseNetTrainer.supports(decay).isEmpty(), "weight decay (applied after the updater)");
  }
}
