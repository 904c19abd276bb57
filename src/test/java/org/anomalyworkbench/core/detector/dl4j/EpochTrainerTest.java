package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class EpochTrainerTest {
  private static final int D = 3;

  private static MultiLayerNetwork linear(double learningRate) {
    MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
        .updater(new Adam(learningRate)).list()
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(D).nOut(D)
            .activation(Activation.IDENTITY).build())
        .build());
    net.init();
    return net;
  }

  private static float[] data(int rows, float scale) {
    float[] x = new float[rows * D];
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextDouble(-1, 1) * scale);
    }
    return x;
  }

  /** A real network whose validation loss follows a script, to test the loop's decisions. */
  private static final class ScriptedValidation implements TrainableNetwork {
    final MultiLayerNetwork net = linear(1e-2);
    final double[] script;
    final List<INDArray> paramsAfterEpoch = new ArrayList<>();
    int epochs;

    ScriptedValidation(double... script) {
      this.script = script;
    }

    @Override
    public void setListener(TrainingListener listener) {
      net.setListeners(listener);
    }

    @Override
    public void fitEpoch(DataSetIterator data) {
      net.fit(data);
      paramsAfterEpoch.add(net.params().dup());
      epochs++;
    }

    @Override
    public double evaluationLoss(DataSet batch) {
      return script[epochs - 1];
    }

    @Override
    public INDArray params() {
      return net.params();
    }

    @Override
    public void setParams(INDArray params) {
      net.setParams(params);
    }
  }

  @Test
  void earlyStoppingOnValidationLossRestoresTheBestEpoch() {
    ScriptedValidation net = new ScriptedValidation(5, 4, 3, 3.5, 3.6, 3.7, 1, 1);
    float[] x = data(64, 1);
    List<String> messages = new ArrayList<>();
    TrainingContext ctx = new TrainingContext(1, new org.anomalyworkbench.core.training.TrainingListener() {
      @Override
      public void onProgress(TrainingProgress progress) {
      }

      @Override
      public void onMessage(String message) {
        messages.add(message);
      }
    }, null, null);
    EpochTrainer.Outcome out = EpochTrainer.train(net, MatrixIterator.autoencoder(x, D, 16, 1, 0),
        new EpochTrainer.Validation(data(20, 1), D, null, 0), new EpochTrainer.Settings(8, 3, "x"), ctx);
    assertEquals(6, out.epochs(), "epochs 4, 5 and 6 did not beat epoch 3");
    assertTrue(out.stoppedEarly());
    assertEquals(3, out.bestEpoch());
    assertEquals(3.0, out.validationLoss());
    assertEquals(net.paramsAfterEpoch.get(2), net.net.params(), "parameters of epoch 3 restored");
    assertTrue(messages.get(0).contains("kept epoch 3"), messages.toString());
  }

  @Test
  void progressArrivesPerBatchWithIncreasingIterationAndEpochEnds() {
    List<TrainingProgress> events = new ArrayList<>();
    EpochTrainer.train(TrainableNetwork.of(linear(1e-2)), MatrixIterator.autoencoder(data(100, 1), D, 25, 1, 0),
        null, new EpochTrainer.Settings(3, 0, "x"), new TrainingContext(1, events::add, null, null));
    assertEquals(3 * 4 + 3, events.size(), "4 batches + 1 epoch end, 3 times");
    long last = 0;
    for (TrainingProgress p : events) {
      assertTrue(p.iteration() >= last);
      if (!p.epochEnd()) {
        assertTrue(p.iteration() > last, "iterations increase batch by batch");
      }
      last = p.iteration();
      assertTrue(Double.isFinite(p.trainLoss()));
      assertTrue(p.fractionDone() > 0 && p.fractionDone() <= 1);
    }
    TrainingProgress end = events.get(events.size() - 1);
    assertTrue(end.epochEnd());
    assertEquals(3, end.epoch());
    assertEquals(12, end.iteration());
    assertEquals(1.0, end.fractionDone());
    assertFalse(end.hasValidationLoss());
    assertTrue(end.samplesPerSecond() > 0);
  }

  @Test
  void infiniteLossFailsWithAnActionableMessage() {
    TrainingFailedException e = assertThrows(TrainingFailedException.class,
        () -> EpochTrainer.train(TrainableNetwork.of(linear(1e-3)), MatrixIterator.autoencoder(data(64, 1e30f), D, 16, 1, 0),
            null, new EpochTrainer.Settings(5, 0, "lower the learning rate (now 0.001)"), TrainingContext.seeded(1)));
    assertTrue(e.getMessage().contains("epoch 1, batch 1"), e.getMessage());
    assertTrue(e.getMessage().contains("lower the learning rate (now 0.001)"), e.getMessage());
    assertTrue(e.getMessage().contains("standardize"), e.getMessage());
  }

  @Test
  void cancelBeforeTrainingStopsWithinTheFirstBatch() {
    CancellationToken cancel = new CancellationToken();
    cancel.cancel();
    List<TrainingProgress> events = new ArrayList<>();
    assertThrows(org.anomalyworkbench.core.training.TrainingCancelledException.class,
        () -> EpochTrainer.train(TrainableNetwork.of(linear(1e-2)), MatrixIterator.autoencoder(data(100, 1), D, 10, 1, 0),
            null, new EpochTrainer.Settings(100, 0, "x"), new TrainingContext(1, events::add, cancel, null)));
    assertTrue(events.isEmpty(), "no batch ran");
  }
}
