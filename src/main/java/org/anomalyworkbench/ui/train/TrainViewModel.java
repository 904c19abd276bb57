package org.anomalyworkbench.ui.train;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.training.RunProvenance;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.anomalyworkbench.ui.task.UiCoalescer;

/**
 * The train step: runs the pipeline off the UI thread and turns its progress events into a
 * loss history, a progress fraction with rows/s and ETA, and messages (early stopping, NaN).
 * Events are coalesced to at most {@link #UPDATES_PER_SECOND} UI updates per second whatever
 * the batch rate. After a run it shows the run's provenance.
 */
public final class TrainViewModel {
  /** Upper bound on UI refreshes from one run. */
  public static final int UPDATES_PER_SECOND = 10;

  private final TaskRunner runner;
  private final TrainingService service;
  private final LossHistory history = new LossHistory();
  private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
  private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
  private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper(this, "outcomeText", "");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
  private final ReadOnlyObjectWrapper<TrainingPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
  private final ObservableList<String> messages = FXCollections.observableArrayList();
  private final ObservableList<Map.Entry<String, String>> provenance = FXCollections.observableArrayList();
  private JobHandle job;
  private UiCoalescer<Object> coalescer;
  private long startedNanos;

  public TrainViewModel(TaskRunner runner, TrainingService service) {
    this.runner = runner;
    this.service = service;
  }

  /**
   * Starts training {@code p} on {@code dataset}; ignored while a run is going.
   *
   * @param onDone called on the UI thread with the outcome of a successful run
   */
  public void start(Dataset dataset, TrainingPlan p, Consumer<TrainingOutcome> onDone) {
    if (running.get()) {
      return;
    }
    history.clear();
    messages.clear();
    provenance.clear();
    failed.set(false);
    plan.set(p);
    progress.set(0);
    progressText.set("Preparing data…");
    outcomeText.set("");
    running.set(true);
    revision.set(revision.get() + 1);
    startedNanos = System.nanoTime();
    UiCoalescer<Object> events = new UiCoalescer<>(runner, 1000 / UPDATES_PER_SECOND, this::apply);
    coalescer = events;
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onProgress(TrainingProgress progressEvent) {
        events.offer(progressEvent);
      }

      @Override
      public void onMessage(String message) {
        events.offer(message);
      }
    };
    job = runner.submit("Train " + p.detectorName(), ctx -> service.train(dataset, p, listener, ctx.cancel()),
        outcome -> {
          events.flush();
          finished(outcome);
          onDone.accept(outcome);
        },
        error -> {
          events.flush();
          failed(error);
        });
  }

  /** Stops the run soon (between batches). */
  public void cancel() {
    if (job != null && running.get()) {
      job.cancel();
      progressText.set("Cancelling…");
    }
  }

  private void apply(List<Object> batch) {
    TrainingProgress last = null;
    for (Object o : batch) {
      if (o instanceof TrainingProgress p) {
        history.add(p);
        last = p;
      } else if (o instanceof String s) {
        messages.add(s);
      }
    }
    if (last != null) {
      progress.set(Math.max(0, Math.min(1, last.fractionDone())));
      progressText.set(describe(last));
    }
    revision.set(revision.get() + 1);
  }

  private String describe(TrainingProgress p) {
    double elapsed = (System.nanoTime() - startedNanos) / 1e9;
    StringBuilder sb = new StringBuilder("Epoch ").append(p.epoch()).append(" of ").append(p.totalEpochs())
        .append("  ·  batch ").append(Format.count(p.iteration()));
    if (p.samplesPerSecond() > 0) {
      sb.append("  ·  ").append(Format.count(Math.round(p.samplesPerSecond()))).append(" rows/s");
    }
    if (p.fractionDone() > 0.01 && p.fractionDone() < 1) {
      sb.append("  ·  about ").append(duration(elapsed * (1 - p.fractionDone()) / p.fractionDone())).append(" left");
    }
    return sb.toString();
  }

  static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format("%d:%02d", s / 60, s % 60);
  }

  private void finished(TrainingOutcome outcome) {
    running.set(false);
    progress.set(1);
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    progressText.set("Done");
    outcomeText.set("Trained and scored " + Format.count(outcome.results().rows()) + " rows in "
        + String.format("%.1f s", seconds) + ". See the results step (Ctrl+4).");
    provenance.setAll(provenanceRows(outcome.provenance(), outcome.config()));
    int epochs = history.epochs();
    if (plan.get() != null && epochs > 0) {
      messages.add("Trained " + epochs + (epochs == 1 ? " epoch" : " epochs") + " in "
          + String.format("%.1f s", outcome.provenance() == null ? seconds : outcome.provenance().trainingMillis() / 1000.0)
          + "; scored all " + Format.count(outcome.results().rows()) + " rows.");
    }
    revision.set(revision.get() + 1);
  }

  private void failed(Throwable error) {
    failed.set(true);
    if (error instanceof TrainingCancelledException) {
      progressText.set("Cancelled");
      outcomeText.set("Training was cancelled. Earlier results, if any, are unchanged.");
    } else if (error instanceof TrainingFailedException || error instanceof IllegalArgumentException) {
      progressText.set("Stopped");
      outcomeText.set(error.getMessage());
    } else {
      progressText.set("Failed");
      String msg = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
      outcomeText.set("Training failed: " + msg);
    }
    // Last, so that whoever watches the run end reads why it ended.
    running.set(false);
    revision.set(revision.get() + 1);
  }

  static List<Map.Entry<String, String>> provenanceRows(RunProvenance p, Map<String, String> config) {
    List<Map.Entry<String, String>> rows = new ArrayList<>();
    if (p == null) {
      return rows;
    }
    rows.add(Map.entry("Detector", p.detectorId()));
    Map<String, String> cfg = config == null || config.isEmpty() ? p.config() : config;
    rows.add(Map.entry("Configuration", new TreeMap<>(cfg).toString().replaceAll("[{}]", "")));
    rows.add(Map.entry("Training rows", Format.count(p.rows())));
    rows.add(Map.entry("Prepared features", Integer.toString(p.features())));
    rows.add(Map.entry("Seed", Long.toString(p.seed())));
    rows.add(Map.entry("Data hash", p.dataHash()));
    rows.add(Map.entry("Backend", p.backend()));
    rows.add(Map.entry("Training time", String.format("%.1f s", p.trainingMillis() / 1000.0)));
    rows.add(Map.entry("Trained at", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(ZoneId.systemDefault()).format(p.trainedAt())));
    rows.add(Map.entry("Versions", "app " + p.appVersion() + ", "
        + new TreeMap<>(p.libraryVersions()).toString().replaceAll("[{}]", "")));
    return rows;
  }

  /** The loss curves; read them when {@link #revisionProperty()} changes. */
  public LossHistory history() {
    return history;
  }

  /** Bumped after each coalesced batch of events (the chart repaints on it). */
  public ReadOnlyIntegerProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** "Epoch 3 of 20 · batch 120 · 45,000 rows/s · about 0:12 left". */
  public ReadOnlyStringProperty progressTextProperty() {
    return progressText.getReadOnlyProperty();
  }

  /** The result of the last run in a sentence, or "". */
  public ReadOnlyStringProperty outcomeTextProperty() {
    return outcomeText.getReadOnlyProperty();
  }

  /** True when the last run failed or was cancelled. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<TrainingPlan> planProperty() {
    return plan.getReadOnlyProperty();
  }

  /** Notes from the run: early stopping, NaN loss, and so on. */
  public ObservableList<String> messages() {
    return messages;
  }

  /** Key/value rows describing the last successful run. */
  public ObservableList<Map.Entry<String, String>> provenance() {
    return provenance;
  }

  /** The running job, or null. */
  public JobHandle job() {
    return running.get() ? job : null;
  }

  /** The current run's event coalescer (tests check how many UI updates it made). */
  UiCoalescer<Object> coalescer() {
    return coalescer;
  }
}
