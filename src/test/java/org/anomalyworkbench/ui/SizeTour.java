package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.anomalyworkbench.ui.detector.ParameterField;

/**
 * Development tool (not a test): every view of the real window at one size, light and dark, as
 * PNGs named {@code <prefix>-<view>-<theme>.png}, and every text {@link LayoutCheck} finds
 * unreadable printed. Run under Xvfb with a screen at least as large:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... org.anomalyworkbench.ui.SizeTour
 * ../shared/data/tabular/cardio.csv assets/screenshots 1024 700 laptop [detector id, default autoencoder]}.
 */
public final class SizeTour {
  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    String prefix = args.length > 4 ? args[4] : width + "x" + height;
    String detector = args.length > 5 ? args[5] : "autoencoder";
    Files.createDirectories(out);
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();
    Stage stage = opened.stage();
    List<String> problems = new ArrayList<>();
    waitUntil(() -> vm.backendDescription().isDone());
    both(opened, out, prefix, "start", problems);
    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null
        && vm.data().columns().stream().allMatch(c -> c.summaryProperty().get() != null));
    both(opened, out, prefix, "data", problems);
    fx(() -> {
      vm.stepProperty().set(Step.DETECTOR);
      vm.detector().select(detector);
      for (ParameterField f : vm.detector().fields()) {
        if (f.spec().name().equals("epochs")) {
          f.textProperty().set("40");
        }
      }
    });
    both(opened, out, prefix, "detector", problems);
    fx(vm::startTraining);
    waitUntil(() -> vm.train().history().epochs() >= 3 || vm.outcomeProperty().get() != null);
    check(opened, out.resolve(prefix + "-training-light.png"), problems);
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    both(opened, out, prefix, "trained", problems);
    fx(() -> vm.stepProperty().set(Step.RESULTS));
    waitUntil(() -> vm.results().projectionProperty().get() != null && vm.results().evaluationProperty().get() != null);
    fx(() -> vm.results().selectFromTable(new int[] {vm.results().records().rowAt(0)}));
    both(opened, out, prefix, "results", problems);
    fx(() -> {
      vm.results().clearSelection();
      ((TabPane) stage.getScene().lookup(".panel-tabs")).getSelectionModel().select(1);
    });
    both(opened, out, prefix, "evaluation", problems);
    fx(() -> {
      ((TabPane) stage.getScene().lookup(".panel-tabs")).getSelectionModel().select(0);
      vm.results().logScoresProperty().set(true);
    });
    both(opened, out, prefix, "results-log", problems);
    System.out.println(problems.isEmpty() ? "no layout problems" : String.join("\n", problems));
    Platform.exit();
    System.exit(0);
  }

  private static void both(ScreenshotTour.Opened opened, Path out, String prefix, String view, List<String> problems)
      throws Exception {
    fx(() -> opened.window().applyTheme(Theme.LIGHT));
    check(opened, out.resolve(prefix + "-" + view + "-light.png"), problems);
    fx(() -> opened.window().applyTheme(Theme.DARK));
    check(opened, out.resolve(prefix + "-" + view + "-dark.png"), problems);
    fx(() -> opened.window().applyTheme(Theme.LIGHT));
  }

  private static void check(ScreenshotTour.Opened opened, Path png, List<String> problems) throws Exception {
    Thread.sleep(900);
    shot(opened.stage(), png);
    AtomicReference<List<String>> found = new AtomicReference<>();
    fx(() -> found.set(LayoutCheck.problems(opened.stage().getScene())));
    for (String p : found.get()) {
      problems.add(png.getFileName() + ": " + p);
    }
  }
}
