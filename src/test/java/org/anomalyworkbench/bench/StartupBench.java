package org.anomalyworkbench.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import org.anomalyworkbench.Launcher;

/**
 * Start-up time of the window (not a test; run by hand, e.g. under Xvfb, through
 * {@code src/bench/startup.sh}). Runs {@link Launcher#main} unchanged in this JVM and watches
 * from outside the UI code: when the main window is shown, when its first frame has been
 * rendered (the second animation frame after showing: JavaFX renders each pulse before the
 * next one starts), when the background ND4J warm-up thread finishes, and the longest delay
 * of the FX thread in answering a {@code runLater} ping between the first frame and then
 * (a blocked FX thread would make the window unusable while ND4J loads). Prints times in
 * seconds since the JVM started, and the first frame's wall-clock epoch millis so a script can
 * add the launcher's own start-up, then exits.
 */
public final class StartupBench {
  private static final long JVM_START_MS = ManagementFactory.getRuntimeMXBean().getStartTime();
  private static volatile long shownMs;
  private static volatile long firstFrameMs;
  private static volatile boolean nd4jLoadingAtFirstFrame;

  private StartupBench() {
  }

  public static void main(String[] args) {
    Thread watcher = new Thread(StartupBench::watch, "startup-watch");
    watcher.setDaemon(true);
    watcher.start();
    Launcher.main(args);
  }

  private static void watch() {
    try {
      while (!post(StartupBench::hookWindows)) {
        Thread.sleep(2); // the FX toolkit is not up yet
      }
      while (firstFrameMs == 0) {
        Thread.sleep(5);
      }
      long maxPingMs = 0;
      long deadline = System.currentTimeMillis() + 20_000;
      while (warmUpRunning() && System.currentTimeMillis() < deadline) {
        maxPingMs = Math.max(maxPingMs, pingFxMs());
        Thread.sleep(50);
      }
      long nd4jDoneMs = System.currentTimeMillis();
      maxPingMs = Math.max(maxPingMs, pingFxMs());
      System.out.printf(Locale.ROOT, "shown %.3f s, first frame %.3f s, ND4J warm-up done %.3f s after JVM start; "
          + "longest FX-thread ping meanwhile %d ms; ND4J still loading at the first frame: %s%n", sec(shownMs),
          sec(firstFrameMs), sec(nd4jDoneMs), maxPingMs, nd4jLoadingAtFirstFrame);
      System.out.printf(Locale.ROOT, "RESULT firstFrame=%.3f shown=%.3f nd4jDone=%.3f maxPingMs=%d firstFrameEpochMs=%d%n",
          sec(firstFrameMs), sec(shownMs), sec(nd4jDoneMs), maxPingMs, firstFrameMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.exit(0);
  }

  private static double sec(long epochMs) {
    return (epochMs - JVM_START_MS) / 1e3;
  }

  private static boolean post(Runnable r) {
    try {
      Platform.runLater(r);
      return true;
    } catch (IllegalStateException notStarted) {
      return false;
    }
  }

  /** On the FX thread: waits for the first window to show, then counts frames. */
  private static void hookWindows() {
    for (Window w : Window.getWindows()) {
      onWindow(w);
    }
    Window.getWindows().addListener((ListChangeListener<Window>) c -> {
      while (c.next()) {
        c.getAddedSubList().forEach(StartupBench::onWindow);
      }
    });
  }

  private static void onWindow(Window w) {
    if (w.isShowing()) {
      shown();
    } else {
      w.showingProperty().addListener((o, was, is) -> {
        if (is) {
          shown();
        }
      });
    }
  }

  private static void shown() {
    if (shownMs != 0) {
      return;
    }
    shownMs = System.currentTimeMillis();
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        if (++frames == 2) {
          firstFrameMs = System.currentTimeMillis();
          nd4jLoadingAtFirstFrame = warmUpRunning();
          stop();
        }
      }
    }.start();
  }

  private static boolean warmUpRunning() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("nd4j-warm-up"));
  }

  /** How long the FX thread takes to run an empty {@code runLater}. */
  private static long pingFxMs() throws InterruptedException {
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
    long t = System.nanoTime();
    Platform.runLater(done::countDown);
    done.await(10, TimeUnit.SECONDS);
    return (System.nanoTime() - t) / 1_000_000;
  }
}
