package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Development tool (not a test): the series path of the window on a real series, for the
 * screenshots: Data (with the series line), Detector with the LSTM, training, and Results with
 * the first flagged event clicked. {@code SeriesTour CSV OUT_DIR} under Xvfb (see
 * assets/screenshots/README.md for the class path); {@code SeriesTour CSV OUT_DIR WIDTH HEIGHT} for
 * another window size.
 */
public final class SeriesTour {
  private SeriesTour() {
  }

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "assets/screenshots");
    Files.createDirectories(out);
    int width = args.length > 3 ? Integer.parseInt(args[2]) : 1440;
    int height = args.length > 3 ? Integer.parseInt(args[3]) : 900;
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();
    Stage stage = opened.stage();
    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null
        && vm.data().columns().stream().allMatch(c -> c.summaryProperty().get() != null));
    Thread.sleep(1500);
    shot(stage, out.resolve("11-series-data.png"));

    fx(() -> {
      vm.stepProperty().set(Step.DETECTOR);
      vm.detector().select("lstm");
    });
    Thread.sleep(800);
    shot(stage, out.resolve("12-series-detector.png"));

    fx(vm::startTraining);
    waitUntil(() -> vm.train().history().epochs() >= 2);
    shot(stage, out.resolve("13-series-training.png"));
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    Thread.sleep(2500);
    fx(() -> {
      TableView<?> events = (TableView<?>) stage.getScene().lookup("#eventsTable");
      if (events != null && !events.getItems().isEmpty()) {
        events.getSelectionModel().select(0);
      }
    });
    Thread.sleep(1500);
    shot(stage, out.resolve("14-series-results.png"));
    fx(() -> stage.getScene().getRoot().lookupAll(".tab-pane").forEach(node -> {
      javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) node;
      tabs.getTabs().stream().filter(t -> "Evaluation".equals(t.getText())).findFirst()
          .ifPresent(t -> tabs.getSelectionModel().select(t));
    }));
    Thread.sleep(2500);
    shot(stage, out.resolve("15-series-evaluation.png"));
    Platform.exit();
    System.exit(0);
  }
}
