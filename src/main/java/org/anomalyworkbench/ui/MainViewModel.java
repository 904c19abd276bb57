package org.anomalyworkbench.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.projection.DatasetProjection;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.data.DataViewModel;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.detector.DetectorViewModel;
import org.anomalyworkbench.ui.images.ImageDataViewModel;
import org.anomalyworkbench.ui.results.EvaluationData;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.anomalyworkbench.ui.train.TrainViewModel;
import org.anomalyworkbench.ui.train.TrainingOutcome;
import org.anomalyworkbench.ui.train.TrainingPlan;

/**
 * The whole window's state: the current step, the session's dataset and last training
 * outcome, the four step ViewModels, the status line and the running job. Actions the menus
 * and shortcuts trigger (open, sample, train, cancel, export) live here so that they behave
 * the same from a button, a menu or a key.
 */
public final class MainViewModel {
  private final Services services;
  private final TaskRunner runner;
  private final AppPreferences preferences;
  private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.DATA);
  private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
  private final ReadOnlyObjectWrapper<TrainingOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
  /** The outcome the loss chart's history belongs to (a saved model's scoring has none). */
  private TrainingOutcome lastTrained;
  private final ReadOnlyObjectWrapper<JobHandle> activeJob = new ReadOnlyObjectWrapper<>(this, "activeJob");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready.");
  private final ReadOnlyBooleanWrapper resultsStale = new ReadOnlyBooleanWrapper(this, "resultsStale");
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final DataViewModel data;
  private final DetectorViewModel detector;
  private final TrainViewModel train;
  private final ResultsViewModel results;
  private final ImageDataViewModel images;
  private final org.anomalyworkbench.ui.results.ShapleyViewModel shapley;
  private final javafx.beans.property.BooleanProperty exportShapley =
      new javafx.beans.property.SimpleBooleanProperty(this, "exportShapley", false);
  private final UndoHistory history = new UndoHistory();
  private boolean undoing;
  private final ProjectSession project;
  /** The flagged-count sentence last put in the status line, and what it started with; it follows the threshold. */
  private String flaggedStatusShown;
  private String flaggedStatusWhat;
  /** A model given before there was data to score (a double-clicked .awm): scored once data is opened. */
  private Path modelAwaitingData;

  public MainViewModel(Services services) {
    this.services = services;
    this.runner = services.runner();
    this.preferences = new AppPreferences(services.preferences());
    this.data = new DataViewModel(runner, services.loader(), dataset);
    this.detector = new DetectorViewModel(services.detectors(), dataset);
    this.train = new TrainViewModel(runner, services.trainer());
    this.results = new ResultsViewModel(services.thresholds());
    this.images = new ImageDataViewModel(dataset);
    this.shapley = new org.anomalyworkbench.ui.results.ShapleyViewModel(results, runner);
    recentFiles.setAll(preferences.recentFiles());
    resultsStale.addListener((o, a, stale) -> results.setNotice(!stale ? ""
        : dataset.get() != null && dataset.get().isImages()
            ? "Normal classes changed since training: train again (F5) to apply them."
            : "Column roles changed since training: train again (F5) to apply them."));
    results.setUndoSink(history::record);
    // "92 of 1,831 rows flagged" stays true when the threshold moves, unless something else was said since.
    results.flaggedCountProperty().addListener((o, a, b) -> {
      ResultsData r = results.getData();
      if (r != null && flaggedStatusShown != null && flaggedStatusShown.equals(status.get())) {
        status.set(flaggedStatus(flaggedStatusWhat, r));
      }
    });
    dataset.addListener((o, a, b) -> recordRoleEdit(a, b));
    results.dataProperty().addListener((o, a, b) -> history.refresh());
    dataset.addListener((o, a, b) -> {
      // Roles edited after training: the results no longer match what would be trained now.
      resultsStale.set(outcome.get() != null && b != null && (a == null || a.table() != b.table()
          || !a.schema().equals(b.schema())));
      if (b != null && !sameRows(a, b)) {
        outcome.set(null);
        results.setData(null);
        resultsStale.set(false);
      }
    });
    project = new ProjectSession(this, runner, preferences);
  }

  /**
   * True when {@code b} holds the rows of {@code a} with other roles: the same table, or the
   * same images with other classes marked normal (which makes a new table, but not new data).
   */
  static boolean sameRows(Dataset a, Dataset b) {
    return a != null && b != null && (a.table() == b.table() || a.isImages() && a.images() == b.images());
  }

  /** A role edit (same table, other schema) becomes an undo entry naming the column. */
  private void recordRoleEdit(Dataset before, Dataset after) {
    if (before != null && after != null && before.table() != after.table() && sameRows(before, after)) {
      recordNormalClassesEdit(before, after);
      return;
    }
    if (before == null || after == null || before.table() != after.table() || before.schema().equals(after.schema())) {
      history.refresh();
      return;
    }
    if (undoing) {
      return;
    }
    String what = "column roles";
    for (int i = 0; i < before.schema().columns().size(); i++) {
      var was = before.schema().columns().get(i);
      var now = after.schema().columns().get(i);
      if (was.role() != now.role()) {
        what = "role of " + was.name() + " (" + org.anomalyworkbench.ui.data.RoleNames.of(now.role()) + " → " + org.anomalyworkbench.ui.data.RoleNames.of(was.role()) + ")";
        break;
      }
    }
    history.record(new UndoHistory.Entry(what, () -> dataset.get() != null && dataset.get().table() == before.table(),
        () -> {
          undoing = true;
          try {
            dataset.set(dataset.get().withSchema(before.schema()));
          } finally {
            undoing = false;
          }
        }));
  }

  /** Marking image classes normal is undone as a role edit is. */
  private void recordNormalClassesEdit(Dataset before, Dataset after) {
    if (undoing) {
      return;
    }
    java.util.Set<String> was = ImageTable.normalClasses(before);
    java.util.Set<String> now = ImageTable.normalClasses(after);
    if (was.equals(now)) {
      return;
    }
    String what = "normal classes (" + ImageDataViewModel.describeClasses(now) + " → "
        + ImageDataViewModel.describeClasses(was) + ")";
    history.record(new UndoHistory.Entry(what, () -> sameRows(dataset.get(), before), () -> {
      undoing = true;
      try {
        dataset.set(ImageTable.withNormalClasses(dataset.get(), was));
      } finally {
        undoing = false;
      }
    }));
  }

  /** Undoes the last role or threshold edit that still applies. */
  public void undo() {
    String what = history.undo();
    status.set(what == null ? "Nothing to undo." : "Undid: " + what + ".");
    if (what != null && (what.startsWith("role") || what.startsWith("normal classes"))) {
      step.set(Step.DATA);
    } else if (what != null && what.startsWith(ProjectSession.DELETION)) {
      step.set(Step.RUNS);
    } else if (what != null) {
      step.set(Step.RESULTS);
    }
  }

  /** What Undo would do now ("" when nothing), for the menu item's text. */
  public ReadOnlyStringProperty undoDescriptionProperty() {
    return history.nextProperty();
  }

  /** Imports a CSV file (or a folder of images) in the background; on success shows the data step. */
  public void openFile(Path file) {
    if (java.nio.file.Files.isDirectory(file)) {
      openFolder(file);
      return;
    }
    preferences.saveLastDirectory(file.toAbsolutePath().getParent());
    status.set("Opening " + file.getFileName() + "…");
    data.importFile(file, d -> {
      recentFiles.setAll(preferences.addRecent(file));
      status.set("Opened " + file.getFileName() + ": " + Format.count(d.rows()) + " rows.");
      activeJob.set(null);
      scoreModelAwaitingData();
    });
    trackImport();
  }

  /**
   * Reads a folder of images in the background with the Data view's image options (colour,
   * size, fit); on success shows the data step. Reading the folder on screen again keeps the
   * classes marked normal.
   */
  public void openFolder(Path folder) {
    ImageOptions options;
    try {
      options = images.options();
    } catch (IllegalArgumentException e) {
      status.set(e.getMessage());
      step.set(Step.DATA);
      return;
    }
    Dataset current = dataset.get();
    java.util.Set<String> normal = current != null && current.isImages()
        && current.images().root().equals(folder) ? ImageTable.normalClasses(current) : java.util.Set.of();
    preferences.saveLastDirectory(folder.toAbsolutePath());
    status.set("Reading the images in " + folder.getFileName() + "…");
    data.importFolder(folder, options, normal, d -> {
      recentFiles.setAll(preferences.addRecent(folder));
      int skipped = d.images().skipped().size();
      status.set("Opened " + folder.getFileName() + ": " + Format.count(d.rows()) + " images"
          + (skipped == 0 ? "." : "; " + Format.count(skipped) + (skipped == 1 ? " file" : " files")
              + " could not be read (listed in the Data step)."));
      activeJob.set(null);
      scoreModelAwaitingData();
    });
    trackImport();
  }

  /** Shows the running import in the status bar and its error in the status line when it fails. */
  private void trackImport() {
    // The error may arrive after the job stopped running: say it whenever it comes, unless the
    // status line has moved on from "Opening …" (or "Cancelling …").
    String opening = status.get();
    if (importErrorWatch != null) {
      data.importErrorProperty().removeListener(importErrorWatch);
    }
    importErrorWatch = (o, a, error) -> {
      if (!error.isEmpty() && (opening.equals(status.get()) || status.get().startsWith("Cancelling"))) {
        status.set(error);
      }
    };
    data.importErrorProperty().addListener(importErrorWatch);
    activeJob.set(data.importJob());
    JobHandle job = data.importJob();
    if (job != null) {
      job.runningProperty().addListener((o, a, running) -> {
        if (!running && activeJob.get() == job) {
          activeJob.set(null);
          if (!data.importErrorProperty().get().isEmpty()) {
            status.set(data.importErrorProperty().get());
          }
        }
      });
    } else if (!data.importErrorProperty().get().isEmpty()) {
      status.set(data.importErrorProperty().get());
    }
    step.set(Step.DATA);
  }

  /** Watches the running import's error (one at a time: a new import replaces it). */
  private javafx.beans.value.ChangeListener<String> importErrorWatch;

  /** Generates a built-in sample in the background and makes it the dataset. */
  public void openSample(Sample sample) {
    status.set("Generating sample \"" + sample.title() + "\"…");
    JobHandle job = runner.submit("Sample " + sample.id(), ctx -> sample.generator().get(), d -> {
      activeJob.set(null);
      dataset.set(d);
      step.set(Step.DATA);
      status.set("Opened sample " + d.name() + ": " + Format.count(d.rows()) + " rows.");
      scoreModelAwaitingData();
    }, e -> {
      activeJob.set(null);
      status.set("Could not generate the sample: " + e.getMessage());
    });
    if (job.runningProperty().get()) {
      activeJob.set(job);
    }
  }

  /** Starts training with the detector step's settings and shows the train step. */
  public boolean startTraining() {
    Dataset d = dataset.get();
    if (train.runningProperty().get()) {
      return false;
    }
    if (d == null || !detector.validProperty().get()) {
      status.set(d == null ? "Load a dataset first (Data step)." : detector.firstError());
      step.set(d == null ? Step.DATA : Step.DETECTOR);
      return false;
    }
    TrainingPlan plan = detector.plan();
    step.set(Step.TRAIN);
    status.set("Training " + plan.detectorName() + " on " + d.name() + "…");
    train.start(d, plan, this::trained);
    JobHandle job = train.job();
    if (job != null) {
      activeJob.set(job);
      train.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean running) {
          if (!running) {
            train.runningProperty().removeListener(this);
            if (activeJob.get() == job) {
              activeJob.set(null);
            }
            if (train.failedProperty().get()) {
              status.set(train.outcomeTextProperty().get());
            }
          }
        }
      });
    } else if (train.failedProperty().get()) {
      status.set(train.outcomeTextProperty().get());
    }
    return true;
  }

  private void trained(TrainingOutcome o) {
    lastTrained = o;
    // Kept as a run of the project first, so that the results shown are those of a listed run.
    project.addRun(o);
    show(o, "Trained " + o.provenance().detectorId());
  }

  /** Makes {@code o} the results on screen; the status line starts with {@code what}. */
  void show(TrainingOutcome o, String what) {
    outcome.set(o);
    resultsStale.set(false);
    ResultsData r = o.results();
    results.setData(r);
    status.set(flaggedStatus(what, r));
    if (r.hasLabels()) {
      double threshold = results.getThreshold();
      runner.submit("Evaluation", ctx -> EvaluationData.of(r, threshold), e -> {
        if (results.getData() == r) {
          results.setEvaluation(e);
        }
      }, e -> status.set("Could not evaluate against the labels: " + e.getMessage()));
    }
    runner.submit("Projection", ctx -> DatasetProjection.of(r.dataset()),
        p -> {
          if (results.getData() == r) {
            results.setProjection(p, "");
          }
        },
        e -> {
          if (results.getData() == r) {
            results.setProjection(null, "No projection: " + e.getMessage());
          }
        });
  }

  private String flaggedStatus(String what, ResultsData r) {
    flaggedStatusWhat = what;
    flaggedStatusShown = what + ": " + Format.count(results.flaggedCountProperty().get())
        + " of " + Format.count(r.rows()) + " rows flagged at the current threshold.";
    return flaggedStatusShown;
  }

  /**
   * Saves the last trained model to {@code out} in the background (atomically: a failed save
   * leaves any earlier file as it was).
   *
   * @param done called on the UI thread with a sentence for the user
   */
  public void saveModel(Path out, Consumer<String> done) {
    TrainingOutcome o = outcome.get();
    if (o == null) {
      done.accept("Nothing to save yet: train a detector first (F5).");
      return;
    }
    preferences.saveLastDirectory(out.toAbsolutePath().getParent());
    // The threshold on screen (dragged, typed or a rule's) is what the file keeps.
    var policy = results.getData() == null ? null : results.shownPolicy();
    double value = results.getThreshold();
    var kOfN = results.isSmoothed() ? results.kOfNProperty().get() : org.anomalyworkbench.core.scoring.KOfN.OFF;
    runner.submit("Save model", ctx -> {
      services.models().save(o, policy, value, kOfN, out);
      return out;
    }, p -> {
      String msg = "Saved the " + o.provenance().detectorId() + " model to " + out
          + (policy == null ? "" : " with the threshold " + Format.score(value) + " (" + policy.describe() + ")")
          + (kOfN.isOff() ? "" : " and decisions smoothed: " + kOfN.describe())
          + ". Score other data with it here (Ctrl+Shift+O) or with the command line's 'score'.";
      status.set(msg);
      done.accept(msg);
    }, e -> {
      String msg = "Could not save the model to " + out + ": " + e.getMessage() + ". Choose another folder or file name.";
      status.set(msg);
      done.accept(msg);
    });
  }

  /**
   * Opens a saved model given without data (a model file double-clicked, or given to the
   * launcher): a model scores data and holds none, so with data on screen it scores it at once,
   * otherwise it waits, the status line asks for the data, and the next data opened (file,
   * folder or sample) is scored with it.
   */
  public void scoreWhenDataOpens(Path model) {
    if (dataset.get() != null) {
      scoreWithModel(model);
      return;
    }
    modelAwaitingData = model;
    step.set(Step.DATA);
    status.set("Open the data to score with the model " + model.getFileName()
        + " (Ctrl+O a CSV file, Ctrl+Shift+F a folder of images): it is scored as soon as the data is read.");
  }

  private void scoreModelAwaitingData() {
    Path model = modelAwaitingData;
    if (model != null) {
      modelAwaitingData = null;
      scoreWithModel(model);
    }
  }

  /**
   * Scores the dataset on screen with the model saved in {@code file}, in the background, and
   * shows the result in the results step as if it had just been trained.
   */
  public void scoreWithModel(Path file) {
    Dataset d = dataset.get();
    if (d == null) {
      status.set("Open the data to score first (Data step), then the model.");
      step.set(Step.DATA);
      return;
    }
    if (activeJob.get() != null) {
      status.set("Wait for " + activeJob.get().name().toLowerCase(Locale.ROOT) + " to finish, or cancel it (Esc).");
      return;
    }
    preferences.saveLastDirectory(file.toAbsolutePath().getParent());
    status.set("Scoring " + d.name() + " with " + file.getFileName() + "…");
    JobHandle job = runner.submit("Scoring with a saved model", ctx -> services.models().scoreWith(file, d, ctx.cancel()),
        o -> {
          activeJob.set(null);
          if (dataset.get() != d) {
            return; // the user opened other data meanwhile
          }
          show(o, "Scored " + d.name() + " with the " + o.provenance().detectorId() + " model " + file.getFileName());
          if (o.model() instanceof org.anomalyworkbench.core.pipeline.TrainingPipeline.TrainingResult tr) {
            // A saved model flags new data with its saved number, as the command line's 'score' does.
            var m = tr.model();
            results.showSavedThreshold(m.savedThreshold(tr.scored()).value(), m.threshold(), m.thresholdOrigin(),
                m.kOfN());
            // The count in the status line is the one at the saved threshold, not the re-resolved one.
            status.set(flaggedStatus("Scored " + d.name() + " with the " + o.provenance().detectorId() + " model "
                + file.getFileName(), o.results()));
          }
          step.set(Step.RESULTS);
        },
        e -> {
          activeJob.set(null);
          status.set(e instanceof org.anomalyworkbench.core.training.TrainingCancelledException
              ? "Scoring cancelled." : "Could not score with " + file + ": " + e.getMessage());
        });
    if (job.runningProperty().get()) {
      activeJob.set(job);
    }
  }

  /** No results on screen (a new project, or the shown run deleted). */
  void clearOutcome() {
    outcome.set(null);
    results.setData(null);
    resultsStale.set(false);
  }

  /** Shows {@code job} in the status bar until it stops. */
  void trackJob(JobHandle job) {
    if (job == null || !job.runningProperty().get()) {
      return;
    }
    activeJob.set(job);
    job.runningProperty().addListener((o, a, running) -> {
      if (!running && activeJob.get() == job) {
        activeJob.set(null);
      }
    });
  }

  void setStatus(String text) {
    status.set(text);
  }

  void recordUndo(UndoHistory.Entry entry) {
    history.record(entry);
  }

  TaskRunner runner() {
    return runner;
  }

  /** The project: its file, runs, unsaved changes; open and save. */
  public ProjectSession project() {
    return project;
  }

  /** True when there is a trained model to save. */
  public BooleanBinding canSaveModel() {
    return Bindings.createBooleanBinding(() -> outcome.get() != null, outcome);
  }

  /** Cancels whatever long job is running (import, sample, training). */
  public void cancelActiveJob() {
    JobHandle job = activeJob.get();
    if (job == null) {
      return;
    }
    if (train.job() == job) {
      train.cancel();
    } else {
      job.cancel();
    }
    String cancelling = "Cancelling " + job.name().toLowerCase(Locale.ROOT) + "…";
    status.set(cancelling);
    // When the job has stopped, the line says so (the job's own message, if it has one, follows).
    job.runningProperty().addListener(new javafx.beans.value.ChangeListener<>() {
      @Override
      public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean running) {
        if (!running) {
          job.runningProperty().removeListener(this);
          if (cancelling.equals(status.get())) {
            status.set("Cancelled " + job.name().toLowerCase(Locale.ROOT) + ".");
          }
        }
      }
    });
  }

  /**
   * Exports the flagged rows to {@code out} in the background.
   *
   * @param done called on the UI thread with a sentence for the user
   */
  public void exportFlagged(Path out, Consumer<String> done) {
    ResultsData r = results.getData();
    if (r == null) {
      done.accept("Nothing to export yet: train a detector first.");
      return;
    }
    double threshold = results.getThreshold();
    preferences.saveLastDirectory(out.toAbsolutePath().getParent());
    String noShapley = exportShapley.get() ? CoreServices.whyNoShapley(r) : "";
    if (exportShapley.get() && noShapley.isEmpty()) {
      exportWithShapley(r, threshold, out, done);
      return;
    }
    runner.submit("Export", ctx -> services.exporter().export(r, threshold, out), n -> {
      String msg = "Exported " + Format.count(n) + " flagged rows to " + out
          + (noShapley.isEmpty() ? "." : ", without Shapley values: " + noShapley);
      status.set(msg);
      done.accept(msg);
    }, e -> {
      String msg = "Could not write " + out + ": " + e.getMessage() + ". Choose another folder or file name.";
      status.set(msg);
      done.accept(msg);
    });
  }

  /**
   * Writes a report of the results on screen (HTML and/or PDF next to {@code file}) in the
   * background, with progress in the status line.
   *
   * @param done called on the UI thread with a sentence for the user
   */
  public void exportReport(Path file, java.util.Set<org.anomalyworkbench.core.report.document.ReportFormat> formats,
      Consumer<String> done) {
    TrainingOutcome o = outcome.get();
    var input = ReportExport.input(o, results, o != null && o == lastTrained ? train.history() : null);
    if (input == null) {
      done.accept("Nothing to report yet: train a detector first (F5).");
      return;
    }
    preferences.saveLastDirectory(file.toAbsolutePath().getParent());
    status.set("Writing the report…");
    runner.submit("Report", ctx -> org.anomalyworkbench.core.report.document.ReportWriter.write(input, file, formats),
        paths -> {
          String msg = "Wrote the report to " + String.join(" and ", paths.stream().map(Path::toString).toList()) + ".";
          status.set(msg);
          done.accept(msg);
        }, e -> {
          String msg = "Could not write the report to " + file + ": " + e.getMessage()
              + ". Choose another folder or file name.";
          status.set(msg);
          done.accept(msg);
        });
  }

  /**
   * Exports with Shapley values for the most anomalous flagged rows: seconds to minutes, so it
   * runs as the window's job, with progress in the status bar and Esc to cancel.
   */
  private void exportWithShapley(ResultsData r, double threshold, Path out, Consumer<String> done) {
    if (activeJob.get() != null) {
      done.accept("Wait for " + activeJob.get().name().toLowerCase(Locale.ROOT) + " to finish, or cancel it (Esc).");
      status.set("Wait for " + activeJob.get().name().toLowerCase(Locale.ROOT) + " to finish, or cancel it (Esc).");
      return;
    }
    status.set("Computing Shapley values for the export to " + out.getFileName() + "…");
    JobHandle job = runner.submit("Export with Shapley values",
        ctx -> CoreServices.exportWithShapley(r, threshold, out, ctx), n -> {
          activeJob.set(null);
          String msg = "Exported " + Format.count(n[0]) + " flagged rows to " + out + ", with Shapley values for the "
              + Format.count(n[1]) + " most anomalous.";
          status.set(msg);
          done.accept(msg);
        }, e -> {
          activeJob.set(null);
          String msg = e instanceof org.anomalyworkbench.core.training.TrainingCancelledException
              ? "Export cancelled; " + out.getFileName() + " was not written."
              : "Could not write " + out + ": " + e.getMessage() + ". Choose another folder or file name.";
          status.set(msg);
          done.accept(msg);
        });
    if (job.runningProperty().get()) {
      activeJob.set(job);
    }
  }

  /** Whether Ctrl+E also writes Shapley values for the most anomalous flagged rows. */
  public javafx.beans.property.BooleanProperty exportShapleyProperty() {
    return exportShapley;
  }

  /** "Explain this row": Shapley values of the focused result row. */
  public org.anomalyworkbench.ui.results.ShapleyViewModel shapley() {
    return shapley;
  }

  /**
   * Copies the images flagged at the threshold on screen into {@code folder} (keeping their
   * class sub-folders), in the background.
   *
   * @param done called on the UI thread with a sentence for the user
   */
  public void copyFlaggedImages(Path folder, Consumer<String> done) {
    ResultsData r = results.getData();
    if (r == null || !r.dataset().isImages()) {
      done.accept("Nothing to copy: train a detector on a folder of images first.");
      return;
    }
    boolean[] flags = results.isSmoothed() ? results.smoothedFlags().clone() : new boolean[r.rows()];
    if (!results.isSmoothed()) {
      double threshold = results.getThreshold();
      for (int i = 0; i < flags.length; i++) {
        flags[i] = r.scores().value(i) >= threshold;
      }
    }
    runner.submit("Copy flagged images", ctx -> org.anomalyworkbench.core.report.FlaggedImageCopier.copy(
        CoreServices.scored(r), flags, folder), n -> {
          String msg = "Copied " + Format.count(n) + " flagged images to " + folder + ".";
          status.set(msg);
          done.accept(msg);
        }, e -> {
          String msg = "Could not copy the flagged images to " + folder + ": " + e.getMessage();
          status.set(msg);
          done.accept(msg);
        });
  }

  /** True when a dataset is loaded and the detector form is valid. */
  public BooleanBinding canTrain() {
    return Bindings.createBooleanBinding(() -> dataset.get() != null && detector.validProperty().get(),
        dataset, detector.validProperty());
  }

  /** "Autoencoder on cardio (1,831 rows)" for the train step's heading. */
  public StringBinding planDescription() {
    return Bindings.createStringBinding(() -> {
      Dataset d = dataset.get();
      var det = detector.selectedProperty().get();
      if (d == null) {
        return "No data loaded";
      }
      return (det == null ? "No detector" : det.displayName()) + " on " + d.name() + " ("
          + Format.count(d.rows()) + " rows)";
    }, dataset, detector.selectedProperty());
  }

  public ObjectProperty<Step> stepProperty() {
    return step;
  }

  public ObjectProperty<Dataset> datasetProperty() {
    return dataset;
  }

  public ReadOnlyObjectProperty<TrainingOutcome> outcomeProperty() {
    return outcome.getReadOnlyProperty();
  }

  /** The import, sample or training job now running, or null. */
  public ReadOnlyObjectProperty<JobHandle> activeJobProperty() {
    return activeJob.getReadOnlyProperty();
  }

  /** Puts a sentence in the status line, for what the window's start-up has to tell the user. */
  public void showStatus(String message) {
    status.set(message);
  }

  /** The last thing that happened, in a sentence. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** True when column roles changed since the shown results were trained. */
  public ReadOnlyBooleanProperty resultsStaleProperty() {
    return resultsStale.getReadOnlyProperty();
  }

  public ObservableList<Path> recentFiles() {
    return recentFiles;
  }

  public void clearRecentFiles() {
    preferences.clearRecent();
    recentFiles.clear();
  }

  public AppPreferences preferences() {
    return preferences;
  }

  /** Completes with the compute backend's description once ND4J has loaded. */
  public java.util.concurrent.CompletableFuture<String> backendDescription() {
    return services.backend();
  }

  public DataViewModel data() {
    return data;
  }

  public DetectorViewModel detector() {
    return detector;
  }

  public TrainViewModel train() {
    return train;
  }

  public ResultsViewModel results() {
    return results;
  }

  /** The Data step's image state: options to read a folder with, classes marked normal, skipped files. */
  public ImageDataViewModel images() {
    return images;
  }
}
