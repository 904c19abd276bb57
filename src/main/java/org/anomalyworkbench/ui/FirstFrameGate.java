package org.anomalyworkbench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;

/**
 * Holds back background start-up work (loading ND4J's natives) until the
 * window has painted its first frame. On a two-core machine those threads otherwise compete
 * with the FX thread for the CPU while it builds and styles the window, and the first frame came
 * a second later. Work handed over after the gate opened runs at once.
 */
final class FirstFrameGate implements Executor {
  /** JavaFX renders a pulse before the next one starts: at the second pulse the first frame is on screen. */
  private static final int FRAMES = 2;

  private final List<Runnable> waiting = new ArrayList<>();
  private boolean open;

  @Override
  public synchronized void execute(Runnable work) {
    if (open) {
      work.run();
    } else {
      waiting.add(work);
    }
  }

  /** On the FX thread, once the window is showing: opens the gate after its first frame. */
  void openAfterFirstFrame() {
    new AnimationTimer() {
      private int frames;

      @Override
      public void handle(long now) {
        if (++frames == FRAMES) {
          stop();
          open();
        }
      }
    }.start();
  }

  /** Runs the held work (each item starts its own thread, so this returns at once). */
  synchronized void open() {
    open = true;
    waiting.forEach(Runnable::run);
    waiting.clear();
  }
}
