package org.anomalyworkbench.core.detector.dl4j;

import java.util.function.LongSupplier;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/**
 * Adapts DL4J's per-iteration callback to our {@link TrainingListener}: one
 * {@link TrainingProgress} per batch (the UI coalesces them), plus the bookkeeping the epoch
 * loop needs: the mean loss of the epoch so far and whether a loss was NaN or infinite (then
 * {@link #diverged()} turns true, which stops the fit through {@link StoppableIterator}).
 * Allocates nothing per iteration beyond the event itself.
 */
public final class ProgressReporter extends BaseTrainingListener {
  private final TrainingListener target;
  private final int totalEpochs;
  private final LongSupplier rowsServed;
  private final long rowsPerEpoch;
  private final long startNanos = System.nanoTime();
  private int epoch = 1;
  private long iteration;
  private double epochLossSum;
  private long epochBatches;
  private long epochStartRows;
  private volatile boolean diverged;
  private double divergedLoss;
  private int divergedEpoch;
  private long divergedIteration;

  /**
   * @param target our listener
   * @param totalEpochs the configured maximum epochs (for the fraction done)
   * @param rowsPerEpoch training rows per epoch
   * @param rowsServed total rows handed to the network so far (from the iterator)
   */
  public ProgressReporter(TrainingListener target, int totalEpochs, long rowsPerEpoch, LongSupplier rowsServed) {
    this.target = target;
    this.totalEpochs = totalEpochs;
    this.rowsPerEpoch = Math.max(1, rowsPerEpoch);
    this.rowsServed = rowsServed;
  }

  /** Called by the epoch loop before each epoch (1-based). */
  public void startEpoch(int epochNumber) {
    this.epoch = epochNumber;
    this.epochLossSum = 0;
    this.epochBatches = 0;
    this.epochStartRows = rowsServed.getAsLong();
  }

  @Override
  public void iterationDone(Model model, int dl4jIteration, int dl4jEpoch) {
    batchDone(model.score());
  }

  /**
   * One batch done with this loss: what {@link #iterationDone} does with DL4J's score, for
   * networks trained outside DL4J's {@code Model} (the convolutional autoencoder).
   */
  public void batchDone(double loss) {
    iteration++;
    if (!Double.isFinite(loss)) {
      if (!diverged) {
        divergedLoss = loss;
        divergedEpoch = epoch;
        divergedIteration = iteration;
        diverged = true;
      }
      return;
    }
    epochLossSum += loss;
    epochBatches++;
    long served = rowsServed.getAsLong();
    double inEpoch = Math.min(1.0, (served - epochStartRows) / (double) rowsPerEpoch);
    target.onProgress(new TrainingProgress(epoch, totalEpochs, iteration, loss, Double.NaN,
        samplesPerSecond(served), Math.min(1.0, (epoch - 1 + inEpoch) / totalEpochs), false));
  }

  /** Emits the epoch-end event and returns the epoch's mean batch loss. */
  public double endEpoch(double validationLoss, double fractionDone) {
    double mean = epochMeanLoss();
    target.onProgress(new TrainingProgress(epoch, totalEpochs, iteration, mean, validationLoss,
        samplesPerSecond(rowsServed.getAsLong()), fractionDone, true));
    return mean;
  }

  /** Mean batch loss of the current epoch so far ({@code NaN} before the first batch). */
  public double epochMeanLoss() {
    return epochBatches == 0 ? Double.NaN : epochLossSum / epochBatches;
  }

  private double samplesPerSecond(long served) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return seconds <= 0 ? 0 : served / seconds;
  }

  /** Batches done over the whole run. */
  public long iterations() { return iteration; }

  /** True once a batch loss was NaN or infinite. */
  public boolean diverged() { return diverged; }

  /** Where and how the loss diverged, for the error message. */
  public String divergenceDescription() {
    return "the loss became " + (Double.isNaN(divergedLoss) ? "NaN" : "infinite")
        + " at epoch " + divergedEpoch + ", batch " + divergedIteration;
  }
}
