package org.anomalyworkbench.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.anomalyworkbench.ui.data.Sample;

/**
 * The desktop application. {@code Launcher} starts it when no command-line subcommand is
 * given; an optional first argument is a file to open at start-up (data, a saved model to score
 * data with, or a project: see {@link StartupFile}), otherwise the first built-in sample is
 * opened so there is something to explore at once.
 */
public class WorkbenchApp extends Application {
  static final double DEFAULT_WIDTH = 1360;
  static final double DEFAULT_HEIGHT = 860;

  private MainWindow window;
  private MainViewModel vm;
  /** A project file given on the command line (or double-clicked), opened after the first frame. */
  private Path startupProject;

  public WorkbenchApp() {
    // Public no-arg constructor: Application.launch instantiates the class reflectively.
  }

  @Override
  public void start(Stage stage) {
    FirstFrameGate warmUps = new FirstFrameGate();
    vm = new MainViewModel(CoreServices.create(warmUps));
    // Before the window is built: the file or sample is read on the other core meanwhile, so its
    // rows are in the first frame instead of an empty state replaced a second later.
    openInitialData();
    window = new MainWindow(vm);
    Scene scene = new Scene(window.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    window.applyTheme(vm.preferences().theme());
    stage.setScene(scene);
    // "cardio-runs * — Anomaly Workbench 0.1.0": the project's name, the version, and a star while it has unsaved changes.
    stage.titleProperty().bind(vm.project().titleProperty());
    stage.getIcons().addAll(icons());
    stage.setMinWidth(1000);
    stage.setMinHeight(640);
    restoreBounds(stage, vm.preferences());
    // Closing asks about unsaved changes first (Save / Don't save / Cancel keeps the window open).
    stage.setOnCloseRequest(e -> {
      e.consume();
      window.confirmThen("closing the window", () -> {
        saveAndStop(stage);
        stage.close();
      });
    });
    window.setOnQuit(() -> window.confirmThen("quitting", () -> {
      saveAndStop(stage);
      stage.close();
    }));
    stage.show();
    warmUps.openAfterFirstFrame();
    if (startupProject != null) {
      window.openProject(startupProject);
    }
  }

  private void openInitialData() {
    List<String> args = getParameters().getUnnamed();
    if (args.isEmpty()) {
      vm.openSample(Sample.all().get(0));
      return;
    }
    Path file = Path.of(args.get(0));
    switch (StartupFile.of(file)) {
      // A model holds no data: the window starts empty and scores the data the user opens next.
      case MODEL -> vm.scoreWhenDataOpens(file);
      // Opened once the window shows: it may ask about moved data or a damaged file.
      case PROJECT -> startupProject = file;
      // A missing or unreadable file still goes through the import, which shows why it failed.
      case DATA -> vm.openFile(file);
    }
  }

  private void saveAndStop(Stage stage) {
    vm.cancelActiveJob();
    if (!stage.isIconified()) {
      vm.preferences().saveWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
          stage.isMaximized());
    }
  }

  /** The window icons (16-256 px; drawn by {@code packaging/make_icon.py}, which also feeds the installer). */
  static List<Image> icons() {
    return java.util.stream.IntStream.of(16, 32, 64, 256)
        .mapToObj(size -> new Image(WorkbenchApp.class.getResource("icons/app-" + size + ".png").toExternalForm()))
        .toList();
  }

  /** Puts the window where it was, unless that place is no longer on any screen. */
  static void restoreBounds(Stage stage, AppPreferences prefs) {
    double[] b = prefs.windowBounds();
    if (b == null) {
      return;
    }
    Rectangle2D saved = new Rectangle2D(b[0], b[1], b[2], b[3]);
    boolean visible = Screen.getScreens().stream()
        .anyMatch(s -> s.getVisualBounds().intersects(saved.getMinX(), saved.getMinY(), 200, 100));
    if (visible) {
      stage.setX(b[0]);
      stage.setY(b[1]);
      stage.setWidth(b[2]);
      stage.setHeight(b[3]);
    }
    stage.setMaximized(prefs.windowMaximized());
  }
}
