package org.anomalyworkbench.core.training;

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
 */
public record TrainingProgress(
    int epoch,
    int totalEpochs,
    long iteration,
    double trainLoss,
    double validationLoss,
    double samplesPerSecond,
    double fractionDone,
    boolean epochEnd) {

  public boolean hasValidationLoss() {
    return !Double.isNaN(validationLoss);
  }
}
