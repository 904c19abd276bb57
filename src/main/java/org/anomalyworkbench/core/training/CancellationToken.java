package org.anomalyworkbench.core.training;

/**
 * A flag another thread sets to stop a long job. Training loops check it between batches;
 * DL4J ignores {@link Thread#interrupt()}, so this is the only reliable way to stop a fit.
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  /** A token that is never cancelled, for callers that cannot cancel. */
  public static CancellationToken none() {
    return new CancellationToken();
  }

  public void cancel() { cancelled = true; }

  public boolean isCancelled() { return cancelled; }

  /** Throws {@link TrainingCancelledException} if cancelled. */
  public void throwIfCancelled() {
    if (cancelled) {
      throw new TrainingCancelledException();
    }
  }
}
