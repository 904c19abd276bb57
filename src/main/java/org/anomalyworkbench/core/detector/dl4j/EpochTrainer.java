package org.anomalyworkbench.core.detector.dl4j;

import java.util.function.BooleanSupplier;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The training loop every deep detector shares: epochs over a seeded {@link MatrixIterator},
 * progress events, cancellation within one batch, NaN/Inf detection with an actionable
 * message, validation loss per epoch and early stopping.
 *
 * <p>Early stopping monitors the validation loss when {@link TrainingContext#validation()}
 * is given, and then restores the parameters of the best epoch. Without validation rows every
 * configured epoch runs: the training loss of a small set with dropout is too noisy to judge a
 * plateau (a 129-row set stopped after a quarter of its useful epochs), and for unsupervised
 * detectors a lower training loss is not the goal anyway.
 */
public final class EpochTrainer {
  private EpochTrainer() {
  }

  /**
   * @param epochs maximum epochs
   * @param patience epochs without improvement before stopping, 0 = never stop early
   * @param divergenceHint what to try when the loss diverges, e.g. "lower the learning rate (now 0.001)"
   */
  public record Settings(int epochs, int patience, String divergenceHint) {
    public Settings {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1");
      }
    }
  }

  /**
   * Epochs to run so that training takes at least {@code minSteps} gradient steps: a 129-row set
   * has 2 batches per epoch, so a fixed epoch count would give it 100 times fewer updates than
   * a 10,000-row set and leave it untrained.
   */
  public static int epochsFor(int epochs, int minSteps, int batchesPerEpoch) {
    int needed = (int) Math.ceil(minSteps / (double) Math.max(1, batchesPerEpoch));
    return Math.max(epochs, needed);
  }

  /**
   * {@link #epochsFor}, telling {@code listener} when "Minimum steps" raised the user's
   * Epochs, so that a run of 39 epochs after asking for 20 is explained in the log and not a
   * surprise.
   */
  public static int epochsFor(int epochs, int minSteps, int batchesPerEpoch, TrainingListener listener) {
    int planned = epochsFor(epochs, minSteps, batchesPerEpoch);
    if (planned > epochs) {
      listener.onMessage(epochsRaisedMessage(epochs, minSteps, batchesPerEpoch, planned));
    }
    return planned;
  }

  /** The log line for epochs raised by minimum steps: what happened, why, and how to avoid it. */
  static String epochsRaisedMessage(int epochs, int minSteps, int batchesPerEpoch, int planned) {
    return "Training " + planned + " epochs instead of " + epochs + ": with " + batchesPerEpoch + " batch"
        + (batchesPerEpoch == 1 ? "" : "es") + " per epoch, 'Minimum steps' (" + minSteps + ") needs " + planned
        + ". Set Minimum steps to 0 (-p minSteps=0) to train exactly " + epochs + " epochs.";
  }

  /** Rows held out for validation, with targets in the same layout as the training iterator's. */
  public record Validation(float[] x, int columns, float[] y, int targetColumns) {
    public int rows() {
      return x.length / columns;
    }
  }

  /**
   * What happened.
   *
   * @param epochs epochs run
   * @param bestEpoch epoch whose parameters the network now holds (the last one unless restored)
   * @param trainLoss mean batch loss of the last epoch
   * @param validationLoss validation loss of {@code bestEpoch}, NaN when none
   * @param stoppedEarly true when patience ended the run
   */
  public record Outcome(int epochs, int bestEpoch, double trainLoss, double validationLoss, boolean stoppedEarly) {
  }

  /**
   * Trains {@code net} in place.
   *
   * @throws TrainingCancelledException when {@code context.cancel()} is set
   * @throws TrainingFailedException when a loss becomes NaN or infinite
   */
  public static Outcome train(TrainableNetwork net, MatrixIterator data, Validation validation,
      Settings settings, TrainingContext context) {
    ProgressReporter progress = new ProgressReporter(context.listener(), settings.epochs(), data.rows(),
        data::rowsServed);
    net.setListener(progress);
    BooleanSupplier stop = () -> context.cancel().isCancelled() || progress.diverged();
    EarlyStopping stopping = new EarlyStopping(settings.patience());
    INDArray bestParams = null;
    double bestValidation = Double.NaN;
    double trainLoss = Double.NaN;
    int epoch = 0;
    boolean early = false;
    while (epoch < settings.epochs()) {
      epoch++;
      if (epoch > 1) {
        data.reset();
      }
      progress.startEpoch(epoch);
      net.fitEpoch(data, stop);
      context.cancel().throwIfCancelled();
      if (progress.diverged()) {
        throw diverged(progress.divergenceDescription(), settings);
      }
      double validationLoss = validation == null ? Double.NaN : validationLoss(net, validation);
      if (validation != null && !Double.isFinite(validationLoss)) {
        throw diverged("the validation loss became " + validationLoss + " at epoch " + epoch, settings);
      }
      trainLoss = progress.endEpoch(validationLoss, (double) epoch / settings.epochs());
      if (validation != null) {
        if (stopping.record(epoch, validationLoss)) {
          bestParams = net.params().dup();
          bestValidation = validationLoss;
        }
        if (stopping.shouldStop()) {
          early = true;
          break;
        }
      }
    }
    int bestEpoch = epoch;
    if (bestParams != null && stopping.bestEpoch() != epoch) {
      net.setParams(bestParams);
      bestEpoch = stopping.bestEpoch();
    }
    if (early) {
      context.listener().onMessage("Early stopping after epoch " + epoch + ": the validation loss did not improve for "
          + settings.patience() + " epochs" + (bestEpoch != epoch ? "; kept epoch " + bestEpoch + "." : "."));
    }
    return new Outcome(epoch, bestEpoch, trainLoss, bestValidation, early);
  }

  /** Row-weighted mean of the evaluation loss over chunks of at most {@link Nd4jMatrices#CHUNK_ROWS}. */
  static double validationLoss(TrainableNetwork net, Validation v) {
    int rows = v.rows();
    double sum = 0;
    for (int from = 0; from < rows; from += Nd4jMatrices.CHUNK_ROWS) {
      int to = Math.min(rows, from + Nd4jMatrices.CHUNK_ROWS);
      INDArray x = Nd4jMatrices.rows(v.x(), v.columns(), from, to);
      INDArray y = v.y() == null ? x : Nd4jMatrices.rows(v.y(), v.targetColumns(), from, to);
      sum += net.evaluationLoss(new DataSet(x, y)) * (to - from);
    }
    return sum / rows;
  }

  private static TrainingFailedException diverged(String what, Settings settings) {
    return new TrainingFailedException("Training stopped because " + what + ". Try to "
        + settings.divergenceHint() + ", check that the features are scaled (standardize them), "
        + "and remove or cap extreme values.");
  }
}
