package org.anomalyworkbench.core.detector.gan;

/**
 * What {@link GanTraining}'s loop needs of a GANomaly, whichever networks it is made of: dense
 * stacks over table rows ({@link Ganomaly}) or convolutions over images ({@link ConvGanomaly}).
 * The loop (progress, named losses, health checks, cancel, early stopping) is the same for both.
 */
interface GanModel {
  /** Values per sample (features of a row, or height x width x channels of an image). */
  int inputs();

  /** The optimiser state of one training run, with the loss weights and step size of {@code config}. */
  Trainer trainer(GanConfig config, long seed);

  /** The weighted reconstruction and latent terms of the generator on {@code validation} samples (row-major). */
  double validationLoss(float[] validation, GanConfig config);

  /** Copies of every network's parameters (the best epoch so far). */
  float[][] snapshot();

  /** Puts back parameters taken by {@link #snapshot}. */
  void restore(float[][] params);

  /** One training run's steps over the model. */
  interface Trainer extends AutoCloseable {
    /** One step of both players on {@code rows} samples of {@code x} (row-major, already clipped). */
    Ganomaly.StepLosses step(float[] x, int rows);

    /** Re-draws the discriminator's weights and forgets its optimiser moments (GANomaly's remedy when D wins outright). */
    void reinitialiseDiscriminator(long seed);

    /** Releases worker threads, if any. */
    @Override
    default void close() {
    }
  }
}
