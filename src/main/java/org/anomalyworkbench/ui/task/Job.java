package org.anomalyworkbench.ui.task;

/**
 * A piece of core work the UI runs off the FX thread: an import, a training run, a projection.
 *
 * @param <T> what it produces
 */
@FunctionalInterface
public interface Job<T> {
  /**
   * Does the work. Must check {@link JobContext#cancel()} at sensible points and may report
   * progress through the context; must not touch UI state.
   */
  T run(JobContext context) throws Exception;
}
