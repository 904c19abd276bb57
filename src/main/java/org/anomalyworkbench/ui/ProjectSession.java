package org.anomalyworkbench.ui;

import org.anomalyworkbench.core.pipeline.AppInfo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.project.DataCheck;
import org.anomalyworkbench.core.project.DataSource;
import org.anomalyworkbench.core.project.GeneratedData;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectData;
import org.anomalyworkbench.core.project.ProjectFileException;
import org.anomalyworkbench.core.project.ProjectStore;
import org.anomalyworkbench.core.project.Run;
import org.anomalyworkbench.core.project.Runs;
import org.anomalyworkbench.core.project.SessionFolders;
import org.anomalyworkbench.core.project.ViewState;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.detector.DetectorViewModel;
import org.anomalyworkbench.ui.detector.ParameterField;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.task.TaskRunner;
import org.anomalyworkbench.ui.train.PipelineTrainingService;
import org.anomalyworkbench.ui.train.TrainingOutcome;

/**
 * The window's project: its file, every run trained in the window (none is thrown away by the
 * next training), which run Results shows, whether anything changed since the last save, and
 * the actions New, Open and Save. A project is what core's {@link ProjectStore} writes: the
 * data reference, the column roles, the preparation and detector of the Detector step, the runs
 * and the view state (shown run, threshold, filter). Opening reads the data in the background,
 * asks the analyst when it moved or changed ({@link ProjectPrompts}), restores the roles and the
 * detector form, and re-scores the shown run with its saved model so that Results show what they
 * showed when it was saved.
 */
public final class ProjectSession {
  /** How an undo entry for a deleted run starts (the window goes back to the Runs step on undo). */
  static final String DELETION = "deletion of run";
  /** Scored runs kept in memory, so that going back and forth between a few runs does not re-score them. */
  static final int CACHED_SCORES = 4;

  private final MainViewModel main;
  private final TaskRunner runner;
  private final AppPreferences preferences;
  private final ObservableList<Run> runs = FXCollections.observableArrayList();
  private final ObservableList<String> comparedRuns = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
  private final ReadOnlyObjectWrapper<String> shownRun = new ReadOnlyObjectWrapper<>(this, "shownRun");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "Untitled project");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title",
      "Anomaly Workbench " + AppInfo.version());
  private final BooleanProperty embedData = new SimpleBooleanProperty(this, "embedData");
  private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
  /** Scores per run id, for the dataset they were computed on; least recently used dropped first. */
  private final Map<String, CachedScores> cache = new LinkedHashMap<>(8, 0.75f, true);
  private ProjectPrompts prompts;
  /** The state last saved or opened; null for a project never saved. */
  private Snapshot saved;
  /** Set while a project's data is installed, so that it does not start a new project. */
  private boolean restoring;
  /** Where the data on screen lives on disk; null for data generated in the window and not yet written. */
  private Path dataFile;

  ProjectSession(MainViewModel main, TaskRunner runner, AppPreferences preferences) {
    this.main = main;
    this.runner = runner;
    this.preferences = preferences;
    recentProjects.setAll(preferences.recentProjects());
    main.datasetProperty().addListener((o, a, b) -> {
      if (!restoring && !MainViewModel.sameRows(a, b)) {
        // Other data: the runs were trained on the old rows, so this is a new project.
        startOver();
        dataFile = sourceOf(b);
      }
      refresh();
    });
    DetectorViewModel det = main.detector();
    det.fields().addListener((ListChangeListener<ParameterField>) c -> {
      while (c.next()) {
        for (ParameterField f : c.getAddedSubList()) {
          f.textProperty().addListener((o, a, b) -> refresh());
        }
      }
      refresh();
    });
    for (Observable o : List.<Observable>of(det.selectedProperty(), det.scalingProperty(),
        det.validationPercentProperty(), det.seedProperty(), det.windowProperty(), runs, comparedRuns, file, shownRun,
        main.results().thresholdProperty(), main.results().textFilterProperty(), main.results().dataProperty())) {
      o.addListener(x -> refresh());
    }
    dataFile = sourceOf(main.datasetProperty().get());
    refresh();
  }

  /** Where the questions go (the window's dialogs; tests answer with fixed choices). */
  public void setPrompts(ProjectPrompts prompts) {
    this.prompts = prompts;
  }

  // ---------------------------------------------------------------- runs

  /** Keeps a finished training as a run of the project and marks it as the one on screen. */
  void addRun(TrainingOutcome o) {
    if (!(o.model() instanceof TrainingPipeline.TrainingResult tr)) {
      return; // a scripted training (tests) has no model to keep
    }
    if (runs.size() >= Project.MAX_RUNS) {
      main.setStatus("A project keeps at most " + Project.MAX_RUNS + " runs: delete old runs (Runs step) to keep "
          + "new ones.");
      return;
    }
    Run run = Runs.of(nextRunId(), tr.model(), tr.scored());
    remember(run.id(), main.datasetProperty().get(), tr.scored());
    runs.add(run);
    shownRun.set(run.id());
  }

  /** Shows run {@code id} in Results, re-scoring the data with its model unless its scores are cached. */
  public void showRun(String id) {
    showRun(id, () -> { });
  }

  private void showRun(String id, Runnable then) {
    Run run = run(id);
    Dataset d = main.datasetProperty().get();
    if (run == null || d == null) {
      return;
    }
    ScoredData cached = cached(id, d);
    if (cached != null) {
      display(run, cached);
      then.run();
      return;
    }
    main.setStatus("Scoring " + d.name() + " with run " + run.record().name() + "…");
    JobHandle job = runner.submit("Scoring with " + run.record().name(), ctx -> scores(run, d, ctx.cancel()), s -> {
      if (main.datasetProperty().get() == d && runs.contains(run)) {
        display(run, s);
        then.run();
      }
    }, e -> main.setStatus(e instanceof TrainingCancelledException ? "Scoring cancelled."
        : "Could not score with run " + run.record().name() + ": " + message(e)));
    main.trackJob(job);
  }

  private void display(Run run, ScoredData s) {
    TrainingPipeline.TrainingResult tr = new TrainingPipeline.TrainingResult(run.model(), s);
    TrainingOutcome o = new TrainingOutcome(PipelineTrainingService.results(tr), run.model().provenance(),
        run.model().config(), tr);
    shownRun.set(run.id());
    main.show(o, "Run " + run.record().name());
  }

  /**
   * The scores of {@code run} on {@code data}: cached, or computed with its model (any thread;
   * the comparison view calls it from its worker).
   */
  public ScoredData scores(Run run, Dataset data, CancellationToken cancel) {
    ScoredData s = cached(run.id(), data);
    if (s != null) {
      return s;
    }
    s = ModelScorer.score(run.model(), data, cancel);
    remember(run.id(), data, s);
    return s;
  }

  private ScoredData cached(String id, Dataset data) {
    synchronized (cache) {
      CachedScores c = cache.get(id);
      return c != null && c.data() == data ? c.scores() : null;
    }
  }

  private void remember(String id, Dataset data, ScoredData scores) {
    synchronized (cache) {
      cache.put(id, new CachedScores(data, scores));
      while (cache.size() > CACHED_SCORES) {
        cache.remove(cache.keySet().iterator().next());
      }
    }
  }

  /** Deletes run {@code id} from the project; Undo (Ctrl+Z) puts it back where it was. */
  public void deleteRun(String id) {
    Run run = run(id);
    if (run == null) {
      return;
    }
    int index = runs.indexOf(run);
    boolean wasShown = id.equals(shownRun.get());
    runs.remove(run);
    comparedRuns.remove(id);
    if (wasShown) {
      shownRun.set(null);
      main.clearOutcome();
    }
    Path projectFile = file.get();
    main.recordUndo(new UndoHistory.Entry(DELETION + " " + run.record().name(),
        () -> !runs.contains(run) && Objects.equals(projectFile, file.get()) && run(id) == null,
        () -> {
          runs.add(Math.min(index, runs.size()), run);
          if (wasShown) {
            showRun(id);
          }
        }));
    main.setStatus("Deleted run " + run.record().name() + " (Ctrl+Z brings it back).");
  }

  private Run run(String id) {
    return id == null ? null : runs.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }

  private String nextRunId() {
    int max = 0;
    for (Run r : runs) {
      if (r.id().matches("run-\\d{1,9}")) {
        max = Math.max(max, Integer.parseInt(r.id().substring(4)));
      }
    }
    return "run-" + (max + 1);
  }

  // ---------------------------------------------------------------- new, save, open

  /** Closes the data and the runs: an empty, untitled project. */
  public void newProject() {
    restoring = true;
    try {
      main.clearOutcome();
      main.datasetProperty().set(null);
    } finally {
      restoring = false;
    }
    startOver();
    dataFile = null;
    main.stepProperty().set(Step.DATA);
    main.setStatus("New project: open data to begin.");
    refresh();
  }

  private void startOver() {
    runs.clear();
    comparedRuns.clear();
    synchronized (cache) {
      cache.clear();
    }
    file.set(null);
    shownRun.set(null);
    saved = null;
    embedData.set(false);
  }

  /**
   * Saves the project to {@code target} in the background (atomically). Data generated in the
   * window (a built-in sample) is first written beside the project as {@code <name>-data.csv},
   * so that the project refers to a file like any other.
   *
   * @param then run on the UI thread after a successful save (e.g. the action that asked to save first)
   */
  public void save(Path target, Runnable then) {
    Dataset d = main.datasetProperty().get();
    if (d == null) {
      main.setStatus("Nothing to save: open data first.");
      return;
    }
    Snapshot snap = snapshot();
    Path data = dataFile != null && Files.exists(dataFile) ? dataFile : null;
    boolean generated = data == null;
    Path source = generated ? target.toAbsolutePath().resolveSibling(baseName(target) + "-data.csv") : data;
    PreparationConfig prep = preparation();
    String detectorId = snap.detectorId() == null ? "" : snap.detectorId();
    List<Run> kept = List.copyOf(runs);
    ViewState view = snap.view();
    boolean embed = embedData.get();
    main.setStatus("Saving the project to " + target.getFileName() + "…");
    JobHandle job = runner.submit("Save project", ctx -> {
      if (generated) {
        GeneratedData.writeCsv(d, source);
      }
      DataSource src = ProjectData.describe(d, source, target, embed, null, null, NonNumericPolicy.MISSING);
      ProjectStore.save(new Project(src, d.schema(), prep, detectorId, snap.params(), kept, view), target, source);
      return source;
    }, written -> {
      dataFile = written;
      saved = snap.withData(written);
      file.set(target);
      recentProjects.setAll(preferences.addRecentProject(target));
      preferences.saveLastDirectory(target.toAbsolutePath().getParent());
      refresh();
      main.setStatus("Saved the project to " + target + " (" + kept.size() + (kept.size() == 1 ? " run" : " runs")
          + (embed ? ", with a copy of the data" : "") + ")"
          + (generated ? "; the sample's rows are in " + written.getFileName() + " beside it." : "."));
      then.run();
    }, e -> {
      String msg = "Could not save the project to " + target + ": " + message(e);
      main.setStatus(msg);
      error("Could not save the project", msg);
    });
    main.trackJob(job);
  }

  /**
   * Opens the project in {@code projectFile}: settings and runs, then its data (asking the
   * analyst when it moved or changed), then the shown run's results. Errors in the file are
   * said in a dialog and the status line; the window keeps what it had.
   */
  public void open(Path projectFile) {
    main.setStatus("Opening the project " + projectFile.getFileName() + "…");
    JobHandle job = runner.submit("Open project", ctx -> {
      Project p = ProjectStore.load(projectFile);
      return new Loaded(p, DataCheck.of(p.data(), projectFile));
    }, l -> resolve(projectFile, l.project(), l.check(), false), e -> failed(projectFile, e));
    main.trackJob(job);
  }

  private record Loaded(Project project, DataCheck check) {
  }

  private void resolve(Path projectFile, Project p, DataCheck check, boolean located) {
    switch (check.status()) {
      case UNCHANGED -> read(projectFile, p, check.found(), located);
      case CHANGED -> {
        ProjectPrompts.Changed answer = prompts == null ? ProjectPrompts.Changed.CANCEL
            : prompts.askChanged(check.difference());
        switch (answer) {
          case OPEN_ANYWAY -> read(projectFile, p, check.found(), true);
          case LOCATE -> locate(projectFile, p, check.difference());
          case CANCEL -> main.setStatus("Did not open " + projectFile.getFileName() + ": " + check.difference());
        }
      }
      case MISSING -> {
        if (p.data().embedded()) {
          extractAndRead(projectFile, p);
        } else {
          locate(projectFile, p, check.difference());
        }
      }
    }
  }

  private void locate(Path projectFile, Project p, String why) {
    Path picked = prompts == null ? null : prompts.locateData(why, p.data().kind() == DataSource.Kind.IMAGES);
    if (picked == null) {
      main.setStatus("Did not open " + projectFile.getFileName() + ": " + why);
      return;
    }
    JobHandle job = runner.submit("Check data", ctx -> DataCheck.compare(p.data(), picked),
        c -> resolve(projectFile, p, c, true), e -> failed(projectFile, e));
    main.trackJob(job);
  }

  private void extractAndRead(Path projectFile, Project p) {
    main.setStatus("The data of " + projectFile.getFileName() + " is not where it was: using the copy in the project…");
    JobHandle job = runner.submit("Unpack project data", ctx -> ProjectStore.extractData(projectFile,
        SessionFolders.create("awb-project-data")), path -> read(projectFile, p, path, false),
        e -> failed(projectFile, e));
    main.trackJob(job);
  }

  private void read(Path projectFile, Project p, Path dataPath, boolean located) {
    main.setStatus("Reading " + dataPath.getFileName() + " for the project " + projectFile.getFileName() + "…");
    JobHandle job = runner.submit("Read project data", ctx -> ProjectData.read(p, dataPath, ctx.cancel(),
        f -> ctx.progress(f, null)), d -> restore(projectFile, p, dataPath, d, located), e -> failed(projectFile, e));
    main.trackJob(job);
  }

  private void restore(Path projectFile, Project p, Path dataPath, Dataset d, boolean located) {
    restoring = true;
    try {
      main.clearOutcome();
      main.datasetProperty().set(d);
    } finally {
      restoring = false;
    }
    startOver();
    dataFile = dataPath;
    runs.setAll(p.runs());
    file.set(projectFile);
    embedData.set(p.data().embedded());
    restoreDetector(p);
    recentProjects.setAll(preferences.addRecentProject(projectFile));
    preferences.saveLastDirectory(projectFile.toAbsolutePath().getParent());
    ViewState v = p.view();
    String shown = v.selectedRun() != null && p.run(v.selectedRun()).isPresent() ? v.selectedRun()
        : p.runs().isEmpty() ? null : p.runs().get(p.runs().size() - 1).id();
    String opened = "Opened the project " + name(projectFile) + ": " + Format.count(d.rows()) + " rows, "
        + p.runs().size() + (p.runs().size() == 1 ? " run" : " runs")
        + (located ? "; the data was read from " + dataPath + " (save to remember it)" : "") + ".";
    Runnable done = () -> {
      comparedRuns.setAll(v.comparedRuns().stream().filter(id -> run(id) != null).toList());
      // A data file the analyst located is a change: saving records where it is now.
      saved = located ? snapshot().withData(Path.of(p.data().path())) : snapshot();
      refresh();
      main.setStatus(opened);
    };
    if (shown == null) {
      main.stepProperty().set(Step.DATA);
      done.run();
      return;
    }
    main.stepProperty().set(Step.RESULTS);
    showRun(shown, () -> {
      if (v.threshold() != null && v.threshold() != main.results().getThreshold()) {
        main.results().showSavedThreshold(v.threshold(), new ThresholdPolicy.Fixed(v.threshold()),
            "the threshold saved with the project");
      }
      main.results().textFilterProperty().set(v.filter());
      done.run();
    });
  }

  private void restoreDetector(Project p) {
    DetectorViewModel det = main.detector();
    if (!det.select(p.detectorId())) {
      return; // a detector this version lacks: the form keeps its choice, the runs still score
    }
    for (ParameterField f : det.fields()) {
      f.textProperty().set(p.detectorParams().getOrDefault(f.spec().name(), f.spec().defaultValue()));
    }
    PreparationConfig prep = p.preparation();
    try {
      det.scalingProperty().set(org.anomalyworkbench.ui.detector.Scaling.valueOf(prep.scaling().name()));
    } catch (IllegalArgumentException e) {
      // a scaling the form does not offer: keep the form's
    }
    det.validationPercentProperty().set(Format.number(prep.validationFraction() * 100));
    det.seedProperty().set(Long.toString(prep.seed()));
    det.windowProperty().set(Integer.toString(prep.window()));
  }

  private void failed(Path projectFile, Throwable e) {
    String msg = e instanceof ProjectFileException ? e.getMessage()
        : e instanceof TrainingCancelledException ? "Opening " + projectFile.getFileName() + " was cancelled."
        : projectFile.getFileName() + ": " + message(e);
    main.setStatus(msg);
    if (!(e instanceof TrainingCancelledException)) {
      error("Could not open the project", msg);
    }
  }

  private void error(String title, String msg) {
    if (prompts != null) {
      prompts.showError(title, msg);
    }
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  // ---------------------------------------------------------------- state

  /** What decides "unsaved changes": the data, roles, detector form, runs and view. */
  private record Snapshot(Path data, Schema schema, String detectorId, Map<String, String> params,
      PreparationConfig preparation, List<String> runIds, ViewState view) {
    Snapshot withData(Path p) {
      return new Snapshot(p, schema, detectorId, params, preparation, runIds, view);
    }
  }

  private record CachedScores(Dataset data, ScoredData scores) {
  }

  private Snapshot snapshot() {
    Dataset d = main.datasetProperty().get();
    DetectorViewModel det = main.detector();
    Map<String, String> params = new LinkedHashMap<>();
    for (ParameterField f : det.fields()) {
      if (!f.isDefault()) {
        params.put(f.spec().name(), f.textProperty().get() == null ? "" : f.textProperty().get().trim());
      }
    }
    var selected = det.selectedProperty().get();
    return new Snapshot(dataFile, d == null ? null : d.schema(), selected == null ? null : selected.id(), params,
        preparation(), runs.stream().map(Run::id).toList(), view());
  }

  /** The view state to save: the shown run, the compared runs, the threshold on screen and the filter. */
  private ViewState view() {
    boolean showing = main.results().getData() != null && shownRun.get() != null;
    return new ViewState(shownRun.get(), List.copyOf(comparedRuns),
        showing ? main.results().getThreshold() : null, main.results().textFilterProperty().get());
  }

  /** The Detector step's preparation; its defaults where a field does not parse (the form shows why). */
  private PreparationConfig preparation() {
    DetectorViewModel det = main.detector();
    PreparationConfig p = PreparationConfig.defaults();
    try {
      p = p.withScaling(org.anomalyworkbench.core.data.prep.Scaling.valueOf(det.scalingProperty().get().name()));
      p = p.withValidationFraction(Double.parseDouble(det.validationPercentProperty().get().trim()) / 100.0);
      p = p.withSeed(Long.parseLong(det.seedProperty().get().trim()));
      p = p.withWindow(Integer.parseInt(det.windowProperty().get().trim()));
    } catch (RuntimeException e) {
      // keep what parsed so far
    }
    return p;
  }

  private void refresh() {
    boolean worthSaving = file.get() != null || !runs.isEmpty();
    dirty.set(worthSaving && (saved == null || !snapshot().equals(saved)));
    name.set(file.get() == null ? "Untitled project" : name(file.get()));
    title.set(name.get() + (dirty.get() ? " *" : "") + " — Anomaly Workbench " + AppInfo.version());
  }

  private static String name(Path projectFile) {
    return baseName(projectFile);
  }

  private static String baseName(Path f) {
    String n = f.getFileName().toString();
    return n.toLowerCase(Locale.ROOT).endsWith(ProjectStore.EXTENSION)
        ? n.substring(0, n.length() - ProjectStore.EXTENSION.length()) : n;
  }

  private static Path sourceOf(Dataset d) {
    if (d == null) {
      return null;
    }
    return d.isImages() ? d.images().root() : d.source();
  }

  /** The runs kept, oldest first. */
  public ObservableList<Run> runs() {
    return runs;
  }

  /** Ids of the runs selected together in the Runs step, saved with the project. */
  public ObservableList<String> comparedRuns() {
    return comparedRuns;
  }

  /** The project file, or null for a project never saved. */
  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** The id of the run whose results are on screen, or null. */
  public ReadOnlyObjectProperty<String> shownRunProperty() {
    return shownRun.getReadOnlyProperty();
  }

  /** True when the project has something a save would keep that the file does not have yet. */
  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  /** The project file's name without extension, or "Untitled project". */
  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  /** The window title: project name, " *" when there are unsaved changes, the app's name. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Whether a save puts a copy of the data into the project file. */
  public BooleanProperty embedDataProperty() {
    return embedData;
  }

  /** Project files opened or saved lately, most recent first. */
  public ObservableList<Path> recentProjects() {
    return recentProjects;
  }

  public void clearRecentProjects() {
    preferences.clearRecentProjects();
    recentProjects.clear();
  }

  /** The run with this id, or null (for views). */
  public Run runById(String id) {
    return run(id);
  }

  /** A list copy of the runs, for a core {@link Project} or a test. */
  List<Run> runList() {
    return new ArrayList<>(runs);
  }
}
