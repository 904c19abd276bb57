package org.anomalyworkbench.core.detector.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.DetectorRegistry;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * Trains the members of an ensemble at the same time, one thread each (at most one per CPU).
 * Each native training runs on one OpenMP thread (see {@code NativeEnvironment}), so a second
 * member on a second core adds throughput instead of competing for the same threads. Each
 * member gets the seed {@code seed + index} and its own thread-local random state, so the
 * results are the same as when trained one after the other. Progress events from the members
 * reach the caller's listener one at a time (never concurrently), with the ensemble's overall
 * fraction done.
 */
final class MemberTraining {
  /** A trained member and the normaliser fitted on its training scores. */
  record Member(TrainedDetector detector, ScoreNormalizer normalizer) {
  }

  private MemberTraining() {
  }

  /** Threads used by default: one per CPU, at most one per member. */
  static int defaultThreads(int members) {
    return Math.max(1, Math.min(members, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Trains every member of {@code config} on {@code data} with at most {@code threads} at a
   * time. When a member fails or the run is cancelled, the first failure (in member order) is
   * rethrown after the members already running have stopped.
   */
  static List<Member> train(EnsembleConfig config, PreparedData data, TrainingContext context, int threads) {
    int count = config.members().size();
    SerialListener listener = new SerialListener(context.listener(), count);
    if (threads <= 1) {
      List<Member> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        context.cancel().throwIfCancelled();
        out.add(trainOne(config, data, context, listener, i));
      }
      return out;
    }
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), r -> {
      Thread t = new Thread(r, "ensemble-member-" + names.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Member>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          context.cancel().throwIfCancelled();
          return trainOne(config, data, context, listener, index);
        }));
      }
      List<Member> out = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<Member> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = unwrap(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while training the ensemble members.", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  private static Member trainOne(EnsembleConfig config, PreparedData data, TrainingContext context,
      SerialListener listener, int index) {
    String id = config.members().get(index);
    int count = config.members().size();
    listener.onMessage("Ensemble: training member " + (index + 1) + " of " + count + " (" + id + ")");
    TrainingContext memberContext = new TrainingContext(context.seed() + index, listener.forMember(index),
        context.cancel(), context.validation());
    TrainedDetector member = DetectorRegistry.train(id, Map.of(), data, memberContext);
    return new Member(member, ScoreNormalizer.fit(config.normalization(), member.score(data).values()));
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("An ensemble member failed: " + cause.getMessage(), cause);
  }

  /** Serialises the members' events and maps each member's progress onto the ensemble's 0..1. */
  private static final class SerialListener {
    private final TrainingListener target;
    private final double[] fractions;

    SerialListener(TrainingListener target, int members) {
      this.target = target;
      this.fractions = new double[members];
    }

    synchronized void onMessage(String message) {
      target.onMessage(message);
    }

    synchronized void onProgress(int member, TrainingProgress p) {
      fractions[member] = p.fractionDone();
      double sum = 0;
      for (double f : fractions) {
        sum += f;
      }
      target.onProgress(new TrainingProgress(p.epoch(), p.totalEpochs(), p.iteration(), p.trainLoss(),
          p.validationLoss(), p.samplesPerSecond(), sum / fractions.length, p.epochEnd()));
    }

    TrainingListener forMember(int member) {
      return new TrainingListener() {
        @Override
        public void onProgress(TrainingProgress p) {
          SerialListener.this.onProgress(member, p);
        }

        @Override
        public void onMessage(String message) {
          SerialListener.this.onMessage(message);
        }
      };
    }
  }
}
