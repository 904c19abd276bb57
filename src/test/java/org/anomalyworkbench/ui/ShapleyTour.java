package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.anomalyworkbench.ui.detector.ParameterField;

/**
 * Development tool (not a test): the Results view with the most anomalous row's Shapley values
 * shown, as one PNG, and what {@link LayoutCheck} finds printed. Arguments: the CSV, the PNG,
 * width, height, detector (default autoencoder, 30 epochs). Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.anomalyworkbench.ui.ShapleyTour
 * ../shared/data/tabular/cardio.csv assets/screenshots/29-results-shapley.png 1440 900}.
 */
public final class ShapleyTour {
  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path png = Path.of(args[1]);
    int width = args.length > 2 ? Integer.parseInt(args[2]) : 1440;
    int height = args.length > 3 ? Integer.parseInt(args[3]) : 900;
    String detector = args.length > 4 ? args[4] : "autoencoder";
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();
    waitUntil(() -> vm.backendDescription().isDone());
    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null);
    fx(() -> {
      vm.detector().select(detector);
      for (ParameterField f : vm.detector().fields()) {
        if (f.spec().name().equals("epochs")) {
          f.textProperty().set("30");
        }
      }
      vm.startTraining();
    });
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    waitUntil(() -> vm.results().projectionProperty().get() != null);
    fx(() -> {
      vm.results().selectFromTable(new int[] {vm.results().records().rowAt(0)});
      opened.window().shapleyPanel().explain();
    });
    waitUntil(() -> vm.shapley().explanationProperty().get() != null || !vm.shapley().messageProperty().get().isEmpty());
    Thread.sleep(900);
    shot(opened.stage(), png);
    AtomicReference<List<String>> found = new AtomicReference<>();
    fx(() -> found.set(LayoutCheck.problems(opened.stage().getScene())));
    System.out.println(found.get().isEmpty() ? "no layout problems" : String.join("\n", found.get()));
    System.out.println("Shapley values in " + vm.shapley().secondsProperty().get() + " s");
    Platform.exit();
    System.exit(0);
  }
}
