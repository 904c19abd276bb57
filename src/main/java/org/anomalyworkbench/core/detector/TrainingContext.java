package org.anomalyworkbench.core.detector;

import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * Everything a training run needs besides data and config.
 *
 * @param seed random seed; the same seed, data and config give the same scores
 * @param listener receives progress events
 * @param cancel checked between batches
 * @param validation held-out rows for early stopping and validation loss, or {@code null}
 */
public record TrainingContext(long seed, TrainingListener listener, CancellationToken cancel, PreparedData validation) {

  public TrainingContext {
    listener = listener == null ? TrainingListener.NONE : listener;
    cancel = cancel == null ? CancellationToken.none() : cancel;
  }

  /** A context with no listener, no cancellation and no validation rows. */
  public static TrainingContext seeded(long seed) {
    return new TrainingContext(seed, TrainingListener.NONE, CancellationToken.none(), null);
  }

  public boolean hasValidation() {
    return validation != null && validation.rows() > 0;
  }
}
