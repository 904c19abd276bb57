package org.anomalyworkbench.core.detector.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.DetectorCatalog;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.training.CombinedProgress;
import org.anomalyworkbench.core.training.ConcurrentTrainings;

/**
 * Trains the members of an ensemble at the same time, one thread each (at most one per CPU,
 * see {@link ConcurrentTrainings}). Member {@code i} gets the seed {@code seed + index}, so the
 * results are the same as when trained one after the other. Progress events from the members
 * reach the caller's listener one at a time, with the ensemble's overall fraction done.
 */
final class MemberTraining {
  /** A trained member and the normaliser fitted on its training scores. */
  record Member(TrainedDetector detector, ScoreNormalizer normalizer, double[] trainingScores) {
  }

  private MemberTraining() {
  }

  /** Threads used by default: one per CPU, at most one per member. */
  static int defaultThreads(int members) {
    return ConcurrentTrainings.defaultThreads(members);
  }

  /**
   * Trains every member of {@code config} on {@code fitOn} with at most {@code threads} at a time
   * and scores {@code normaliseOn} with each to fit its normaliser. When a member fails or the
   * run is cancelled, the first failure (in member order) is rethrown after the members already
   * running have stopped.
   *
   * @param fit which fit this is (0-based) of {@code fits}: progress shows all fits as one run
   */
  static List<Member> train(DetectorCatalog catalog, EnsembleConfig config, PreparedData fitOn, PreparedData normaliseOn,
      TrainingContext context, CombinedProgress progress, int fit, int threads) {
    int count = config.members().size();
    List<Callable<Member>> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      tasks.add(() -> {
        context.cancel().throwIfCancelled();
        return trainOne(catalog, config, fitOn, normaliseOn, context, progress, fit, index);
      });
    }
    return ConcurrentTrainings.runAll(tasks, threads, "ensemble-member");
  }

  /** Progress for {@code fits} fits of every member of {@code config}, shown as one run. */
  static CombinedProgress progress(EnsembleConfig config, TrainingContext context, int fits) {
    return new CombinedProgress(context.listener(), config.members().size() * fits, (member, message) -> message);
  }

  private static Member trainOne(DetectorCatalog catalog, EnsembleConfig config, PreparedData fitOn,
      PreparedData normaliseOn, TrainingContext context, CombinedProgress progress, int fit, int index) {
    String id = config.members().get(index);
    int count = config.members().size();
    progress.onMessage("Ensemble: " + (fit == 0 ? "" : "refit without the top rows, ") + "training member "
        + (index + 1) + " of " + count + " (" + id + ")");
    TrainingContext memberContext = new TrainingContext(context.seed() + index, progress.forMember(fit * count + index),
        context.cancel(), context.validation());
    TrainedDetector member = catalog.train(id, Map.of(), fitOn, memberContext);
    double[] training = member.score(normaliseOn).values();
    return new Member(member, ScoreNormalizer.fit(config.normalization(), training), training);
  }
}
