package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.anomalyworkbench.ui.detector.ParameterField;

/**
 * Development tool (not a test): the GAN training on a real CSV, for the screenshot of the
 * training view with the generator's and the discriminator's loss curves.
 * {@code GanTour CSV OUT_DIR} under Xvfb (see assets/screenshots/README.md for the class path).
 */
public final class GanTour {
  private GanTour() {
  }

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "assets/screenshots");
    Files.createDirectories(out);
    ScreenshotTour.Opened opened = ScreenshotTour.open(1440, 900);
    MainViewModel vm = opened.vm();
    Stage stage = opened.stage();
    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null
        && vm.data().columns().stream().allMatch(c -> c.summaryProperty().get() != null));
    fx(() -> {
      vm.stepProperty().set(Step.DETECTOR);
      vm.detector().select("gan");
      for (ParameterField f : vm.detector().fields()) {
        if (f.spec().name().equals("epochs")) {
          f.textProperty().set("150");
        }
      }
    });
    Thread.sleep(800);
    fx(vm::startTraining);
    // Mid-run, with enough epochs for the curves to have a shape.
    waitUntil(() -> vm.train().history().epochs() >= 60);
    Thread.sleep(300);
    shot(stage, out.resolve("19-gan-training.png"));
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    Platform.exit();
    System.exit(0);
  }
}
