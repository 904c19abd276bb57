package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.data.Sample;

/**
 * Development tool (not a test): the states the default tours do not reach, as PNGs with the
 * {@link LayoutCheck} findings printed: the 1,000,000-row sample (density scatter, large confusion
 * counts) and a single feature (PCA with nothing on its second axis). Arguments: the output
 * folder, width, height, file prefix. Run under Xvfb like {@link SizeTour}.
 */
public final class StateShots {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int width = Integer.parseInt(args[1]);
    int height = Integer.parseInt(args[2]);
    String prefix = args.length > 3 ? args[3] : width + "x" + height;
    Files.createDirectories(out);
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();

    fx(() -> vm.openSample(Sample.byId("sensors-large")));
    waitUntil(() -> vm.datasetProperty().get() != null && vm.datasetProperty().get().rows() == 1_000_000);
    fx(() -> {
      vm.detector().select("zscore");
      vm.startTraining();
    });
    waitUntil(() -> vm.outcomeProperty().get() != null && !vm.train().runningProperty().get());
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    waitUntil(() -> vm.results().projectionProperty().get() != null && vm.results().evaluationProperty().get() != null);
    shotAndCheck(opened, out.resolve(prefix + "-1m-results.png"));
    fx(() -> ((javafx.scene.control.TabPane) opened.stage().getScene().lookup(".panel-tabs")).getSelectionModel().select(1));
    shotAndCheck(opened, out.resolve(prefix + "-1m-evaluation.png"));
    fx(() -> ((javafx.scene.control.TabPane) opened.stage().getScene().lookup(".panel-tabs")).getSelectionModel().select(0));

    fx(() -> vm.openSample(Sample.byId("sensors-small")));
    waitUntil(() -> vm.datasetProperty().get() != null && vm.datasetProperty().get().rows() == 2_000);
    fx(() -> {
      for (var c : vm.datasetProperty().get().schema().features()) {
        if (!c.name().equals("x1")) {
          vm.data().setRole(c.name(), ColumnRole.IGNORED);
        }
      }
      vm.detector().select("zscore");
      vm.startTraining();
    });
    waitUntil(() -> vm.outcomeProperty().get() != null && !vm.train().runningProperty().get());
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    waitUntil(() -> vm.results().projectionProperty().get() != null);
    shotAndCheck(opened, out.resolve(prefix + "-one-feature.png"));
    Platform.exit();
    System.exit(0);
  }

  private static void shotAndCheck(ScreenshotTour.Opened opened, Path png) throws Exception {
    Thread.sleep(1500);
    shot(opened.stage(), png);
    AtomicReference<java.util.List<String>> found = new AtomicReference<>();
    fx(() -> found.set(LayoutCheck.problems(opened.stage().getScene())));
    found.get().forEach(p -> System.out.println(png.getFileName() + ": " + p));
  }
}
