package org.anomalyworkbench.core.detector.lstm;

/**
 * What {@link ParallelLstm} trains and {@link TrainedLstm} scores with: a model of windows of a
 * series, either the forecaster ({@link ForecastModel}) or the autoencoder
 * ({@link LstmAutoencoder}). Not thread-safe: {@link #sharing()} gives each thread its own buffers.
 */
interface WindowModel {
  /** The parameter blocks (not copies), one per network; Adam moves each. */
  float[][] parameters();

  /** The same model over the same parameters, with its own buffers, for another thread. */
  WindowModel sharing();

  /** Fewest points of a series this model can train on or score. */
  int minimumPoints();

  /** Training windows a series of {@code points} points offers; window {@code s} starts at point {@code s}. */
  int trainingWindows(int points);

  /**
   * Adds to {@code gradient} (blocks as {@link #parameters()}) the gradient of the windows
   * {@code starts[from..to)}' loss, each window's mean squared error times {@code windowScale};
   * returns that loss.
   */
  double lossAndGradient(float[] series, int[] starts, int from, int to, double windowScale, float[][] gradient);

  /** The squared errors over a whole series of {@code points} points ({@code points x channels}, point-major). */
  PointErrors errors(float[] series, int points);
}
