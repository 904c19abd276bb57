package org.anomalyworkbench.core.detector.lstm;

/**
 * Squared errors of a network's outputs for points of a series: forecasts (one per forecast
 * point) or reconstructions (one per point, averaged over the windows that cover it).
 *
 * @param point the point each entry is for
 * @param squaredErrors per entry, the squared error of each channel ({@code entries x channels})
 */
record PointErrors(int[] point, float[] squaredErrors) {
  int count() {
    return point.length;
  }

  /** Mean squared error of each channel over all entries. */
  double[] channelMse(int channels) {
    double[] mse = new double[channels];
    for (int i = 0; i < count(); i++) {
      for (int c = 0; c < channels; c++) {
        mse[c] += squaredErrors[i * channels + c];
      }
    }
    for (int c = 0; c < channels; c++) {
      mse[c] /= Math.max(1, count());
    }
    return mse;
  }
}
