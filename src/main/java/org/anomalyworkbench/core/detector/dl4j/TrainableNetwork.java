package org.anomalyworkbench.core.detector.dl4j;

import java.util.function.BooleanSupplier;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * What {@link EpochTrainer} needs from a network: fit one epoch, compute an evaluation-mode
 * loss, and get/set the parameters (to restore the best epoch). Supervised-style networks
 * (dense autoencoder, classifier) use {@link #of(MultiLayerNetwork)}; the VAE, which DL4J
 * trains through layer-wise pretraining, has its own implementation.
 */
public interface TrainableNetwork {
  /** Registers the progress listener (before the first fit). */
  void setListener(TrainingListener listener);

  /** Fits one pass over {@code data}. */
  void fitEpoch(DataSetIterator data);

  /**
   * Fits the rest of {@code data}'s epoch, checking {@code stop} before every batch (DL4J's fit
   * ignores thread interrupts, so this is how a cancel or a NaN loss ends an epoch within one
   * batch). The default wraps {@code data} in a {@link StoppableIterator}.
   */
  default void fitEpoch(MatrixIterator data, BooleanSupplier stop) {
    fitEpoch(new StoppableIterator(data, stop));
  }

  /** Mean per-row loss on {@code batch} in inference mode (no dropout). */
  double evaluationLoss(DataSet batch);

  /** The flattened parameters (a view). */
  INDArray params();

  /** Copies {@code params} into the network. */
  void setParams(INDArray params);

  /** A network trained with {@code fit(iterator)}, whose output layer defines the loss. */
  static TrainableNetwork of(MultiLayerNetwork net) {
    return new TrainableNetwork() {
      @Override
      public void setListener(TrainingListener listener) {
        net.setListeners(listener);
      }

      @Override
      public void fitEpoch(DataSetIterator data) {
        net.fit(data);
      }

      @Override
      public double evaluationLoss(DataSet batch) {
        return net.score(batch, false);
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
