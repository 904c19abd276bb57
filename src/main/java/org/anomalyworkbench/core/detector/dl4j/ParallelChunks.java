package org.anomalyworkbench.core.detector.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.anomalyworkbench.core.training.ConcurrentTrainings;

/**
 * Runs work over rows in chunks of {@link Nd4jMatrices#CHUNK_ROWS}, the chunks spread over one
 * thread per CPU (chunk {@code c} goes to worker {@code c mod workers}).
 *
 * <p>Why: each native call runs on one OpenMP thread ({@code NativeEnvironment}), so scoring
 * used one core of two unless a second Java thread scored other chunks. Chunk boundaries do not
 * depend on the number of workers, so results computed per chunk do not either.
 *
 * <p>The worker threads live as long as the application: ND4J keeps a workspace per thread, and
 * fresh threads per call each allocated new native memory that was returned late or never (a
 * VAE scoring of 1M rows grew the process by ~0.5 GB per call that way).
 */
public final class ParallelChunks {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "awb-chunk-worker-" + NAMES.incrementAndGet());
        t.setDaemon(true);
        return t;
      });

  private ParallelChunks() {
  }

  /** The work on one chunk of rows {@code from..to}; one instance per worker, so it may keep state. */
  @FunctionalInterface
  public interface ChunkWork {
    /** Processes rows {@code from} (inclusive) to {@code to} (exclusive); writes only their slots. */
    void run(int from, int to);
  }

  /**
   * Runs {@code perWorker}'s work over all chunks of {@code rows} rows and returns when all are
   * done. {@code perWorker} is called on the caller's thread, once per worker, before any chunk
   * runs. With one chunk or one CPU everything runs on the caller's thread. When a chunk fails,
   * the first failure in worker order is rethrown after the other workers have finished.
   */
  public static void forEach(int rows, Supplier<ChunkWork> perWorker) {
    int chunks = (rows + Nd4jMatrices.CHUNK_ROWS - 1) / Nd4jMatrices.CHUNK_ROWS;
    int workers = ConcurrentTrainings.defaultThreads(chunks);
    List<Runnable> tasks = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int first = w;
      ChunkWork work = perWorker.get();
      tasks.add(() -> {
        for (int c = first; c < chunks; c += workers) {
          int from = c * Nd4jMatrices.CHUNK_ROWS;
          work.run(from, Math.min(rows, from + Nd4jMatrices.CHUNK_ROWS));
        }
      });
    }
    if (workers <= 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Future<Void>> running = new ArrayList<>();
    tasks.forEach(t -> running.add(WORKERS.submit(t, null)));
    ConcurrentTrainings.awaitAll(running, "chunk-scoring");
  }
}
