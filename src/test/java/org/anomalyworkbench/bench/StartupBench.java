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
 * next one starts), when the built-in sample's rows were first drawn in a table, when the
 * background ND4J warm-up thread finishes, and the longest delay of the FX thread in answering a
 * {@code runLater} ping from showing until then (also counted from the first frame on: a blocked
 * FX thread would make the window unusable while ND4J loads). Prints times in seconds since
 * the JVM started, and the frames' wall-clock epoch millis so a script can add the launcher's
 * own start-up, then exits.
 */
public final class StartupBench {
  private static final long JVM_START_MS = ManagementFactory.getRuntimeMXBean().getStartTime();
  private static volatile long shownMs;
  private static volatile long firstFrameMs;
  private static volatile boolean nd4jLoadingAtFirstFrame;
  private static volatile long dataFrameMs;

  private StartupBench() {
  }

  public static void main(String[] args) {
    startProfileIfAsked();
    Thread watcher = new Thread(StartupBench::watch, "startup-watch");
    watcher.setDaemon(true);
    watcher.start();
    Launcher.main(args);
  }

  private static void watch() {
    try {
      boolean hooked = false;
      long nd4jSeenMs = 0;
      long nd4jDoneMs = 0;
      long maxPingMs = 0;
      long maxPingAfterFrameMs = 0;
      long deadline = System.currentTimeMillis() + 60_000;
      // Poll every 10 ms: hook the window as soon as the toolkit is up, note when the ND4J
      // warm-up thread runs and ends, and once the window shows, how long the FX thread takes to answer.
      while (System.currentTimeMillis() < deadline) {
        if (!hooked) {
          hooked = post(StartupBench::hookWindows);
        }
        boolean loading = warmUpRunning();
        if (loading && nd4jSeenMs == 0) {
          nd4jSeenMs = System.currentTimeMillis();
        } else if (!loading && nd4jSeenMs != 0 && nd4jDoneMs == 0) {
          nd4jDoneMs = System.currentTimeMillis();
        }
        if (shownMs != 0 && (nd4jDoneMs == 0 || firstFrameMs == 0)) {
          boolean framed = firstFrameMs != 0;
          long ping = pingFxMs();
          maxPingMs = Math.max(maxPingMs, ping);
          if (framed) {
            maxPingAfterFrameMs = Math.max(maxPingAfterFrameMs, ping);
          }
        }
        if (firstFrameMs != 0 && nd4jDoneMs != 0 && dataFrameMs != 0) {
          break;
        }
        Thread.sleep(10);
      }
      System.out.printf(Locale.ROOT, "shown %.3f s, first frame %.3f s; ND4J warm-up from %.3f s to %.3f s after "
          + "JVM start; longest FX-thread ping from showing until both: %d ms (after the first frame: %d ms); "
          + "ND4J still loading at the first frame: %s%n", sec(shownMs), sec(firstFrameMs), sec(nd4jSeenMs),
          sec(nd4jDoneMs), maxPingMs, maxPingAfterFrameMs, nd4jLoadingAtFirstFrame);
      System.out.printf(Locale.ROOT, "sample data on screen %.3f s%n", sec(dataFrameMs));
      System.out.printf(Locale.ROOT, "RESULT dataFrame=%.3f dataFrameEpochMs=%d%n", sec(dataFrameMs), dataFrameMs);
      System.out.printf(Locale.ROOT, "RESULT firstFrame=%.3f shown=%.3f nd4jDone=%.3f maxPingMs=%d "
          + "maxPingAfterFrameMs=%d firstFrameEpochMs=%d%n", sec(firstFrameMs), sec(shownMs), sec(nd4jDoneMs),
          maxPingMs, maxPingAfterFrameMs, firstFrameMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dumpProfileIfAsked();
    System.out.flush();
    // halt, not exit: a shutdown hook waiting for the (busy) FX thread can block System.exit.
    Runtime.getRuntime().halt(0);
  }

  private static jdk.jfr.Recording profile;

  /** With {@code -Dstartup.jfr=FILE}: samples every thread's stack each 5 ms (JFR) until the end. */
  private static void startProfileIfAsked() {
    if (System.getProperty("startup.jfr") == null) {
      return;
    }
    profile = new jdk.jfr.Recording();
    profile.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(5));
    profile.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(5));
    profile.start();
  }

  private static void dumpProfileIfAsked() {
    if (profile == null) {
      return;
    }
    try {
      profile.dump(java.nio.file.Path.of(System.getProperty("startup.jfr")));
    } catch (java.io.IOException e) {
      System.out.println("profile not written: " + e.getMessage());
    }
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
    if (Boolean.getBoolean("startup.dump")) { // what holds up the first frame: stacks 300 ms after showing
      Thread dump = new Thread(() -> {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          return;
        }
        Thread.getAllStackTraces().forEach((t, stack) -> {
          if (t.getName().startsWith("JavaFX Application") || t.getName().startsWith("QuantumRenderer")
              || t.getName().startsWith("nd4j") || t.getName().startsWith("tablesaw")) {
            System.out.println("--- " + t.getName() + " " + t.getState());
            for (int i = 0; i < Math.min(14, stack.length); i++) {
              System.out.println("    at " + stack[i]);
            }
          }
        });
      }, "startup-dump");
      dump.setDaemon(true);
      dump.start();
    }
    new AnimationTimer() {
      private int frames;
      private int dataSeenAtFrame;

      @Override
      public void handle(long now) {
        ++frames;
        if (frames == 2) {
          firstFrameMs = System.currentTimeMillis();
          nd4jLoadingAtFirstFrame = warmUpRunning();
        }
        // The sample is imported in the background; the pulse after its rows reached a table has drawn them.
        if (dataSeenAtFrame == 0 && previewHasRows()) {
          dataSeenAtFrame = frames;
        } else if (dataSeenAtFrame != 0 && frames > dataSeenAtFrame && frames >= 2) {
          dataFrameMs = System.currentTimeMillis();
          stop();
        }
      }
    }.start();
  }

  private static boolean previewHasRows() {
    return Window.getWindows().stream().filter(w -> w.getScene() != null)
        .flatMap(w -> w.getScene().getRoot().lookupAll(".table-view").stream())
        .anyMatch(n -> n instanceof javafx.scene.control.TableView<?> t && t.isVisible() && !t.getItems().isEmpty());
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
