package org.anomalyworkbench.core.training;

import java.util.List;

/**
 * One progress event from a training run.
 *
 * @param epoch current epoch, 1-based
 * @param totalEpochs the maximum number of epochs configured
 * @param iteration batches done so far over the whole run
 * @param trainLoss loss of the last batch, or of the epoch at an epoch end
 * @param validationLoss loss on held-out rows at an epoch end, {@code NaN} when not computed
 * @param samplesPerSecond training throughput since the run started
 * @param fractionDone 0..1 estimate of the whole run
 * @param epochEnd true when this event closes an epoch
 * @param namedLosses further losses of the same batch (or epoch) for runs that optimise more than
 *     one objective, e.g. a GAN's generator and discriminator; empty for one-loss runs, which
 *     the loss chart then draws as before
 */
public record TrainingProgress(
    int epoch,
    int totalEpochs,
    long iteration,
    double trainLoss,
    double validationLoss,
    double samplesPerSecond,
    double fractionDone,
    boolean epochEnd,
    List<NamedLoss> namedLosses) {

  /**
   * One named loss value.
   *
   * @param name what the chart's legend shows, e.g. "discriminator"
   * @param value the loss
   * @param auxiliary true for a part of a main loss (drawn thinner), e.g. a generator's
   *     reconstruction term; false for a loss that is optimised in its own right
   */
  public record NamedLoss(String name, double value, boolean auxiliary) {
  }

  public TrainingProgress {
    namedLosses = namedLosses == null ? List.of() : List.copyOf(namedLosses);
  }

  /** An event of a run with one loss (no named losses). */
  public TrainingProgress(int epoch, int totalEpochs, long iteration, double trainLoss, double validationLoss,
      double samplesPerSecond, double fractionDone, boolean epochEnd) {
    this(epoch, totalEpochs, iteration, trainLoss, validationLoss, samplesPerSecond, fractionDone, epochEnd, List.of());
  }

  public boolean hasValidationLoss() {
    return !Double.isNaN(validationLoss);
  }

  /** This event with another epoch, total, iteration and fraction (the named losses kept). */
  public TrainingProgress renumbered(int newEpoch, int newTotalEpochs, long newIteration, double newFractionDone) {
    return new TrainingProgress(newEpoch, newTotalEpochs, newIteration, trainLoss, validationLoss, samplesPerSecond,
        newFractionDone, epochEnd, namedLosses);
  }
}
