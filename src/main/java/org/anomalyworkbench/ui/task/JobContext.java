package org.anomalyworkbench.ui.task;

import org.anomalyworkbench.core.training.CancellationToken;

/** What a running {@link Job} sees: its cancellation flag and a progress sink. */
public interface JobContext {
  /** Set when the user presses Cancel; core loops check it. */
  CancellationToken cancel();

  /**
   * Reports progress from the worker thread. Calls are coalesced before they reach the UI, so
   * a job may call this as often as it likes.
   *
   * @param fraction 0..1, or a negative number for "unknown"
   * @param message one line for the status area, or {@code null} to keep the last one
   */
  void progress(double fraction, String message);
}
