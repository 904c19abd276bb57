package org.anomalyworkbench.ui.task;

import java.util.function.Consumer;

/**
 * Where ViewModels send long work and UI updates. The app uses {@link FxTaskRunner} (JavaFX
 * {@code Task}s on worker threads, callbacks on the FX thread); tests use
 * {@link DirectTaskRunner}, which runs everything on the caller's thread so ViewModels can be
 * tested without a display and without waiting.
 */
public interface TaskRunner {
  /**
   * Runs {@code job} in the background. Exactly one of the callbacks is called, on the UI
   * thread, after the job ends; a cancelled job fails with
   * {@link org.anomalyworkbench.core.training.TrainingCancelledException} or whatever the job
   * threw when it noticed the cancellation.
   */
  <T> JobHandle submit(String name, Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

  /** Runs {@code action} on the UI thread, later (never inline in the app). */
  void runOnUi(Runnable action);

  /** Runs {@code action} on the UI thread after roughly {@code delayMillis}. */
  void runOnUiLater(Runnable action, long delayMillis);
}
