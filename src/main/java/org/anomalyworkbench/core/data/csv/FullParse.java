package org.anomalyworkbench.core.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;

/**
 * Parses the whole file into column sinks, on one thread or on two threads that each take
 * half of the file split at a line break.
 *
 * <p>A split is only safe when no quoted field contains a line break (the second half could
 * start inside one). The sample already tells for its part of the file; for the rest, any
 * quoted field with a line break, or any problem at all in either half, makes the file be
 * parsed again on one thread, which gives the authoritative result or error message. So
 * two threads never change what is read, only how fast.
 */
final class FullParse {
  /** Files smaller than this are parsed on one thread (a thread costs more than it saves). */
  static final long MIN_PARALLEL_BYTES = 4L << 20;

  private FullParse() {
  }

  /** The shared column arrays, the parsed ranges in file order, and their total row count. */
  record Parsed(ColumnStore store, List<RangeWorker.Result> parts, int rows) {
  }

  /** Everything a range worker needs besides its byte range and its rows. */
  record Job(Path file, FileProbe probe, char delimiter, boolean header, List<ColumnPlan> plans,
      MissingMarkers markers, boolean tolerant, CancellationToken cancel, ProgressTracker progress) {

    RangeWorker worker(long start, long end, boolean skipHeader, ColumnSink[] sinks, AtomicBoolean abort) {
      return new RangeWorker(file, probe, start, end, delimiter, skipHeader, sinks, cancel, abort, progress);
    }

    int estimateRows(long bytes) {
      return probe.headIsWholeFile() ? probe.lineCountUpperBound() : ColumnStore.estimateRows(bytes, probe.bytesPerLine());
    }
  }

  /**
   * Parses the file.
   *
   * @param threads 1 or 2
   * @throws ParseStop for the first data problem, with its physical line
   */
  static Parsed run(Job job, int threads) throws IOException {
    long start = job.probe().dataStart();
    long size = job.probe().size();
    if (threads >= 2) {
      long split = splitPoint(job.file(), start + (size - start) / 2, size);
      if (split > start && split < size) {
        int firstRows = job.estimateRows(split - start);
        ColumnStore store = new ColumnStore(job.plans(), firstRows + job.estimateRows(size - split));
        Parsed p = runTwo(job, store, firstRows, start, split, size);
        if (p != null) {
          return p;
        }
        job.progress().reset();
        return runOne(job, store);
      }
    }
    return runOne(job, new ColumnStore(job.plans(), job.estimateRows(size - start)));
  }

  private static Parsed runOne(Job job, ColumnStore store) throws IOException {
    ColumnSink[] sinks = store.sinks(0, store.capacity(), job.markers(), job.tolerant());
    RangeWorker.Result r = job.worker(job.probe().dataStart(), job.probe().size(), job.header(), sinks,
        new AtomicBoolean()).call();
    return new Parsed(store, List.of(r), r.rows());
  }

  /** Two halves in parallel; null when the result cannot be trusted and one thread must redo it. */
  private static Parsed runTwo(Job job, ColumnStore store, int firstRows, long start, long split, long end)
      throws IOException {
    AtomicBoolean abort = new AtomicBoolean();
    ColumnSink[] secondSinks = store.sinks(firstRows, store.capacity() - firstRows, job.markers(), job.tolerant());
    FutureTask<RangeWorker.Result> second = new FutureTask<>(job.worker(split, end, false, secondSinks, abort));
    Thread t = new Thread(second, "csv-import-range-2");
    t.setDaemon(true);
    t.start();
    RangeWorker.Result first = null;
    Throwable firstError = null;
    try {
      first = job.worker(start, split, job.header(), store.sinks(0, firstRows, job.markers(), job.tolerant()), abort).call();
    } catch (IOException | RuntimeException e) {
      firstError = e;
      abort.set(true);
    }
    Outcome other = await(second, job, abort);
    job.cancel().throwIfCancelled();
    rethrowIfFatal(firstError);
    rethrowIfFatal(other.error);
    if (firstError != null || other.error != null || first.multiLineField() || other.result.multiLineField()
        || hasBadCells(other.result)) {
      return null;
    }
    return new Parsed(store, List.of(first, other.result), first.rows() + other.result.rows());
  }

  /**
   * The second half counts lines from its own start, so the line of an odd cell found there
   * would be wrong: such a file is parsed again on one thread (only files with odd cells pay).
   */
  private static boolean hasBadCells(RangeWorker.Result part) {
    for (ColumnSink s : part.sinks()) {
      if (s instanceof NumericSink n && n.badCells() > 0) {
        return true;
      }
    }
    return false;
  }

  private record Outcome(RangeWorker.Result result, Throwable error) {
  }

  /** Waits for the second half, reporting progress and passing on a cancel meanwhile. */
  private static Outcome await(FutureTask<RangeWorker.Result> task, Job job, AtomicBoolean abort) {
    while (true) {
      try {
        return new Outcome(task.get(50, TimeUnit.MILLISECONDS), null);
      } catch (TimeoutException e) {
        job.progress().report();
        if (job.cancel().isCancelled()) {
          abort.set(true);
        }
      } catch (ExecutionException e) {
        return new Outcome(null, e.getCause());
      } catch (InterruptedException e) {
        abort.set(true);
        Thread.currentThread().interrupt();
        throw new TrainingCancelledException();
      }
    }
  }

  /** Cancellation, unreadable bytes and internal errors end the import; data problems do not. */
  private static void rethrowIfFatal(Throwable e) throws IOException {
    if (e == null || e instanceof ParseStop) {
      return;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException r) {
      throw r;
    }
    throw (Error) e;
  }

  /** The offset just after the first '\n' at or after {@code from}, or {@code end} if none. */
  static long splitPoint(Path file, long from, long end) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.position(from);
      InputStream in = Channels.newInputStream(ch);
      byte[] buf = new byte[1 << 16];
      long pos = from;
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            return pos + i + 1;
          }
        }
        pos += n;
      }
      return end;
    }
  }
}
