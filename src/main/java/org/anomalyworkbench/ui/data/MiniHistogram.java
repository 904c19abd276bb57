package org.anomalyworkbench.ui.data;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.anomalyworkbench.ui.chart.ChartPalette;

/** A tiny bar sparkline of a column's value distribution, for the column table. */
final class MiniHistogram extends Canvas {
  MiniHistogram() {
    super(110, 18);
  }

  void show(int[] counts) {
    GraphicsContext g = getGraphicsContext2D();
    g.clearRect(0, 0, getWidth(), getHeight());
    if (counts == null || counts.length == 0) {
      return;
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    double bw = getWidth() / counts.length;
    g.setFill(ChartPalette.current().accent());
    for (int i = 0; i < counts.length; i++) {
      double h = counts[i] == 0 ? 0 : Math.max(1, (getHeight() - 1) * counts[i] / (double) max);
      g.fillRect(i * bw, getHeight() - h, Math.max(1, bw - 1), h);
    }
  }
}
