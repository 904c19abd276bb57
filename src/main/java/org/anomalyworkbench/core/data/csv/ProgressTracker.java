package org.anomalyworkbench.core.data.csv;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/**
 * Bytes read so far by all parser threads, reported as a fraction to the caller's callback.
 * Only the importing (calling) thread invokes the callback, at most once per percent, so a
 * UI callback sees a calm, ordered stream of values.
 */
final class ProgressTracker {
  private final AtomicLong done = new AtomicLong();
  private final double total;
  private final DoubleConsumer callback;
  private final Thread owner = Thread.currentThread();
  private double lastReported = -1;

  ProgressTracker(long totalBytes, DoubleConsumer callback) {
    this.total = Math.max(1, totalBytes);
    this.callback = callback;
  }

  void add(long bytes) {
    done.addAndGet(bytes);
    if (Thread.currentThread() == owner) {
      report();
    }
  }

  /** Reports the current fraction (capped below 1 until {@link #finish}) if it moved by 1%. */
  void report() {
    double f = Math.min(0.99, done.get() / total);
    if (callback != null && f >= lastReported + 0.01) {
      lastReported = f;
      callback.accept(f);
    }
  }

  /** Forget bytes read by an attempt that is being repeated (single-threaded re-parse). */
  void reset() {
    done.set(0);
  }

  void finish() {
    if (callback != null) {
      callback.accept(1.0);
    }
  }
}
