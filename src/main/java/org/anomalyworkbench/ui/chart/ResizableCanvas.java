package org.anomalyworkbench.ui.chart;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * A Canvas that fills whatever space its layout gives it and redraws on resize, on a palette
 * change, and whenever {@link #requestRedraw()} is called — at most once per UI pulse, so a
 * burst of property changes (a threshold following the mouse) costs one repaint.
 */
public abstract class ResizableCanvas extends Canvas {
  private boolean redrawPending;
  private final java.util.List<DrawnText> drawnText = new java.util.ArrayList<>();

  /** A string the last repaint drew and the box it occupies, in canvas coordinates. */
  public record DrawnText(String text, javafx.geometry.Bounds bounds) {
  }

  protected ResizableCanvas() {
    widthProperty().addListener((o, a, b) -> requestRedraw());
    heightProperty().addListener((o, a, b) -> requestRedraw());
    ChartPalette.currentProperty().addListener((o, a, b) -> requestRedraw());
  }

  @Override
  public boolean isResizable() {
    return true;
  }

  @Override
  public double minWidth(double height) {
    return 120;
  }

  @Override
  public double minHeight(double width) {
    return 80;
  }

  @Override
  public double prefWidth(double height) {
    return 480;
  }

  @Override
  public double prefHeight(double width) {
    return 240;
  }

  @Override
  public double maxWidth(double height) {
    return Double.MAX_VALUE;
  }

  @Override
  public double maxHeight(double width) {
    return Double.MAX_VALUE;
  }

  @Override
  public void resize(double width, double height) {
    setWidth(width);
    setHeight(height);
  }

  /** Schedules one repaint for the next UI pulse. */
  public final void requestRedraw() {
    if (redrawPending) {
      return;
    }
    redrawPending = true;
    Platform.runLater(() -> {
      redrawPending = false;
      redrawNow();
    });
  }

  /** Repaints immediately (tests and benchmarks call this to measure or inspect). */
  public final void redrawNow() {
    GraphicsContext g = getGraphicsContext2D();
    double w = getWidth();
    double h = getHeight();
    g.clearRect(0, 0, w, h);
    drawnText.clear();
    if (w < 2 || h < 2) {
      return;
    }
    draw(g, w, h, ChartPalette.current());
  }

  /** Every label the last repaint drew through {@link ChartText} (tests check them for overlap). */
  public final java.util.List<DrawnText> drawnText() {
    return java.util.List.copyOf(drawnText);
  }

  final void noteText(String text, javafx.geometry.Bounds bounds) {
    drawnText.add(new DrawnText(text, bounds));
  }

  /** Paints the whole chart. */
  protected abstract void draw(GraphicsContext g, double width, double height, ChartPalette palette);
}
