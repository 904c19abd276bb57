package org.anomalyworkbench.core.training;

import java.util.Arrays;

/**
 * A training's loss curve: one training loss and one validation loss per epoch (NaN where a run
 * did not compute it). Saved with the model, so a report made later can draw it; models saved
 * before it was kept, and runs without epochs, have none ({@code null}), which a report says in
 * words.
 *
 * @param train training loss at the end of each epoch
 * @param validation validation loss at the end of each epoch, NaN when not computed
 */
public record LossCurve(double[] train, double[] validation) {

  public LossCurve {
    if (train.length != validation.length) {
      throw new IllegalArgumentException(train.length + " training losses but " + validation.length
          + " validation losses");
    }
    train = train.clone();
    validation = validation.clone();
  }

  public int epochs() {
    return train.length;
  }

  /** True when at least one epoch has a validation loss. */
  public boolean hasValidation() {
    return Arrays.stream(validation).anyMatch(v -> !Double.isNaN(v));
  }

  /**
   * Collects the losses of epoch-end progress events as they pass to {@code next}; {@link #curve()}
   * gives them, or null when there were none or they did not come one epoch after another (an
   * ensemble's members train side by side).
   */
  public static final class Recorder implements TrainingListener {
    private final TrainingListener next;
    private final java.util.List<double[]> epochs = new java.util.ArrayList<>();
    private int lastEpoch = 0;
    private boolean ordered = true;

    public Recorder(TrainingListener next) {
      this.next = next;
    }

    @Override
    public void onProgress(TrainingProgress p) {
      if (p.epochEnd()) {
        synchronized (this) {
          ordered &= p.epoch() > lastEpoch;
          lastEpoch = p.epoch();
          epochs.add(new double[] {p.trainLoss(), p.validationLoss()});
        }
      }
      next.onProgress(p);
    }

    @Override
    public void onMessage(String message) {
      next.onMessage(message);
    }

    /** The curve recorded, or null. */
    public synchronized LossCurve curve() {
      if (epochs.isEmpty() || !ordered) {
        return null;
      }
      double[] train = new double[epochs.size()];
      double[] validation = new double[epochs.size()];
      for (int i = 0; i < train.length; i++) {
        train[i] = epochs.get(i)[0];
        validation[i] = epochs.get(i)[1];
      }
      return new LossCurve(train, validation);
    }
  }
}
