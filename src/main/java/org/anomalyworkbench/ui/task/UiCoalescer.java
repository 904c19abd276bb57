package org.anomalyworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Collects events from a worker thread and hands them to the UI in batches, at most once per
 * interval: a training run emits one event per batch (thousands per second), the screen needs
 * about ten updates per second. Every event is delivered, in order; only the number of UI
 * round-trips is limited.
 *
 * @param <E> event type
 */
public final class UiCoalescer<E> {
  private final TaskRunner runner;
  private final long intervalMillis;
  private final Consumer<List<E>> sink;
  private final LongSupplier clockMillis;
  private List<E> pending = new ArrayList<>();
  private boolean scheduled;
  private long lastFlush = Long.MIN_VALUE / 2;
  private int flushes;

  /**
   * @param runner posts flushes to the UI thread
   * @param intervalMillis the least time between two deliveries, e.g. 100 for ten per second
   * @param sink receives each batch on the UI thread
   */
  public UiCoalescer(TaskRunner runner, long intervalMillis, Consumer<List<E>> sink) {
    this(runner, intervalMillis, sink, System::currentTimeMillis);
  }

  UiCoalescer(TaskRunner runner, long intervalMillis, Consumer<List<E>> sink, LongSupplier clockMillis) {
    this.runner = runner;
    this.intervalMillis = intervalMillis;
    this.sink = sink;
    this.clockMillis = clockMillis;
  }

  /** Queues an event; called from any thread. */
  public void offer(E event) {
    long delay;
    synchronized (this) {
      pending.add(event);
      if (scheduled) {
        return;
      }
      scheduled = true;
      delay = Math.max(0, lastFlush + intervalMillis - clockMillis.getAsLong());
    }
    if (delay == 0) {
      runner.runOnUi(this::flush);
    } else {
      runner.runOnUiLater(this::flush, delay);
    }
  }

  /** Delivers whatever is queued now; call on the UI thread, e.g. when the job has ended. */
  public void flush() {
    List<E> batch;
    synchronized (this) {
      scheduled = false;
      lastFlush = clockMillis.getAsLong();
      if (pending.isEmpty()) {
        return;
      }
      batch = pending;
      pending = new ArrayList<>();
      flushes++;
    }
    sink.accept(batch);
  }

  /** How many non-empty batches were delivered (for tests and diagnostics). */
  public synchronized int deliveredBatches() {
    return flushes;
  }
}
