package org.anomalyworkbench.core.detector;

import org.anomalyworkbench.core.data.PreparedData;

/**
 * A trained detector that rebuilds its input (an autoencoder), so that a view can show what the
 * model expected beside what it saw: for an image, the reconstruction next to the original and
 * the error map (the per-value contributions of its {@link Scores}).
 */
public interface Reconstructing {
  /**
   * The reconstruction of one row of {@code data}, in prepared units and the row's layout
   * ({@code data.columns()} values; for an image channel-major, as {@link PreparedData#shape()}).
   */
  float[] reconstruct(PreparedData data, int row);
}
