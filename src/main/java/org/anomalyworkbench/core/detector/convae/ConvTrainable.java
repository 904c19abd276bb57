package org.anomalyworkbench.core.detector.convae;

import java.util.function.BooleanSupplier;
import org.anomalyworkbench.core.detector.dl4j.MatrixIterator;
import org.anomalyworkbench.core.detector.dl4j.ProgressReporter;
import org.anomalyworkbench.core.detector.dl4j.TrainableNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The convolutional autoencoder as {@link org.anomalyworkbench.core.detector.dl4j.EpochTrainer}
 * sees it, so it shares the epoch loop of the other deep detectors (progress, cancel within a
 * batch, NaN checks, validation loss, early stopping with the best epoch restored). The loss is
 * the mean squared error per value.
 */
final class ConvTrainable implements TrainableNetwork {
  private final ConvNetwork net;
  private final ConvTrainer trainer;
  private ProgressReporter progress;

  ConvTrainable(ConvNetwork net, ConvTrainer trainer) {
    this.net = net;
    this.trainer = trainer;
  }

  @Override
  public void setListener(TrainingListener listener) {
    if (!(listener instanceof ProgressReporter p)) {
      throw new IllegalArgumentException("the convolutional autoencoder reports through a ProgressReporter");
    }
    progress = p;
  }

  @Override
  public void fitEpoch(DataSetIterator data) {
    while (data.hasNext()) {
      INDArray x = data.next().getFeatures();
      float[] images = x.dup('c').data().asFloat();
      int n = (int) x.size(0);
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      report(trainer.step(images, order, 0, n));
    }
  }

  @Override
  public void fitEpoch(MatrixIterator data, BooleanSupplier stop) {
    if (!data.servesPlainRows()) {
      throw new IllegalStateException("the convolutional autoencoder trains on the images themselves");
    }
    // Rows are gathered by the passes themselves from the epoch's order: no DataSet per batch.
    while (data.hasNext() && !stop.getAsBoolean()) {
      int from = data.rowsThisEpoch();
      int n = data.skip();
      report(trainer.step(data.features(), data.epochOrder(), from, from + n));
    }
  }

  private void report(double loss) {
    if (progress != null) {
      progress.batchDone(loss);
    }
  }

  @Override
  public double evaluationLoss(DataSet batch) {
    INDArray x = batch.getFeatures();
    return trainer.loss(x.dup('c').data().asFloat(), (int) x.size(0));
  }

  @Override
  public INDArray params() {
    return Nd4j.create(net.params().clone(), new long[] {1, net.params().length}, DataType.FLOAT);
  }

  @Override
  public void setParams(INDArray params) {
    float[] values = params.dup('c').data().asFloat();
    System.arraycopy(values, 0, net.params(), 0, net.params().length);
  }
}
