package org.anomalyworkbench.core.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs several independent trainings (ensemble members) at the same time, one thread each and
 * at most one per CPU (chunked scoring spreads its chunks likewise, see
 * {@code core.detector.dl4j.ParallelChunks}). Each native training runs on one OpenMP thread (see
 * {@code NativeEnvironment}), so a second model on a second core adds throughput instead of
 * competing for the same threads (measured 1.2-1.7x total rows/s with two at once on two cores).
 * Results come back in task order; with seeds fixed per task and ND4J's random state being
 * per thread, they are the same as when the tasks run one after the other.
 */
public final class ConcurrentTrainings {
  private ConcurrentTrainings() {
  }

  /** Threads used by default: one per CPU, at most one per task. */
  public static int defaultThreads(int tasks) {
    return Math.max(1, Math.min(tasks, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Runs every task with at most {@code threads} at a time (in turn, on the caller's thread,
   * when {@code threads <= 1}). When a task fails, the first failure in task order is rethrown
   * after the tasks already running have finished; a cancelled run surfaces as the tasks'
   * {@link TrainingCancelledException}.
   *
   * @param threadName prefix of the worker threads' names, e.g. "ensemble-member"
   */
  public static <T> List<T> runAll(List<Callable<T>> tasks, int threads, String threadName) {
    if (threads <= 1 || tasks.size() <= 1) {
      List<T> out = new ArrayList<>();
      for (Callable<T> task : tasks) {
        try {
          out.add(task.call());
        } catch (Exception e) {
          throw unwrap(e);
        }
      }
      return out;
    }
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
      Thread t = new Thread(r, threadName + "-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      return awaitAll(futures, threadName);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Waits for every one of {@code futures} and returns their results in order; when one failed,
   * rethrows the first failure in that order once all have finished.
   *
   * @param what names the tasks in the message should the wait be interrupted
   */
  public static <T> List<T> awaitAll(List<Future<T>> futures, String what) {
    List<T> out = new ArrayList<>();
    RuntimeException failure = null;
    for (Future<T> f : futures) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = unwrap(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while running " + what + " tasks.", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return out;
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("A training failed: " + cause.getMessage(), cause);
  }
}
