package org.anomalyworkbench.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.task.FxTaskRunner;

/**
 * Development aid (not a test): opens the window with scripted services, walks through the
 * steps and writes a PNG of each to the folder given as first argument. Run under Xvfb.
 */
public final class UiPreview {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
    boolean dark = args.length > 1 && args[1].equals("dark");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    MainViewModel[] vm = new MainViewModel[1];
    MainWindow[] win = new MainWindow[1];
    Stage[] stage = new Stage[1];
    onFx(() -> {
      vm[0] = new MainViewModel(TestServices.scripted(new FxTaskRunner(), new ScriptedTraining(6, 40)));
      win[0] = new MainWindow(vm[0]);
      stage[0] = new Stage();
      stage[0].setScene(new Scene(win[0].root(), 1440, 900));
      win[0].applyTheme(dark ? Theme.DARK : Theme.LIGHT);
      stage[0].show();
    });
    Thread.sleep(800);
    shot(stage[0], out.resolve("0-empty.png"));
    onFx(() -> vm[0].openSample(Sample.byId("sensors-small")));
    Thread.sleep(1500);
    shot(stage[0], out.resolve("1-data.png"));
    onFx(() -> vm[0].stepProperty().set(Step.DETECTOR));
    Thread.sleep(500);
    shot(stage[0], out.resolve("2-detector.png"));
    onFx(() -> vm[0].startTraining());
    Thread.sleep(2000);
    shot(stage[0], out.resolve("3-train.png"));
    onFx(() -> {
      vm[0].stepProperty().set(Step.RESULTS);
      vm[0].results().selectFromTable(new int[] {vm[0].results().records().rowAt(0)});
    });
    Thread.sleep(1500);
    shot(stage[0], out.resolve("4-results.png"));
    Platform.exit();
    System.exit(0);
  }

  private static void shot(Stage stage, Path file) throws Exception {
    onFx(() -> {
      try {
        Screenshots.save(stage.getScene(), file);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    System.out.println("wrote " + file);
  }

  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        r.run();
      } finally {
        done.countDown();
      }
    });
    done.await();
  }
}
