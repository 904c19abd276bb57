package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.ScreenshotTour.fx;
import static org.anomalyworkbench.ui.ScreenshotTour.shot;
import static org.anomalyworkbench.ui.ScreenshotTour.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.detector.ParameterField;

/**
 * Development tool (not a test): trains several detectors on one labelled CSV (label = last
 * column), then shoots the Runs step with one run selected and with all of them compared, and
 * prints every text {@link LayoutCheck} finds unreadable. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... org.anomalyworkbench.ui.RunsTour
 * ../shared/data/tabular/cardio.csv OUT 1440 900 40-runs 41-runs-compared isolation-forest autoencoder lof}.
 */
public final class RunsTour {
  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int width = Integer.parseInt(args[2]);
    int height = Integer.parseInt(args[3]);
    String oneName = args[4];
    String comparedName = args[5];
    List<String> detectors = List.of(args).subList(6, args.length);
    Files.createDirectories(out);
    ScreenshotTour.Opened opened = ScreenshotTour.open(width, height);
    MainViewModel vm = opened.vm();
    waitUntil(() -> vm.backendDescription().isDone());
    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null);
    fx(() -> {
      var cols = vm.datasetProperty().get().schema().columns();
      vm.data().setRole(cols.get(cols.size() - 1).name(), ColumnRole.LABEL);
    });
    for (String id : detectors) {
      int before = vm.project().runs().size();
      fx(() -> {
        vm.detector().select(id);
        for (ParameterField f : vm.detector().fields()) {
          if (f.spec().name().equals("epochs")) {
            f.textProperty().set("30");
          }
        }
        vm.startTraining();
      });
      waitUntil(() -> vm.project().runs().size() == before + 1 && !vm.train().runningProperty().get());
    }
    fx(() -> vm.stepProperty().set(Step.RUNS));
    Thread.sleep(800);
    report(opened, "runs, one selected");
    shot(opened.stage(), out.resolve(oneName + ".png"));
    fx(() -> opened.window().runsView().table().getSelectionModel().selectAll());
    waitUntil(() -> opened.window().runsView().curves().roc() != null);
    Thread.sleep(1200);
    report(opened, "runs compared");
    shot(opened.stage(), out.resolve(comparedName + ".png"));
    System.exit(0);
  }

  private static void report(ScreenshotTour.Opened opened, String view) throws Exception {
    fx(() -> LayoutCheck.problems(opened.stage().getScene()).forEach(p -> System.out.println("PROBLEM " + view + ": " + p)));
  }
}
