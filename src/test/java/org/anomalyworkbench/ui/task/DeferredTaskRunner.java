package org.anomalyworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A test runner that queues jobs until {@link #runPending()}, so a test can act (e.g. cancel)
 * between submitting a job and running it. UI actions run inline.
 */
public final class DeferredTaskRunner implements TaskRunner {
  private final DirectTaskRunner direct = new DirectTaskRunner();
  private final List<Runnable> pending = new ArrayList<>();

  @Override
  public <T> JobHandle submit(String name, Job<T> job, Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    JobHandle handle = new JobHandle(name);
    pending.add(() -> {
      T result;
      try {
        result = job.run(new JobContext() {
          @Override
          public org.anomalyworkbench.core.training.CancellationToken cancel() {
            return handle.token();
          }

          @Override
          public void progress(double fraction, String message) {
            handle.progress.set(fraction);
          }
        });
      } catch (Throwable e) {
        handle.running.set(false);
        onFailure.accept(e);
        return;
      }
      handle.running.set(false);
      onSuccess.accept(result);
    });
    return handle;
  }

  /** Runs every queued job, in order. */
  public void runPending() {
    List<Runnable> copy = new ArrayList<>(pending);
    pending.clear();
    copy.forEach(Runnable::run);
  }

  @Override
  public void runOnUi(Runnable action) {
    direct.runOnUi(action);
  }

  @Override
  public void runOnUiLater(Runnable action, long delayMillis) {
    direct.runOnUiLater(action, delayMillis);
  }
}
