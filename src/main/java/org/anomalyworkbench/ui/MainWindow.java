package org.anomalyworkbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.common.Fxml;
import org.anomalyworkbench.ui.data.DataView;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.detector.DetectorView;
import org.anomalyworkbench.ui.results.ResultsView;
import org.anomalyworkbench.ui.task.JobHandle;
import org.anomalyworkbench.ui.train.TrainView;

/**
 * The main window: menu bar, the step sidebar, the four step views, and a status bar with the
 * running job, the current project, the compute backend and memory use. Files dropped anywhere
 * on the window are opened.
 */
public final class MainWindow {
  @FXML private BorderPane root;
  @FXML private MenuItem newProjectItem;
  @FXML private MenuItem openProjectItem;
  @FXML private MenuItem saveProjectItem;
  @FXML private MenuItem saveProjectAsItem;
  @FXML private CheckMenuItem embedDataItem;
  @FXML private MenuItem runsItem;
  @FXML private MenuItem openItem;
  @FXML private MenuItem openFolderItem;
  @FXML private MenuItem copyImagesItem;
  @FXML private Menu sampleMenu;
  @FXML private Menu recentMenu;
  @FXML private MenuItem exportItem;
  @FXML private MenuItem reportItem;
  @FXML private CheckMenuItem exportShapleyItem;
  @FXML private MenuItem explainItem;
  @FXML private MenuItem saveModelItem;
  @FXML private MenuItem undoItem;
  @FXML private MenuItem scoreWithModelItem;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem dataItem;
  @FXML private MenuItem detectorItem;
  @FXML private MenuItem trainItem;
  @FXML private MenuItem resultsItem;
  @FXML private CheckMenuItem darkItem;
  @FXML private MenuItem runTrainItem;
  @FXML private MenuItem cancelItem;
  @FXML private MenuItem shortcutsItem;
  @FXML private MenuItem aboutItem;
  @FXML private VBox sidebar;
  @FXML private StackPane content;
  @FXML private Label statusLabel;
  @FXML private HBox jobBox;
  @FXML private Label jobLabel;
  @FXML private ProgressBar jobProgress;
  @FXML private Button jobCancel;
  @FXML private Label projectLabel;
  @FXML private Label backendLabel;
  @FXML private Label memoryLabel;

  private final MainViewModel vm;
  private final Map<Step, Node> views = new EnumMap<>(Step.class);
  private final Map<Step, ToggleButton> stepButtons = new EnumMap<>(Step.class);
  private TrainView trainView;
  private ResultsView resultsView;
  private org.anomalyworkbench.ui.results.ShapleyPanel shapleyPanel;
  private org.anomalyworkbench.ui.images.ImageResults imageResults;
  private org.anomalyworkbench.ui.images.ImageData imageData;
  private FileDialogs dialogs;
  private ProjectPrompts prompts;
  private org.anomalyworkbench.ui.runs.RunsView runsView;
  private Runnable onQuit = Platform::exit;
  private Theme theme = Theme.LIGHT;

  public MainWindow(MainViewModel vm) {
    this.vm = vm;
    Fxml.load(this);
    buildSidebar();
    buildMenus();
    bindStatusBar();
    vm.stepProperty().addListener((o, a, b) -> showStep(b));
    showStep(vm.stepProperty().get());
    root.setOnDragOver(this::dragOver);
    root.setOnDragDropped(this::dragDropped);
    vm.project().setPrompts(new ProjectPrompts() {
      @Override
      public Unsaved askUnsaved(String projectName, String action) {
        return prompts().askUnsaved(projectName, action);
      }

      @Override
      public Path locateData(String message, boolean folder) {
        return prompts().locateData(message, folder);
      }

      @Override
      public Changed askChanged(String difference) {
        return prompts().askChanged(difference);
      }

      @Override
      public void showError(String title, String message) {
        prompts().showError(title, message);
      }
    });
  }

  /** Replaces the project questions' dialogs (tests answer with fixed choices). */
  public void setProjectPrompts(ProjectPrompts prompts) {
    this.prompts = prompts;
  }

  private ProjectPrompts prompts() {
    if (prompts == null) {
      prompts = new FxProjectPrompts(root.getScene().getWindow(), () -> theme);
    }
    return prompts;
  }

  /** Replaces the file dialogs (tests use fixed paths). */
  public void setFileDialogs(FileDialogs dialogs) {
    this.dialogs = dialogs;
  }

  /** What Quit does (the app closes the stage, saving its bounds first). */
  public void setOnQuit(Runnable onQuit) {
    this.onQuit = onQuit;
  }

  public Parent root() {
    return root;
  }

  /** The results step's view (built on first use). */
  public ResultsView resultsView() {
    if (resultsView == null) {
      resultsView = new ResultsView(vm.results(), this::exportDialog, () -> vm.stepProperty().set(Step.DETECTOR));
      new org.anomalyworkbench.ui.series.SeriesResults(resultsView,
          new org.anomalyworkbench.ui.series.SeriesViewModel(vm.results()));
      imageResults = new org.anomalyworkbench.ui.images.ImageResults(resultsView,
          new org.anomalyworkbench.ui.images.ImageResultsViewModel(vm.results()), this::copyImagesDialog);
      shapleyPanel = new org.anomalyworkbench.ui.results.ShapleyPanel(resultsView, vm.shapley());
    }
    return resultsView;
  }

  /** The results step's Shapley values (built with it). */
  public org.anomalyworkbench.ui.results.ShapleyPanel shapleyPanel() {
    resultsView();
    return shapleyPanel;
  }

  /** The image views of the results step (built with it). */
  public org.anomalyworkbench.ui.images.ImageResults imageResults() {
    resultsView();
    return imageResults;
  }

  /** The image view of the data step, or null before the data step was first shown. */
  public org.anomalyworkbench.ui.images.ImageData imageData() {
    return imageData;
  }

  /** The train step's view (built on first use). */
  public TrainView trainView() {
    if (trainView == null) {
      trainView = new TrainView(vm.train(), vm::startTraining, vm.canTrain(), vm.planDescription(),
          () -> vm.stepProperty().set(Step.RESULTS));
    }
    return trainView;
  }

  private void buildSidebar() {
    ToggleGroup group = new ToggleGroup();
    for (Step s : Step.values()) {
      Label number = new Label(Integer.toString(s.number()));
      number.getStyleClass().add("step-number");
      Label title = new Label(s.title());
      title.getStyleClass().add("step-title");
      Label detail = new Label(s.hint());
      detail.getStyleClass().add("step-detail");
      detail.textProperty().bind(StepStatus.of(vm, s));
      detail.setMaxWidth(160);
      // "LSTM forecaster · check settings" may not fit: its tooltip has it whole.
      Tooltip detailTip = new Tooltip();
      detailTip.textProperty().bind(detail.textProperty());
      detail.setTooltip(detailTip);
      VBox text = new VBox(1, title, detail);
      HBox box = new HBox(10, number, text);
      box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      ToggleButton b = new ToggleButton();
      b.setGraphic(box);
      b.setId("step-" + s.name().toLowerCase(java.util.Locale.ROOT));
      b.getStyleClass().add("step-button");
      b.setMaxWidth(Double.MAX_VALUE);
      b.setToggleGroup(group);
      b.setOnAction(e -> {
        vm.stepProperty().set(s);
        b.setSelected(true);
      });
      b.setTooltip(new javafx.scene.control.Tooltip(s.hint() + "  (Ctrl+" + s.number() + ")"));
      stepButtons.put(s, b);
      sidebar.getChildren().add(b);
    }
  }

  private void showStep(Step s) {
    // Only the shown view is in the scene: hidden views would still cost CSS and layout passes
    // (the first of which delays the first frame by a second or more).
    content.getChildren().setAll(views.computeIfAbsent(s, this::buildView));
    stepButtons.get(s).setSelected(true);
  }

  /**
   * A step's view, built when first shown: building all four before the first frame cost 0.4 s
   * of FXML loading on the FX thread. Each view starts from its model's current state.
   */
  private Node buildView(Step s) {
    return switch (s) {
      case DATA -> dataView();
      case DETECTOR -> new DetectorView(vm.detector(), vm::startTraining).root();
      case TRAIN -> trainView().root();
      case RESULTS -> resultsView().root();
      case RUNS -> runsView().root();
    };
  }

  /** The Runs step's view (built on first use). */
  public org.anomalyworkbench.ui.runs.RunsView runsView() {
    if (runsView == null) {
      ProjectSession project = vm.project();
      var runsVm = new org.anomalyworkbench.ui.runs.RunsViewModel(vm.runner(), project.runs(),
          () -> {
            var data = vm.datasetProperty().get();
            return (run, cancel) -> project.scores(run, data, cancel);
          },
          id -> {
            if (!id.equals(project.shownRunProperty().get())) {
              project.showRun(id);
            }
          });
      runsView = new org.anomalyworkbench.ui.runs.RunsView(runsVm, project.shownRunProperty(), () -> {
        if (runsVm.selected().size() == 1) {
          String id = runsVm.selected().get(0).id();
          if (!id.equals(project.shownRunProperty().get())) {
            project.showRun(id);
          }
          vm.stepProperty().set(Step.RESULTS);
        }
      }, ids -> ids.forEach(project::deleteRun));
      runsVm.selected().addListener((javafx.collections.ListChangeListener<org.anomalyworkbench.core.project.Run>) c ->
          project.comparedRuns().setAll(runsVm.selected().size() < 2 ? java.util.List.of()
              : runsVm.selected().stream().map(org.anomalyworkbench.core.project.Run::id).toList()));
      runsView.selectIds(project.comparedRuns());
      // A project opened later brings its own comparison.
      project.fileProperty().addListener((o, a, b) -> runsView.selectIds(project.comparedRuns()));
    }
    return runsView;
  }

  private Node dataView() {
    DataView view = new DataView(vm.data(), this::openFileDialog, s -> confirmThen("opening the sample", () -> vm.openSample(s)));
    view.setRecentProjects(vm.project().recentProjects(), this::openProject);
    view.setOnOpenFolder(this::openFolderDialog);
    imageData = new org.anomalyworkbench.ui.images.ImageData(view, vm.images(), vm.datasetProperty(), () -> {
      var d = vm.datasetProperty().get();
      if (d != null && d.isImages()) {
        vm.openFolder(d.images().root());
      }
    });
    return view.root();
  }

  private void buildMenus() {
    ProjectSession project = vm.project();
    newProjectItem.setOnAction(e -> confirmThen("starting a new project", project::newProject));
    openProjectItem.setOnAction(e -> openProjectDialog());
    saveProjectItem.setOnAction(e -> saveProject(() -> { }));
    saveProjectItem.disableProperty().bind(vm.datasetProperty().isNull());
    saveProjectAsItem.setOnAction(e -> saveProjectAs(() -> { }));
    saveProjectAsItem.disableProperty().bind(vm.datasetProperty().isNull());
    embedDataItem.selectedProperty().bindBidirectional(project.embedDataProperty());
    runsItem.setOnAction(e -> vm.stepProperty().set(Step.RUNS));
    project.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
    openItem.setOnAction(e -> openFileDialog());
    openFolderItem.setOnAction(e -> openFolderDialog());
    copyImagesItem.setOnAction(e -> copyImagesDialog());
    copyImagesItem.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.results().getData() == null
        || !vm.results().getData().dataset().isImages(), vm.results().dataProperty()));
    for (Sample s : Sample.all()) {
      MenuItem item = new MenuItem(s.title());
      item.setOnAction(e -> confirmThen("opening the sample", () -> vm.openSample(s)));
      sampleMenu.getItems().add(item);
    }
    vm.recentFiles().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
    rebuildRecent();
    exportItem.setOnAction(e -> exportDialog());
    exportShapleyItem.selectedProperty().bindBidirectional(vm.exportShapleyProperty());
    explainItem.setOnAction(e -> {
      vm.stepProperty().set(Step.RESULTS);
      shapleyPanel().explain();
    });
    explainItem.disableProperty().bind(vm.shapley().unavailableProperty().isNotEmpty()
        .or(vm.shapley().runningProperty()));
    undoItem.setOnAction(e -> vm.undo());
    undoItem.textProperty().bind(Bindings.createStringBinding(() -> vm.undoDescriptionProperty().get().isEmpty()
        ? "Undo" : "Undo " + vm.undoDescriptionProperty().get(), vm.undoDescriptionProperty()));
    undoItem.disableProperty().bind(vm.undoDescriptionProperty().isEmpty());
    saveModelItem.setOnAction(e -> saveModelDialog());
    saveModelItem.disableProperty().bind(vm.canSaveModel().not());
    scoreWithModelItem.setOnAction(e -> scoreWithModelDialog());
    scoreWithModelItem.disableProperty().bind(vm.datasetProperty().isNull());
    exportItem.disableProperty().bind(vm.results().dataProperty().isNull());
    reportItem.setOnAction(e -> reportDialog());
    reportItem.disableProperty().bind(vm.results().dataProperty().isNull());
    quitItem.setOnAction(e -> onQuit.run());
    dataItem.setOnAction(e -> vm.stepProperty().set(Step.DATA));
    detectorItem.setOnAction(e -> vm.stepProperty().set(Step.DETECTOR));
    trainItem.setOnAction(e -> vm.stepProperty().set(Step.TRAIN));
    resultsItem.setOnAction(e -> vm.stepProperty().set(Step.RESULTS));
    darkItem.setOnAction(e -> applyTheme(darkItem.isSelected() ? Theme.DARK : Theme.LIGHT));
    runTrainItem.setOnAction(e -> vm.startTraining());
    runTrainItem.disableProperty().bind(vm.train().runningProperty());
    cancelItem.setOnAction(e -> vm.cancelActiveJob());
    // Disabled while idle, so Esc still reaches text fields and popups.
    cancelItem.disableProperty().bind(vm.activeJobProperty().isNull());
    shortcutsItem.setOnAction(e -> showShortcuts());
    aboutItem.setOnAction(e -> info("About Anomaly Workbench",
        "Anomaly Workbench — train and inspect anomaly detectors on your own data.\n\nBackend: "
            + vm.backendDescription().getNow("loading…") + "\nJava " + System.getProperty("java.version") + ", JavaFX "
            + System.getProperty("javafx.version", "?")));
  }

  private void rebuildRecent() {
    recentMenu.getItems().clear();
    for (Path p : vm.project().recentProjects()) {
      MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> openProject(p));
      recentMenu.getItems().add(item);
    }
    if (!vm.project().recentProjects().isEmpty()) {
      recentMenu.getItems().add(new SeparatorMenuItem());
    }
    for (Path p : vm.recentFiles()) {
      MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> confirmThen("opening other data", () -> vm.openFile(p)));
      recentMenu.getItems().add(item);
    }
    if (vm.recentFiles().isEmpty() && vm.project().recentProjects().isEmpty()) {
      MenuItem none = new MenuItem("No recent files");
      none.setDisable(true);
      recentMenu.getItems().add(none);
    } else {
      MenuItem clear = new MenuItem("Clear list");
      clear.setOnAction(e -> {
        vm.clearRecentFiles();
        vm.project().clearRecentProjects();
      });
      recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
    }
  }

  private void bindStatusBar() {
    statusLabel.textProperty().bind(vm.statusProperty());
    // Segments of the status bar give way on a narrow window; each tooltip has the whole text.
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(vm.statusProperty());
    statusTip.setWrapText(true);
    statusTip.setMaxWidth(600);
    statusLabel.setTooltip(statusTip);
    Tooltip projectTip = new Tooltip();
    projectTip.textProperty().bind(projectLabel.textProperty());
    projectLabel.setTooltip(projectTip);
    backendLabel.setText("Backend: loading…");
    vm.backendDescription().thenAccept(text -> Platform.runLater(() -> {
      // "CPU (nd4j-native, Intel Xeon, 1 thread)": the kind fits the bar, the details the tooltip.
      int paren = text.indexOf(" (");
      backendLabel.setText("Backend: " + (paren > 0 ? text.substring(0, paren) : text));
      backendLabel.setTooltip(new Tooltip("Backend: " + text));
    }));
    ProjectSession project = vm.project();
    projectLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
      var d = vm.datasetProperty().get();
      var o = vm.outcomeProperty().get();
      if (d == null && project.fileProperty().get() == null) {
        return "No project";
      }
      var shown = project.runById(project.shownRunProperty().get());
      return "Project: " + project.nameProperty().get() + (project.dirtyProperty().get() ? " *" : "")
          + (shown != null ? " · " + shown.record().name() : o == null ? "" : " · " + o.provenance().detectorId())
          + (vm.resultsStaleProperty().get() ? " · roles changed since training" : "");
    }, vm.datasetProperty(), vm.outcomeProperty(), vm.resultsStaleProperty(), project.nameProperty(),
        project.dirtyProperty(), project.shownRunProperty()));
    projectLabel.setId("projectLabel");
    vm.activeJobProperty().addListener((o, a, job) -> showJob(job));
    jobCancel.setOnAction(e -> vm.cancelActiveJob());
    updateMemory();
    Timeline memory = new Timeline(new KeyFrame(Duration.seconds(2), e -> updateMemory()));
    memory.setCycleCount(Timeline.INDEFINITE);
    memory.play();
  }

  private void showJob(JobHandle job) {
    jobBox.setVisible(job != null);
    jobBox.setManaged(job != null);
    jobProgress.progressProperty().unbind();
    if (job != null) {
      jobLabel.setText(job.name());
      jobLabel.setTooltip(new Tooltip(job.name()));
      jobProgress.progressProperty().bind(job.name().startsWith("Train")
          ? vm.train().progressProperty() : job.progressProperty());
    }
  }

  private void updateMemory() {
    Runtime rt = Runtime.getRuntime();
    long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
    long max = rt.maxMemory() >> 20;
    memoryLabel.setText("Memory " + Format.count(used) + " / " + Format.count(max) + " MB");
  }

  /** Applies a theme to the scene and charts and remembers it. */
  public void applyTheme(Theme t) {
    theme = t;
    darkItem.setSelected(t == Theme.DARK);
    ChartPalette.currentProperty().set(t.palette());
    if (root.getScene() != null) {
      root.getScene().getStylesheets().setAll(t.stylesheets());
    }
    vm.preferences().saveTheme(t);
  }

  public Theme theme() {
    return theme;
  }

  private void openFileDialog() {
    confirmThen("opening other data", () -> {
      Path p = dialogs().chooseCsvToOpen(vm.preferences().lastDirectory());
      if (p != null) {
        vm.openFile(p);
      }
    });
  }

  private void openFolderDialog() {
    confirmThen("opening other data", () -> {
      Path p = dialogs().chooseImageFolderToOpen(vm.preferences().lastDirectory());
      if (p != null) {
        vm.openFolder(p);
      }
    });
  }

  private void openProjectDialog() {
    confirmThen("opening another project", () -> {
      Path p = dialogs().chooseProjectToOpen(vm.preferences().lastDirectory());
      if (p != null) {
        vm.project().open(p);
      }
    });
  }

  /**
   * Opens the project in {@code file}, asking first what to do with unsaved changes (the app
   * calls this for a {@code .awp} given on the command line or opened from the desktop).
   */
  public void openProject(Path file) {
    confirmThen("opening another project", () -> vm.project().open(file));
  }

  /** Saves the project to its file, or asks for one when it has none; {@code then} runs after a successful save. */
  public void saveProject(Runnable then) {
    Path file = vm.project().fileProperty().get();
    if (file == null) {
      saveProjectAs(then);
    } else {
      vm.project().save(file, then);
    }
  }

  private void saveProjectAs(Runnable then) {
    if (vm.datasetProperty().get() == null) {
      return;
    }
    Path current = vm.project().fileProperty().get();
    String suggested = current != null ? current.getFileName().toString()
        : vm.datasetProperty().get().name() + org.anomalyworkbench.core.project.ProjectStore.EXTENSION;
    Path p = dialogs().chooseProjectToSave(current != null ? current.toAbsolutePath().getParent()
        : vm.preferences().lastDirectory(), suggested);
    if (p != null) {
      vm.project().save(p, then);
    }
  }

  /**
   * Runs {@code action} once unsaved changes are dealt with: at once when there are none;
   * otherwise after asking (Save: after a successful save; Don't save: at once; Cancel: never).
   *
   * @param what what is about to happen, for the question ("opening another project")
   */
  public void confirmThen(String what, Runnable action) {
    if (!vm.project().dirtyProperty().get()) {
      action.run();
      return;
    }
    switch (prompts().askUnsaved(vm.project().nameProperty().get(), what)) {
      case SAVE -> saveProject(action);
      case DISCARD -> action.run();
      case CANCEL -> { }
    }
  }

  private void copyImagesDialog() {
    var r = vm.results().getData();
    if (r == null || !r.dataset().isImages()) {
      vm.stepProperty().set(Step.RESULTS);
      return;
    }
    Path p = dialogs().chooseFolderForCopies(vm.preferences().lastDirectory());
    if (p != null) {
      vm.copyFlaggedImages(p, msg -> { });
    }
  }

  private void exportDialog() {
    if (vm.results().getData() == null) {
      vm.stepProperty().set(Step.RESULTS);
      return;
    }
    String name = vm.results().getData().dataset().name() + "-flagged.csv";
    Path p = dialogs().chooseCsvToSave(vm.preferences().lastDirectory(), name);
    if (p != null) {
      vm.exportFlagged(p, msg -> { });
    }
  }

  private void reportDialog() {
    if (vm.results().getData() == null) {
      vm.stepProperty().set(Step.RESULTS);
      return;
    }
    String name = vm.results().getData().dataset().name() + "-report.html";
    ReportTarget t = dialogs().chooseReportToSave(vm.preferences().lastDirectory(), name);
    if (t != null) {
      vm.exportReport(t.file(), t.formats(), msg -> { });
    }
  }

  private void saveModelDialog() {
    if (vm.outcomeProperty().get() == null) {
      return;
    }
    String name = vm.outcomeProperty().get().results().dataset().name() + "-"
        + vm.outcomeProperty().get().provenance().detectorId() + ModelFiles.EXTENSION;
    Path p = dialogs().chooseModelToSave(vm.preferences().lastDirectory(), name);
    if (p != null) {
      vm.saveModel(p, msg -> { });
    }
  }

  private void scoreWithModelDialog() {
    Path p = dialogs().chooseModelToOpen(vm.preferences().lastDirectory());
    if (p != null) {
      vm.scoreWithModel(p);
    }
  }

  private FileDialogs dialogs() {
    if (dialogs == null) {
      dialogs = new FxFileDialogs(root.getScene().getWindow());
    }
    return dialogs;
  }

  private void dragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()) {
      e.acceptTransferModes(TransferMode.COPY);
    }
    e.consume();
  }

  private void dragDropped(DragEvent e) {
    boolean ok = false;
    if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
      File f = e.getDragboard().getFiles().get(0);
      openDropped(f.toPath());
      ok = true;
    }
    e.setDropCompleted(ok);
    e.consume();
  }

  /** A dropped project is opened, a model file scores the data on screen; anything else is opened as data. */
  void openDropped(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(org.anomalyworkbench.core.project.ProjectStore.EXTENSION)) {
      openProject(file);
    } else if (name.endsWith(ModelFiles.EXTENSION)) {
      vm.scoreWithModel(file);
    } else {
      confirmThen("opening other data", () -> vm.openFile(file));
    }
  }

  private void showShortcuts() {
    info("Keyboard shortcuts", String.join("\n",
        "Ctrl+N          New project",
        "Ctrl+Shift+P    Open a project (.awp); or drop one on the window",
        "Ctrl+Shift+S    Save the project (data reference, roles, detector, runs, view)",
        "Ctrl+O          Open a CSV file",
        "Ctrl+Shift+F    Open a folder of images (sub-folders are classes)",
        "Ctrl+E          Export flagged records (File menu: with Shapley values too)",
        "Ctrl+Shift+X    Explain the selected row with Shapley values",
        "Ctrl+Shift+E    Copy the flagged images into a folder",
        "Ctrl+R          Export a report (HTML and/or PDF) of the results",
        "Ctrl+S          Save the trained model",
        "Ctrl+Z          Undo the last role or threshold change",
        "Ctrl+Shift+O    Score the data with a saved model",
        "Ctrl+1 … 5      Go to Data, Detector, Train, Results, Runs",
        "F5              Train with the current settings",
        "Esc             Cancel the running import or training",
        "Ctrl+Shift+D    Toggle the dark theme",
        "F1              This list",
        "Ctrl+Q          Quit",
        "",
        "Results: drag the red line to move the threshold, click a histogram bar to list its rows,",
        "drag a rectangle in the scatter plot to select points. Images: arrow keys move through the grid.",
        "Runs: Ctrl+click or Shift+click several runs to compare them; Delete removes the selected runs."));
  }

  private void info(String title, String text) {
    Alert a = new Alert(Alert.AlertType.INFORMATION);
    a.initOwner(root.getScene().getWindow());
    a.setTitle(title);
    a.setHeaderText(title);
    Label l = new Label(text);
    l.setStyle("-fx-font-family: monospace;");
    a.getDialogPane().setContent(l);
    a.getDialogPane().getStylesheets().setAll(theme.stylesheets());
    a.show();
  }
}
