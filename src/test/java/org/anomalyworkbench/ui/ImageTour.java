package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Development tool (not a test): the image path of the window on a real image folder, for the
 * screenshots: Data (classes, one marked normal, the thumbnail browser), Results (the grid with
 * heat maps, the most anomalous image picked) and the image detail enlarged.
 * {@code ImageTour FOLDER OUT_DIR [NORMAL_CLASS [DETECTOR [WIDTH HEIGHT]]]} under Xvfb (see
 * assets/screenshots/README.md for the class path).
 */
public final class ImageTour {
  private ImageTour() {
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "assets/screenshots");
    String normal = args.length > 2 ? args[2] : "0";
    String detector = args.length > 3 ? args[3] : "autoencoder";
    int width = args.length > 5 ? Integer.parseInt(args[4]) : 1440;
    int height = args.length > 5 ? Integer.parseInt(args[5]) : 900;
    Files.createDirectories(out);
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();
    Stage stage = opened.stage();
    fx(() -> vm.openFile(folder));
    waitUntil(() -> vm.datasetProperty().get() != null && vm.datasetProperty().get().isImages());
    fx(() -> vm.images().classes().stream().filter(c -> c.name().equals(normal)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no class " + normal)).normalProperty().set(true));
    Thread.sleep(1500);
    shot(stage, out.resolve("16-images-data.png"));

    fx(() -> {
      vm.stepProperty().set(Step.DETECTOR);
      vm.detector().select(detector);
    });
    Thread.sleep(500);
    long start = System.currentTimeMillis();
    fx(vm::startTraining);
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    System.out.println("trained in " + (System.currentTimeMillis() - start) + " ms: " + vm.statusProperty().get());
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    Thread.sleep(1500);
    fx(() -> {
      var images = opened.window().imageResults();
      images.detail();
      vm.results().focus(vm.results().getData().ranked().rowAt(0));
      vm.results().selectFromTable(new int[] {vm.results().getData().ranked().rowAt(0)});
    });
    fx(() -> findHeatToggle(stage).setSelected(true));
    Thread.sleep(2000);
    shot(stage, out.resolve("17-images-results.png"));
    fx(() -> {
      var view = opened.window().resultsView();
      view.leftSplit().setDividerPositions(0.3);
      ((javafx.scene.control.SplitPane) stage.getScene().lookup("#mainSplit")).setDividerPositions(0.62);
      int row = vm.results().getData().ranked().rowAt(2);
      vm.results().selectFromTable(new int[] {row});
      vm.results().focus(row);
    });
    Thread.sleep(2000);
    shot(stage, out.resolve("18-images-detail.png"));
    Platform.exit();
    System.exit(0);
  }

  private static javafx.scene.control.ToggleButton findHeatToggle(Stage stage) {
    return (javafx.scene.control.ToggleButton) stage.getScene().lookup("#imagesHeatMaps");
  }
}
