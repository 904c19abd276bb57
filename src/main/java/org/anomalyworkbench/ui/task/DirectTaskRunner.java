package org.anomalyworkbench.ui.task;

import java.util.function.Consumer;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Runs jobs synchronously on the calling thread and UI actions inline: deterministic, for
 * ViewModel tests and command-line style use. Scheduled actions run at once.
 */
public final class DirectTaskRunner implements TaskRunner {

  @Override
  public <T> JobHandle submit(String name, Job<T> job, Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    JobHandle handle = new JobHandle(name);
    JobContext context = new JobContext() {
      @Override
      public CancellationToken cancel() {
        return handle.token();
      }

      @Override
      public void progress(double fraction, String message) {
        handle.progress.set(fraction);
        if (message != null) {
          handle.message.set(message);
        }
      }
    };
    T result;
    try {
      result = job.run(context);
    } catch (Throwable e) {
      handle.running.set(false);
      onFailure.accept(e);
      return handle;
    }
    handle.running.set(false);
    onSuccess.accept(result);
    return handle;
  }

  @Override
  public void runOnUi(Runnable action) {
    action.run();
  }

  @Override
  public void runOnUiLater(Runnable action, long delayMillis) {
    action.run();
  }
}
