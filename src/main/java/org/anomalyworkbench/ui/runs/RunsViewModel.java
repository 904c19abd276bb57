package org.anomalyworkbench.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.evaluation.PrCurve;
import org.anomalyworkbench.core.evaluation.RocCurve;
import org.anomalyworkbench.core.evaluation.RunComparison;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.project.Run;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;

/**
 * The Runs step's state: the project's runs, which are selected, and, when several are, their
 * comparison (core's {@link RunComparison}: metrics, agreement of the flagged sets, correlation
 * of the scores; and each run's ROC and PR curves), computed in the background from the runs'
 * scores (cached or re-scored with their models). One selected run is shown in Results.
 */
public final class RunsViewModel {
  /** Points per curve: enough for a smooth line on screen, few enough to redraw at once. */
  static final int CURVE_POINTS = 600;

  /** Scores a run on the data on screen (called on a worker thread). */
  @FunctionalInterface
  public interface RunScores {
    ScoredData score(Run run, CancellationToken cancel);
  }

  /**
   * Several runs side by side.
   *
   * @param runs the runs, in the order of the project's list
   * @param colours each run's colour index in the project's list
   * @param figures core's comparison
   * @param roc each run's ROC curve; empty without usable labels
   * @param pr each run's precision-recall curve; empty likewise
   * @param positiveRate share of labelled anomalies (the PR curve's chance line); NaN without labels
   */
  public record Comparison(List<Run> runs, List<Integer> colours, RunComparison figures, List<RocCurve> roc,
      List<PrCurve> pr, double positiveRate) {
    /** True when the data has labels of both classes, so there are curves and label metrics. */
    public boolean hasCurves() {
      return !roc.isEmpty();
    }
  }

  private final TaskRunner runner;
  private final ObservableList<Run> runs;
  private final Supplier<RunScores> scores;
  private final Consumer<String> onShow;
  private final ObservableList<Run> selected = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private JobHandle job;

  /**
   * @param runs the project's runs (shared, oldest first)
   * @param scores gives, on the UI thread, a scorer bound to the data on screen
   * @param onShow shows the run with this id in Results
   */
  public RunsViewModel(TaskRunner runner, ObservableList<Run> runs, Supplier<RunScores> scores,
      Consumer<String> onShow) {
    this.runner = runner;
    this.runs = runs;
    this.scores = scores;
    this.onShow = onShow;
    updateMessage();
  }

  /** The analyst selected {@code list} in the runs table: one is shown in Results, several are compared. */
  public void select(List<Run> list) {
    if (list.equals(selected)) {
      return;
    }
    selected.setAll(list);
    if (job != null) {
      job.cancel();
      job = null;
    }
    comparison.set(null);
    updateMessage();
    if (list.size() == 1) {
      onShow.accept(list.get(0).id());
    } else if (list.size() >= 2) {
      compare(List.copyOf(list));
    }
  }

  private void updateMessage() {
    message.set(runs.isEmpty() ? "No runs yet: every training (F5) is kept here as a run."
        : selected.isEmpty() ? "Select a run to show it in Results, or several (Ctrl+click, Shift+click) to compare them."
        : "");
  }

  private void compare(List<Run> list) {
    message.set("Comparing " + list.size() + " runs…");
    RunScores scorer = scores.get();
    List<Integer> colours = list.stream().map(runs::indexOf).toList();
    job = runner.submit("Compare runs", ctx -> build(list, colours, scorer, ctx.cancel()), c -> {
      if (selected.equals(list)) {
        comparison.set(c);
        message.set("");
      }
    }, e -> {
      if (selected.equals(list)) {
        message.set(e instanceof org.anomalyworkbench.core.training.TrainingCancelledException ? ""
            : "Could not compare the runs: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      }
    });
  }

  static Comparison build(List<Run> list, List<Integer> colours, RunScores scorer, CancellationToken cancel) {
    List<RunComparison.RunResult> results = new ArrayList<>();
    int[] labels = null;
    for (Run r : list) {
      ScoredData s = scorer.score(r, cancel);
      cancel.throwIfCancelled();
      boolean[] flags = s.flags(r.model().decisionRule(r.record().thresholdValue()));
      results.add(new RunComparison.RunResult(r.record().name(), s.scores().values(), flags));
      if (labels == null && s.hasLabels()) {
        labels = s.labels();
      }
    }
    boolean usable = labels != null && Metrics.undefinedReason(labels).isEmpty();
    RunComparison figures = RunComparison.of(results, usable ? labels : null);
    List<RocCurve> roc = new ArrayList<>();
    List<PrCurve> pr = new ArrayList<>();
    double rate = Double.NaN;
    if (usable) {
      for (RunComparison.RunResult r : results) {
        roc.add(RocCurve.of(r.scores(), labels, CURVE_POINTS));
        pr.add(PrCurve.of(r.scores(), labels, CURVE_POINTS));
      }
      int positives = 0;
      for (int l : labels) {
        positives += l;
      }
      rate = positives / (double) labels.length;
    }
    return new Comparison(List.copyOf(list), colours, figures, roc, pr, rate);
  }

  /** Called when runs are added or deleted: the selection keeps the runs still there. */
  public void runsChanged() {
    List<Run> still = selected.stream().filter(runs::contains).toList();
    if (!still.equals(selected)) {
      selected.clear();
      select(still);
    }
    updateMessage();
  }

  public ObservableList<Run> runs() {
    return runs;
  }

  public ObservableList<Run> selected() {
    return selected;
  }

  /** The comparison of the selected runs, or null (fewer than two, or still computing). */
  public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }

  /** What the lower part of the step says instead of a comparison ("" when it shows one or a run). */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
