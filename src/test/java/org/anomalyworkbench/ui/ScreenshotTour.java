package org.anomalyworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.detector.ParameterField;
import org.anomalyworkbench.ui.task.FxTaskRunner;

/**
 * Development tool (not a test): opens the real window on a real CSV, trains the autoencoder and
 * writes a PNG of every view. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp ... org.anomalyworkbench.ui.ScreenshotTour
 * ../shared/data/tabular/cardio.csv assets/screenshots}.
 */
public final class ScreenshotTour {
  private static final long TIMEOUT_MS = 180_000;

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path out = Path.of(args.length > 1 ? args[1] : "assets/screenshots");
    Files.createDirectories(out);
    Opened opened = open(1440, 900);
    MainViewModel vm = opened.vm();
    Stage stage = opened.stage();
    waitUntil(() -> !vm.backendDescription().isDone() ? false : true);
    Thread.sleep(500);
    shot(stage, out.resolve("01-start.png"));

    fx(() -> vm.openFile(csv));
    waitUntil(() -> vm.datasetProperty().get() != null
        && vm.data().columns().stream().allMatch(c -> c.summaryProperty().get() != null));
    Thread.sleep(800);
    shot(stage, out.resolve("02-data.png"));

    fx(() -> {
      vm.stepProperty().set(Step.DETECTOR);
      vm.detector().select("autoencoder");
      for (ParameterField f : vm.detector().fields()) {
        if (f.spec().name().equals("epochs")) {
          f.textProperty().set("30");
        }
      }
    });
    Thread.sleep(800);
    shot(stage, out.resolve("03-detector.png"));

    fx(vm::startTraining);
    waitUntil(() -> vm.train().history().epochs() >= 3);
    shot(stage, out.resolve("04-training.png"));
    waitUntil(() -> vm.outcomeProperty().get() != null || vm.train().failedProperty().get());
    Thread.sleep(800);
    shot(stage, out.resolve("05-trained.png"));

    fx(() -> vm.stepProperty().set(Step.RESULTS));
    waitUntil(() -> vm.results().projectionProperty().get() != null && vm.results().evaluationProperty().get() != null);
    fx(() -> {
      var r = vm.results();
      r.selectFromTable(new int[] {r.records().rowAt(0)});
    });
    Thread.sleep(1000);
    shot(stage, out.resolve("06-results.png"));

    fx(() -> {
      var r = vm.results();
      var h = r.histogramProperty().get();
      int bin = h.binOf(r.getThreshold());
      r.selectBin(Math.min(h.bins() - 1, bin + 2));
    });
    Thread.sleep(1000);
    shot(stage, out.resolve("07-results-bin-selected.png"));

    fx(() -> {
      vm.results().clearSelection();
      TabPane tabs = (TabPane) stage.getScene().lookup(".panel-tabs");
      tabs.getSelectionModel().select(1);
    });
    Thread.sleep(1200);
    shot(stage, out.resolve("08-results-evaluation.png"));

    fx(() -> {
      opened.window().applyTheme(Theme.DARK);
      vm.results().logScoresProperty().set(true); // the dark shot also shows the log score axis
      TabPane tabs = (TabPane) stage.getScene().lookup(".panel-tabs");
      tabs.getSelectionModel().select(0);
      vm.results().selectFromTable(new int[] {vm.results().records().rowAt(1)});
    });
    Thread.sleep(1200);
    shot(stage, out.resolve("09-results-dark.png"));
    fx(() -> vm.stepProperty().set(Step.DATA));
    fx(() -> vm.data().setRole("f0", ColumnRole.IGNORED));
    Thread.sleep(800);
    shot(stage, out.resolve("10-data-dark.png"));
    Platform.exit();
    System.exit(0);
  }

  /** The real window on the real core services, shown at {@code width x height}. */
  record Opened(MainViewModel vm, MainWindow window, Stage stage) {
  }

  static Opened open(int width, int height) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    AtomicReference<Opened> opened = new AtomicReference<>();
    fx(() -> {
      MainViewModel vm = new MainViewModel(CoreServices.create(new FxTaskRunner(), TestServices.freshPreferences()));
      MainWindow w = new MainWindow(vm);
      Stage stage = new Stage();
      stage.setTitle("Anomaly Workbench");
      stage.setScene(new Scene(w.root(), width, height));
      w.applyTheme(Theme.LIGHT);
      stage.show();
      opened.set(new Opened(vm, w, stage));
    });
    return opened.get();
  }

  static void shot(Stage stage, Path file) throws Exception {
    fx(() -> {
      try {
        Screenshots.save(stage.getScene(), file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    System.out.println("wrote " + file);
  }

  static void waitUntil(Callable<Boolean> condition) throws Exception {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      AtomicBoolean ok = new AtomicBoolean();
      fx(() -> {
        try {
          ok.set(condition.call());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      if (ok.get()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("timed out waiting");
  }

  static void fx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Throwable> error = new AtomicReference<>();
    Platform.runLater(() -> {
      try {
        r.run();
      } catch (Throwable e) {
        error.set(e);
      } finally {
        done.countDown();
      }
    });
    done.await();
    if (error.get() != null) {
      throw new IllegalStateException(error.get());
    }
  }
}
