package org.anomalyworkbench.ui.train;

import java.io.IOException;
import java.nio.file.Path;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.archive.AtomicFiles;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.ui.ModelFiles;

/** {@link ModelFiles} over core's {@link ModelStore} and {@link ModelScorer}: the same files the command line writes and reads. */
public final class StoredModels implements ModelFiles {
  @Override
  public void save(TrainingOutcome outcome, ThresholdPolicy threshold, double thresholdValue, KOfN kOfN, Path file)
      throws IOException {
    if (!(outcome.model() instanceof TrainingPipeline.TrainingResult result)) {
      throw new IOException("this result has no model to save");
    }
    AtomicFiles.checkNotInput(file, result.scored().dataset().source());
    TrainedModel model = result.model();
    TrainedModel shown = threshold == null ? model : model.withThreshold(threshold, thresholdValue);
    ModelStore.save(shown.withKOfN(kOfN), file);
  }

  @Override
  public TrainingOutcome scoreWith(Path file, Dataset dataset, CancellationToken cancel) {
    TrainedModel model = ModelStore.load(file);
    ScoredData scored = ModelScorer.score(model, dataset, cancel);
    TrainingPipeline.TrainingResult result = new TrainingPipeline.TrainingResult(model, scored);
    return new TrainingOutcome(PipelineTrainingService.results(result), model.provenance(), model.config(), result);
  }
}
