package org.anomalyworkbench.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.projection.DatasetProjection;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsView;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.train.PipelineTrainingService;
import org.anomalyworkbench.ui.train.TrainingPlan;

/**
 * Responsiveness benchmark (not a unit test): with 1,000,000 scored rows in the results view,
 * how long does one threshold move take until flags, flagged count, histogram (redrawn, with
 * its highlight) and the records table (re-laid out) are up to date? Target: under 16 ms
 * median, i.e. within one 60 Hz frame. Also reports a full scatter repaint of all points.
 *
 * <p>Run: {@code mvn -o test-compile} then {@code java -cp target/test-classes:target/classes:<deps>
 * org.anomalyworkbench.bench.ThresholdResponsivenessBench [rows] [moves]}. Uses the headless
 * Monocle toolkit unless {@code -Dglass.platform} is given (e.g. under Xvfb).
 */
public final class ThresholdResponsivenessBench {
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int moves = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    if (System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    long t0 = System.nanoTime();
    Dataset d = SyntheticData.dataset("bench", rows, 12, 0.01, 13);
    // Real scores from core's z-score detector through the same pipeline the window uses.
    ResultsData data = new PipelineTrainingService().train(d,
        new TrainingPlan("zscore", "Z-score", Map.of(), "STANDARD", 0.2, 1), TrainingListener.NONE,
        CancellationToken.none()).results();
    DatasetProjection projection = DatasetProjection.of(d);
    System.out.printf(Locale.ROOT, "prepared %,d scored rows in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);

    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    double[][] result = new double[5][];
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        ResultsViewModel vm = new ResultsViewModel(new CoreThresholds());
        ResultsView view = new ResultsView(vm, () -> { }, () -> { });
        Stage stage = new Stage();
        stage.setScene(new Scene(view.root(), 1240, 760));
        stage.show();
        vm.setData(data);
        vm.setProjection(projection, "");
        view.root().applyCss();
        view.root().layout();
        view.histogram().redrawNow();
        view.scatter().redrawNow();
        // Warm-up: JIT-compile the whole path first, as a dragging user would have by now.
        measureMoves(vm, view, data, moves, true);
        measureScatter(view, 10);
        result[0] = measureMoves(vm, view, data, moves, false);
        result[3] = measureMoves(vm, view, data, moves, true, false);
        result[4] = measureMoves(vm, view, data, moves, false, true);
        result[1] = measureMoves(vm, view, data, moves, true);
        result[2] = measureScatter(view, 30);
      } catch (Throwable e) {
        e.printStackTrace();
      } finally {
        done.countDown();
      }
    });
    done.await();
    report("threshold move, view model only (flags, count, records list)", result[0]);
    report("threshold move + histogram repaint + table layout", result[1]);
    report("  of which: move + histogram repaint", result[3]);
    report("  of which: move + table layout", result[4]);
    report("scatter repaint of all " + String.format(Locale.ROOT, "%,d", rows) + " points", result[2]);
    Platform.exit();
    System.exit(0);
  }

  /** Moves the threshold to random scores across the whole range, as a fast drag would. */
  private static double[] measureMoves(ResultsViewModel vm, ResultsView view, ResultsData data, int moves,
      boolean render) {
    return measureMoves(vm, view, data, moves, render, render);
  }

  private static double[] measureMoves(ResultsViewModel vm, ResultsView view, ResultsData data, int moves,
      boolean histogram, boolean layout) {
    SplittableRandom rnd = new SplittableRandom(5);
    double[] ms = new double[moves];
    int flaggedSum = 0;
    for (int i = -50; i < moves; i++) {
      // Mostly the upper tail, where users drag, sometimes far into the bulk.
      int rank = i % 10 == 0 ? rnd.nextInt(data.rows()) : rnd.nextInt(Math.max(1, data.rows() / 20));
      double t = data.ranked().scoreAt(rank);
      long start = System.nanoTime();
      vm.thresholdProperty().set(t);
      if (histogram) {
        view.histogram().redrawNow();
      }
      if (layout) {
        view.root().applyCss();
        view.root().layout();
      }
      long end = System.nanoTime();
      flaggedSum += vm.flaggedCountProperty().get();
      if (i >= 0) {
        ms[i] = (end - start) / 1e6;
      }
    }
    if (flaggedSum < 0) {
      System.out.println(flaggedSum);
    }
    return ms;
  }

  private static double[] measureScatter(ResultsView view, int repeats) {
    double[] ms = new double[repeats];
    for (int i = -3; i < repeats; i++) {
      long start = System.nanoTime();
      view.scatter().redrawNow();
      if (i >= 0) {
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return ms;
  }

  private static void report(String what, double[] ms) {
    if (ms == null) {
      System.out.println(what + ": failed");
      return;
    }
    double[] s = ms.clone();
    Arrays.sort(s);
    System.out.printf(Locale.ROOT, "%-62s n=%d  median %.3f ms  p90 %.3f ms  p99 %.3f ms  max %.3f ms%n", what,
        s.length, s[s.length / 2], s[(int) (s.length * 0.9)], s[(int) (s.length * 0.99)], s[s.length - 1]);
  }
}
