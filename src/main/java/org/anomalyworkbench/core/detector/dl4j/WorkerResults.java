package org.anomalyworkbench.core.detector.dl4j;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The result of a training worker's part of a batch (a gradient's loss, a step's losses), with
 * the worker's own exception rethrown as it was, not wrapped in an {@link ExecutionException}: a
 * cancellation or a diverging loss must reach the trainer as the exception it is.
 */
public final class WorkerResults {
  private WorkerResults() {
  }

  /** Waits for {@code f}; an {@link Error} or unchecked exception of the worker is rethrown unchanged. */
  public static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
