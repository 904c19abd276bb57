package org.anomalyworkbench.ui;

import org.anomalyworkbench.core.scoring.SortedScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.RunProvenance;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.ui.results.Medians;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.train.TrainingOutcome;
import org.anomalyworkbench.ui.train.TrainingPlan;
import org.anomalyworkbench.ui.train.TrainingService;
import tech.tablesaw.api.NumericColumn;

/**
 * A test training service: emits a decreasing loss for a few epochs and scores rows by their
 * summed squared z-scores (contribution = z²), so UI tests run in milliseconds.
 */
public final class ScriptedTraining implements TrainingService {
  private final int epochs;
  private final int batchesPerEpoch;

  public ScriptedTraining(int epochs, int batchesPerEpoch) {
    this.epochs = epochs;
    this.batchesPerEpoch = batchesPerEpoch;
  }

  @Override
  public TrainingOutcome train(Dataset d, TrainingPlan plan, TrainingListener listener, CancellationToken cancel) {
    long it = 0;
    for (int e = 1; e <= epochs; e++) {
      for (int b = 0; b < batchesPerEpoch; b++) {
        cancel.throwIfCancelled();
        it++;
        double loss = 1.0 / (1 + it * 0.1) + 0.02 * Math.sin(it);
        listener.onProgress(new TrainingProgress(e, epochs, it, loss, Double.NaN, 50_000,
            it / (double) (epochs * batchesPerEpoch), false));
      }
      listener.onProgress(new TrainingProgress(e, epochs, it, 1.0 / (1 + it * 0.1), 1.1 / (1 + it * 0.1), 50_000,
          e / (double) epochs, true));
    }
    listener.onMessage("Finished all " + epochs + " epochs.");
    List<ColumnInfo> features = d.schema().features();
    int n = d.rows();
    int f = features.size();
    double[] scores = new double[n];
    float[] contrib = new float[n * f];
    List<String> names = new ArrayList<>();
    for (int j = 0; j < f; j++) {
      NumericColumn<?> c = (NumericColumn<?>) d.table().column(features.get(j).name());
      names.add(c.name());
      double mean = c.mean();
      double sd = Math.max(1e-9, c.standardDeviation());
      for (int r = 0; r < n; r++) {
        double z = (c.getDouble(r) - mean) / sd;
        contrib[r * f + j] = (float) (z * z);
        scores[r] += z * z;
      }
    }
    int[] labels = d.schema().label().map(l -> toInts((NumericColumn<?>) d.table().column(l.name()))).orElse(null);
    ResultsData results = new ResultsData(d, new Scores(scores, contrib, names), labels,
        new SortedScores(scores), scores, new double[0], "sum of squared z-scores", Medians.of(d), null);
    RunProvenance p = new RunProvenance(plan.detectorId(), Map.of("epochs", Integer.toString(epochs)), "abc123",
        plan.seed(), n, f, "test", Map.of("dl4j", "none"), "CPU (test)", Instant.now(), 12);
    return new TrainingOutcome(results, p, Map.of("epochs", Integer.toString(epochs)), null);
  }

  private static int[] toInts(NumericColumn<?> c) {
    int[] out = new int[c.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) Math.round(c.getDouble(i));
    }
    return out;
  }
}
