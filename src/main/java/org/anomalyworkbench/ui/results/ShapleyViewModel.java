package org.anomalyworkbench.ui.results;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.anomalyworkbench.core.explain.RowExplainer;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;

/**
 * "Explain this row": Shapley values of the focused row's score, computed in the background on
 * request (with progress and cancel) against rows below the threshold on screen. The values
 * belong to one row of one result: focusing another row or showing another result cancels a
 * running computation and clears them, so stale values are never shown beside another row.
 * Moving the threshold clears them too (saying why): the background they were measured against
 * is the rows below the threshold, so they no longer describe the row against what is on screen.
 */
public final class ShapleyViewModel {
  /** Seed of the background sample and the sampled coalitions (the command line's default too). */
  static final long SEED = 42;

  private final ResultsViewModel results;
  private final TaskRunner runner;
  private final ReadOnlyObjectWrapper<RowExplainer.RowExplanation> explanation =
      new ReadOnlyObjectWrapper<>(this, "explanation");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
  private final ReadOnlyDoubleWrapper seconds = new ReadOnlyDoubleWrapper(this, "seconds", Double.NaN);
  private JobHandle job;
  /** The request whose result may still be shown; a reset replaces it, so a late result is dropped. */
  private Object current;

  public ShapleyViewModel(ResultsViewModel results, TaskRunner runner) {
    this.results = results;
    this.runner = runner;
    results.focusedRowProperty().addListener((o, a, b) -> reset());
    results.dataProperty().addListener((o, a, b) -> reset());
    results.thresholdProperty().addListener((o, a, b) -> {
      if (explanation.get() != null || running.get()) {
        reset();
        message.set("The threshold moved, and with it the background of rows below it that the values were "
            + "measured against: explain the row again for values against the new threshold.");
      }
    });
    reset();
  }

  /** Starts computing the focused row's values; does nothing while {@link #unavailableProperty()} says why. */
  public void explainFocused() {
    if (!unavailable.get().isEmpty() || running.get()) {
      return;
    }
    ResultsData data = results.getData();
    TrainingPipeline.TrainingResult source = (TrainingPipeline.TrainingResult) data.source();
    int row = results.focusedRowProperty().get();
    double threshold = results.getThreshold();
    RowExplainer.Budget budget = RowExplainer.Budget.interactive(source.model());
    explanation.set(null);
    message.set("");
    running.set(true);
    long started = System.nanoTime();
    Object ticket = new Object();
    current = ticket;
    JobHandle handle = runner.submit("Shapley values", ctx -> RowExplainer.explain(source.model(), source.scored(), row, budget,
        threshold, SEED, f -> ctx.progress(f, null), ctx.cancel()), e -> {
          if (current == ticket) {
            job = null;
            running.set(false);
            seconds.set((System.nanoTime() - started) / 1e9);
            explanation.set(e);
          }
        }, e -> {
          if (current == ticket) {
            job = null;
            running.set(false);
            message.set(e instanceof TrainingCancelledException ? "Cancelled."
                : "Could not compute Shapley values: " + e.getMessage());
          }
        });
    if (handle.runningProperty().get() && current == ticket) {
      job = handle;
      progress.bind(handle.progressProperty());
    }
  }

  /** The results whose focused row is explained. */
  public ResultsViewModel results() {
    return results;
  }

  /** Stops a running computation; the values stay cleared. */
  public void cancel() {
    if (job != null) {
      job.cancel();
    }
  }

  private void reset() {
    current = null;
    if (job != null) {
      job.cancel();
      job = null;
    }
    progress.unbind();
    progress.set(-1);
    running.set(false);
    explanation.set(null);
    message.set("");
    unavailable.set(whyUnavailable());
  }

  private String whyUnavailable() {
    ResultsData d = results.getData();
    if (d == null) {
      return "Train a detector first.";
    }
    if (!(d.source() instanceof TrainingPipeline.TrainingResult r)) {
      return "These results have no model behind them to explain with.";
    }
    int row = results.focusedRowProperty().get();
    if (row < 0 || row >= d.rows()) {
      return "Select a row first.";
    }
    return RowExplainer.unsupported(r.model()).orElse("");
  }

  /** The values of the focused row, or null (not asked for, running, failed, or another row focused since). */
  public ReadOnlyObjectProperty<RowExplainer.RowExplanation> explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** 0..1 while running, -1 when unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** Why the last request gave no values ("Cancelled.", an error), or "". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Why "Explain this row" cannot run now (no row, no model, a series model), or "" when it can. */
  public ReadOnlyStringProperty unavailableProperty() {
    return unavailable.getReadOnlyProperty();
  }

  /** How long the last values took, in seconds. */
  public ReadOnlyDoubleProperty secondsProperty() {
    return seconds.getReadOnlyProperty();
  }
}
