package org.anomalyworkbench.ui;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.anomalyworkbench.core.compute.BackendInfo;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.model.MemoryEstimate;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.anomalyworkbench.ui.train.PipelineTrainingService;
import org.anomalyworkbench.ui.train.StoredModels;

/** The app's services, backed by the core library. */
public final class CoreServices {
  /** Contributing features listed per exported row. */
  static final int EXPORT_TOP_FEATURES = 3;
  /** Seed of exported Shapley values (the command line's too), so both give the same numbers. */
  static final long SHAPLEY_SEED = 42;

  private CoreServices() {
  }

  /**
   * Services over core, with the JavaFX task runner; loading ND4J starts in the background when
   * {@code warmUpStarter} runs it (the app holds it until its first frame is painted).
   */
  static Services create(Executor warmUpStarter) {
    return create(new FxTaskRunner(), AppPreferences.defaultNode(), warmUpStarter);
  }

  /** Services over core whose warm-ups start in the background at once. */
  public static Services create(org.anomalyworkbench.ui.task.TaskRunner runner, java.util.prefs.Preferences prefs) {
    return create(runner, prefs, Runnable::run);
  }

  private static Services create(org.anomalyworkbench.ui.task.TaskRunner runner, java.util.prefs.Preferences prefs,
      Executor warmUpStarter) {
    CompletableFuture<String> backend = new CompletableFuture<>();
    // Tablesaw scans the class path on first use and ND4J loads natives: do both off the FX thread.
    // Tablesaw's starts at once, as the data opened at start-up needs it (0.2-0.4 s of one core);
    // ND4J's (1-1.5 s, several threads) is only needed for training and waits for the starter.
    CsvImporter.warmUp();
    warmUpStarter.execute(() -> {
      ComputeBackend.warmUp().thenApply(BackendInfo::summary)
          .exceptionally(e -> "unavailable (" + rootMessage(e) + ")")
          .thenAccept(backend::complete);
    });
    return new Services(runner,
        (file, cancel, progress) -> importChecked(file,
            CsvImportOptions.defaults().withCancellation(cancel).withProgress(progress)
                .withNonNumeric(org.anomalyworkbench.core.data.NonNumericPolicy.MISSING)),
        DetectorRegistry.all(), new PipelineTrainingService(), new CoreThresholds(), CoreServices::export,
        backend, prefs, new StoredModels());
  }

  static int export(ResultsData data, double threshold, java.nio.file.Path out) throws IOException {
    return FlaggedRecordsWriter.write(scored(data), threshold, FlaggedRecordsWriter.Rows.FLAGGED, EXPORT_TOP_FEATURES, out);
  }

  /** Why a result's export cannot carry Shapley values (no model behind it, a series), or "". */
  static String whyNoShapley(ResultsData data) {
    if (!(data.source() instanceof TrainingPipeline.TrainingResult r)) {
      return "these results have no model behind them.";
    }
    return org.anomalyworkbench.core.explain.RowExplainer.unsupported(r.model()).orElse("");
  }

  /**
   * Writes the flagged rows with Shapley columns for the {@value
   * org.anomalyworkbench.core.explain.ShapleyColumns#DEFAULT_MAX_ROWS} most anomalous, as the
   * command line's {@code score --shapley} does.
   *
   * @return the rows written and the rows explained
   */
  static int[] exportWithShapley(ResultsData data, double threshold, java.nio.file.Path out,
      org.anomalyworkbench.ui.task.JobContext ctx) throws IOException {
    TrainingPipeline.TrainingResult r = (TrainingPipeline.TrainingResult) data.source();
    boolean[] flags = new boolean[data.rows()];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = data.scores().value(i) >= threshold;
    }
    var columns = org.anomalyworkbench.core.explain.ShapleyColumns.compute(r.model(), r.scored(), flags,
        org.anomalyworkbench.core.explain.ShapleyColumns.DEFAULT_MAX_ROWS,
        org.anomalyworkbench.core.explain.RowExplainer.Budget.export(r.model()), threshold, SHAPLEY_SEED,
        f -> ctx.progress(f, null), ctx.cancel());
    int n = FlaggedRecordsWriter.write(r.scored(), flags, FlaggedRecordsWriter.Rows.FLAGGED, EXPORT_TOP_FEATURES, out,
        FlaggedRecordsWriter.Order.RANK, columns);
    return new int[] {n, columns.explainedRows()};
  }

  /** The core's scored data behind a result (the pipeline's, or one made of the result's parts). */
  static ScoredData scored(ResultsData data) {
    return data.source() instanceof TrainingPipeline.TrainingResult r ? r.scored()
        : new ScoredData(data.dataset(), data.scores(), data.labels(), data.ranked());
  }

  /** Imports after the memory estimate, and turns running out of memory into a message saying what to do. */
  private static Dataset importChecked(java.nio.file.Path file, CsvImportOptions options) {
    MemoryEstimate.checkFits(file);
    try {
      return CsvImporter.read(file, options);
    } catch (OutOfMemoryError e) {
      throw new DataImportException(file, 0, null, MemoryEstimate.outOfMemory(Runtime.getRuntime().maxMemory()));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
