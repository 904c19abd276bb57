package org.anomalyworkbench.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * The app's runner: each job is a JavaFX {@link Task} on a daemon worker thread, so progress
 * and message updates are coalesced by JavaFX and callbacks arrive on the FX thread. Cancelling
 * sets the job's {@link CancellationToken}; the thread is never interrupted, because DL4J
 * ignores interrupts and some I/O code closes channels on them.
 */
public final class FxTaskRunner implements TaskRunner {
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("workbench-job"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("workbench-timer"));

  @Override
  public <T> JobHandle submit(String name, Job<T> job, Consumer<? super T> onSuccess,
      Consumer<? super Throwable> onFailure) {
    JobHandle handle = new JobHandle(name);
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        return job.run(new JobContext() {
          @Override
          public CancellationToken cancel() {
            return handle.token();
          }

          @Override
          public void progress(double fraction, String message) {
            updateProgress(fraction < 0 ? -1 : fraction, fraction < 0 ? -1 : 1);
            if (message != null) {
              updateMessage(message);
            }
          }
        });
      }
    };
    handle.progress.bind(task.progressProperty());
    handle.message.bind(task.messageProperty());
    task.setOnSucceeded(e -> {
      handle.running.set(false);
      onSuccess.accept(task.getValue());
    });
    task.setOnFailed(e -> {
      handle.running.set(false);
      onFailure.accept(task.getException());
    });
    workers.execute(task);
    return handle;
  }

  @Override
  public void runOnUi(Runnable action) {
    Platform.runLater(action);
  }

  @Override
  public void runOnUiLater(Runnable action, long delayMillis) {
    timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
