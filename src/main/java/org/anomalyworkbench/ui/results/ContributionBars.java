package org.anomalyworkbench.ui.results;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.common.Format;

/**
 * Horizontal bars of the features that contribute most to the focused row's score, with each
 * feature's share, largest first, so "why is this row flagged?" reads at a glance.
 */
public final class ContributionBars extends ResizableCanvas {
  private static final int MAX_BARS = 12;
  private List<RowDetail.Contribution> contributions = List.of();

  public ContributionBars() {
    getStyleClass().add("contribution-bars");
  }

  public void setContributions(List<RowDetail.Contribution> list) {
    contributions = list == null ? List.of() : list;
    requestRedraw();
  }

  @Override
  public double prefHeight(double width) {
    return 24 + 20 * Math.min(MAX_BARS, Math.max(3, contributions.size()));
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    if (contributions.isEmpty()) {
      return;
    }
    int n = Math.min(MAX_BARS, contributions.size());
    double labelWidth = Math.min(150, w * 0.38);
    double barLeft = labelWidth + 8;
    double barRight = w - 56;
    double rowH = Math.min(22, (h - 8) / n);
    double max = contributions.get(0).amount();
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextBaseline(VPos.CENTER);
    for (int i = 0; i < n; i++) {
      RowDetail.Contribution c = contributions.get(i);
      double y = 4 + i * rowH;
      g.setFill(p.text());
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(ellipsize(c.feature(), labelWidth), labelWidth, y + rowH / 2);
      double len = max > 0 ? (barRight - barLeft) * c.amount() / max : 0;
      g.setFill(i == 0 ? p.threshold() : p.accent());
      g.fillRect(barLeft, y + 3, Math.max(1, len), rowH - 6);
      g.setFill(p.axis());
      g.setTextAlign(TextAlignment.LEFT);
      g.fillText(Format.percent(c.share()), barLeft + len + 4, y + rowH / 2);
    }
  }

  private static String ellipsize(String s, double width) {
    int maxChars = (int) (width / 6.5);
    return s.length() <= maxChars ? s : s.substring(0, Math.max(1, maxChars - 1)) + "…";
  }
}
