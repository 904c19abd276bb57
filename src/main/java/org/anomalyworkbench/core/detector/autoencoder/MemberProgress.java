package org.anomalyworkbench.core.detector.autoencoder;

import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * Presents the training of several ensemble members as one run: member {@code i} of {@code n}
 * reports epochs {@code i * E + 1 .. (i + 1) * E} of {@code n * E}, iterations continue where
 * the previous member stopped, and the fraction done covers the whole ensemble.
 */
final class MemberProgress implements TrainingListener {
  private final TrainingListener target;
  private final int member;
  private final int members;
  private final long iterationOffset;
  private long lastIteration;

  MemberProgress(TrainingListener target, int member, int members, long iterationOffset) {
    this.target = target;
    this.member = member;
    this.members = members;
    this.iterationOffset = iterationOffset;
  }

  @Override
  public void onProgress(TrainingProgress p) {
    lastIteration = iterationOffset + p.iteration();
    target.onProgress(new TrainingProgress(member * p.totalEpochs() + p.epoch(), members * p.totalEpochs(),
        lastIteration, p.trainLoss(), p.validationLoss(), p.samplesPerSecond(),
        (member + p.fractionDone()) / members, p.epochEnd()));
  }

  @Override
  public void onMessage(String message) {
    target.onMessage(members > 1 ? "Member " + (member + 1) + " of " + members + ": " + message : message);
  }

  /** The last overall iteration reported, where the next member continues. */
  long lastIteration() {
    return lastIteration;
  }
}
