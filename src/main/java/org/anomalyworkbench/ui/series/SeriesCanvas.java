package org.anomalyworkbench.ui.series;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ResizableCanvas;
import org.anomalyworkbench.ui.common.Format;

/**
 * The series on one shared time axis: a lane per channel and the score lane with the threshold
 * below, flagged runs shaded, labelled runs as a band, the focused point marked. Every lane is
 * decimated to min/max per pixel column, so a frame costs one pass over the visible points.
 * The wheel zooms around the cursor, dragging selects a range to zoom to, shift- or
 * middle-dragging pans, a click shows the point's row in the detail, a double-click resets.
 */
public final class SeriesCanvas extends ResizableCanvas {
  private static final double MIN_LANE = 34;
  private static final double GAP = 6;
  private static final double TOP = 22;
  private static final double BOTTOM = 40;
  private static final double RIGHT = 14;
  /** A drag shorter than this is a click. */
  private static final double CLICK_SLOP = 4;

  private final SeriesViewModel vm;
  /** The score lane's frame (x mapping is shared by every lane); null before the first paint. */
  private ChartFrame scoreFrame;
  private int shownChannels;
  private double pressX = Double.NaN;
  private double dragX;
  private boolean panning;
  private VisibleRange pressRange;
  private CacheKey cacheKey;
  private List<MinMaxDecimation.Columns> cached;

  /** @param vm the series state it draws and zooms */
  public SeriesCanvas(SeriesViewModel vm) {
    this.vm = vm;
    getStyleClass().add("series-canvas");
    vm.rangeProperty().addListener((o, a, b) -> requestRedraw());
    vm.flagsProperty().addListener((o, a, b) -> requestRedraw());
    vm.selectedEventProperty().addListener((o, a, b) -> requestRedraw());
    vm.results().focusedRowProperty().addListener((o, a, b) -> requestRedraw());
    setOnScroll(this::scrolled);
    setOnMousePressed(this::pressed);
    setOnMouseDragged(this::dragged);
    setOnMouseReleased(this::released);
    setOnMouseClicked(e -> {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        vm.reset();
      }
    });
  }

  @Override
  public double prefHeight(double width) {
    return 320;
  }

  /** The canvas x of point position {@code k} (tests click here); NaN before the first paint. */
  public double pixelOf(double k) {
    return scoreFrame == null ? Double.NaN : scoreFrame.px(k);
  }

  /** The canvas y in the middle of the score lane; NaN before the first paint. */
  public double scoreLaneMiddle() {
    return scoreFrame == null ? Double.NaN : (scoreFrame.top + scoreFrame.bottom) / 2;
  }

  /** Channel lanes on screen (fewer than the channels when the canvas is too short for all). */
  public int shownChannels() {
    return shownChannels;
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette p) {
    SeriesData s = vm.seriesProperty().get();
    VisibleRange r = vm.rangeProperty().get();
    if (s == null || r == null) {
      scoreFrame = null;
      return;
    }
    double threshold = vm.results().getThreshold();
    boolean[] flags = vm.flagsProperty().get();
    double plotH = h - TOP - BOTTOM;
    double scoreH = Math.max(MIN_LANE + 10, Math.min(plotH * 0.34, 160));
    int channels = s.channelNames().size();
    shownChannels = (int) Math.max(0, Math.min(channels, Math.floor((plotH - scoreH) / (MIN_LANE + GAP))));
    double laneH = shownChannels == 0 ? 0 : (plotH - scoreH - shownChannels * GAP) / shownChannels;
    int width = (int) Math.max(1, Math.floor(w - RIGHT - 64));
    List<MinMaxDecimation.Columns> columns = decimated(s, r, flags, width);
    MinMaxDecimation.Columns scoreCols = columns.get(columns.size() - 1);
    List<double[]> ranges = new ArrayList<>();
    for (int c = 0; c < shownChannels; c++) {
      ranges.add(LanePainter.yRange(columns.get(c), Double.NaN));
    }
    double[] scoreRange = LanePainter.yRange(scoreCols, threshold);
    double left = 64; // y labels use up to 4 significant digits: "-0.0125", "1.234e+05" stays within
    double right = left + width;
    List<TimeAxis.Tick> ticks = fittingTicks(s, r, width);
    double[] tickX = new double[ticks.size()];
    double top = TOP;
    for (int c = 0; c <= shownChannels; c++) {
      boolean score = c == shownChannels;
      double laneHeight = score ? scoreH : laneH;
      double[] y = score ? scoreRange : ranges.get(c);
      ChartFrame f = new ChartFrame(w, h, left, top, w - right, h - top - laneHeight).x(r.from(), r.to()).y(y[0], y[1]);
      for (int i = 0; i < tickX.length; i++) {
        tickX[i] = f.px(ticks.get(i).position());
      }
      LanePainter.paint(g, p, f, score ? scoreCols : columns.get(c), scoreCols, tickX,
          score ? scoreName() : s.channelNames().get(c), score ? p.threshold().deriveColor(0, 0.6, 0.8, 1) : p.accent());
      if (score) {
        scoreFrame = f;
        drawThreshold(g, p, f, threshold);
      }
      drawFocus(g, p, f, s, r);
      top += laneHeight + GAP;
    }
    drawTimeAxis(g, p, s, r, ticks, tickX);
    drawSelectedEvent(g, p, r);
    drawLegend(g, p, s, channels);
    drawDragBand(g, p, h);
  }

  /**
   * The lanes' columns (channels shown, then scores), reused while nothing they depend on
   * changed: a drag band, a focus change or a theme switch repaints without a pass over the points.
   */
  private List<MinMaxDecimation.Columns> decimated(SeriesData s, VisibleRange r, boolean[] flags, int width) {
    CacheKey key = new CacheKey(s, r, flags, width, shownChannels);
    if (!key.equals(cacheKey)) {
      List<MinMaxDecimation.Columns> columns = new ArrayList<>();
      for (int c = 0; c < shownChannels; c++) {
        // Flags and labels are marked once, on the score lane; every lane shades from those.
        columns.add(MinMaxDecimation.decimate(s.channel(c), null, null, r.from(), r.to(), width));
      }
      columns.add(MinMaxDecimation.decimate(s.scores(), flags, s.labelled(), r.from(), r.to(), width));
      cached = columns;
      cacheKey = key;
    }
    return cached;
  }

  /** What the decimated columns depend on; arrays compare by identity (a new threshold makes new flags). */
  private record CacheKey(SeriesData series, VisibleRange range, boolean[] flags, int width, int channels) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CacheKey k && k.series == series && k.range.equals(range) && k.flags == flags
          && k.width == width && k.channels == channels;
    }

    @Override
    public int hashCode() {
      return range.hashCode() * 31 + width;
    }
  }

  /** Drops the decimated columns, so the next frame recomputes them (for timing the first frame). */
  public void forgetColumns() {
    cacheKey = null;
  }

  /** As many round time ticks as fit without their labels touching (8 px apart at least). */
  private static List<TimeAxis.Tick> fittingTicks(SeriesData s, VisibleRange r, int width) {
    Text probe = new Text();
    probe.setFont(ChartFrame.TICK_FONT);
    for (int max = Math.max(2, width / 70); max >= 2; max--) {
      List<TimeAxis.Tick> ticks = s.axis().ticks(s.time(), r.from(), r.to() , max);
      double previousEnd = Double.NEGATIVE_INFINITY;
      boolean overlaps = false;
      for (TimeAxis.Tick t : ticks) {
        probe.setText(t.label());
        double half = probe.getLayoutBounds().getWidth() / 2;
        double x = (t.position() - r.from()) / r.span() * width;
        overlaps |= x - half < previousEnd + 8;
        previousEnd = x + half;
      }
      if (!overlaps) {
        return ticks;
      }
    }
    return s.axis().ticks(s.time(), r.from(), r.to(), 1);
  }

  private void drawTimeAxis(GraphicsContext g, ChartPalette p, SeriesData s, VisibleRange r, List<TimeAxis.Tick> ticks,
      double[] tickX) {
    g.setFont(ChartFrame.TICK_FONT);
    g.setFill(p.axis());
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    for (int i = 0; i < ticks.size(); i++) {
      g.fillText(ticks.get(i).label(), tickX[i], scoreFrame.bottom + 4);
    }
    g.setFill(p.text());
    g.setFont(ChartFrame.TITLE_FONT);
    g.setTextBaseline(VPos.BOTTOM);
    String title = s.axis().title(s.time(), r.from(), r.to()) + "   ·   points " + Format.count(r.from() + 1) + "–"
        + Format.count(r.to()) + " of " + Format.count(s.points());
    g.fillText(title, (scoreFrame.left + scoreFrame.right) / 2, scoreFrame.bottom + 36);
  }

  private static void drawThreshold(GraphicsContext g, ChartPalette p, ChartFrame f, double t) {
    if (!Double.isFinite(t)) {
      return;
    }
    double y = Math.round(f.py(t)) + 0.5;
    g.setStroke(p.threshold());
    g.setLineWidth(1.5);
    g.setLineDashes(6, 4);
    g.strokeLine(f.left, y, f.right, y);
    g.setLineDashes();
    g.setFill(p.threshold());
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextAlign(TextAlignment.RIGHT);
    // Above the line (below it when the line is near the top), on a backing so the series
    // under it does not cross the text.
    boolean below = y - f.top < 16;
    String text = "threshold " + Format.score(t);
    Text probe = new Text(text);
    probe.setFont(ChartFrame.TICK_FONT);
    double tw = probe.getLayoutBounds().getWidth();
    double ty = below ? y + 2 : y - 15;
    javafx.scene.paint.Color bg = p.background();
    g.setFill(javafx.scene.paint.Color.color(bg.getRed(), bg.getGreen(), bg.getBlue(), 0.85));
    g.fillRect(f.right - tw - 8, ty, tw + 6, 13);
    g.setFill(p.threshold());
    g.setTextBaseline(VPos.TOP);
    g.fillText(text, f.right - 4, ty);
  }

  private void drawFocus(GraphicsContext g, ChartPalette p, ChartFrame f, SeriesData s, VisibleRange r) {
    int k = vm.focusedPoint();
    if (k < r.from() || k >= r.to()) {
      return;
    }
    double x = Math.round(f.px(k)) + 0.5;
    g.setStroke(p.highlight());
    g.setLineWidth(1.5);
    g.strokeLine(x, f.top, x, f.bottom);
  }

  /** A bracket above the score lane over the picked event. */
  private void drawSelectedEvent(GraphicsContext g, ChartPalette p, VisibleRange r) {
    FlaggedEvent e = vm.selectedEventProperty().get();
    if (e == null || e.end() <= r.from() || e.start() >= r.to()) {
      return;
    }
    double x0 = Math.max(scoreFrame.left, scoreFrame.px(e.start()));
    double x1 = Math.min(scoreFrame.right, Math.max(x0 + 2, scoreFrame.px(e.end())));
    g.setStroke(p.highlight());
    g.setLineWidth(2);
    g.strokeRect(x0, scoreFrame.top + 1, x1 - x0, scoreFrame.height() - 2);
  }

  private void drawLegend(GraphicsContext g, ChartPalette p, SeriesData s, int channels) {
    double x = scoreFrame.left;
    double y = TOP / 2;
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.LEFT);
    x = legendItem(g, p, x, y, p.flaggedShade().deriveColor(0, 1, 1, 3), vm.results().isSmoothed()
        ? "flagged (" + vm.results().kOfNProperty().get().describe() + " ≥ threshold)" : "flagged (score ≥ threshold)");
    if (s.labelled() != null) {
      x = legendItem(g, p, x, y, p.anomaly(), "labelled anomaly");
    }
    if (shownChannels < channels) {
      g.setFill(p.axis());
      g.fillText((channels - shownChannels) + " more channel" + (channels - shownChannels == 1 ? "" : "s")
          + " hidden: give the view more height", x, y);
    }
  }

  private static double legendItem(GraphicsContext g, ChartPalette p, double x, double y, javafx.scene.paint.Color c,
      String text) {
    g.setFill(c);
    g.fillRect(x, y - 5, 10, 10);
    g.setFill(p.text());
    g.fillText(text, x + 14, y);
    Text probe = new Text(text);
    probe.setFont(ChartFrame.TICK_FONT);
    return x + 14 + probe.getLayoutBounds().getWidth() + 16;
  }

  private void drawDragBand(GraphicsContext g, ChartPalette p, double h) {
    if (Double.isNaN(pressX) || panning || Math.abs(dragX - pressX) < CLICK_SLOP) {
      return;
    }
    double x0 = clampX(Math.min(pressX, dragX));
    double x1 = clampX(Math.max(pressX, dragX));
    javafx.scene.paint.Color c = p.highlight();
    g.setFill(javafx.scene.paint.Color.color(c.getRed(), c.getGreen(), c.getBlue(), 0.15));
    g.fillRect(x0, TOP, x1 - x0, h - TOP - BOTTOM);
    g.setStroke(c);
    g.setLineWidth(1);
    g.strokeRect(x0 + 0.5, TOP + 0.5, x1 - x0, h - TOP - BOTTOM);
  }

  private String scoreName() {
    var d = vm.results().getData();
    return d == null || d.scoreName() == null ? "score" : d.scoreName();
  }

  private double clampX(double x) {
    return Math.max(scoreFrame.left, Math.min(scoreFrame.right, x));
  }

  /** The point position under canvas x. */
  private double positionAt(double x) {
    return scoreFrame.valueX(clampX(x));
  }

  private void scrolled(ScrollEvent e) {
    if (scoreFrame == null || e.getDeltaY() == 0) {
      return;
    }
    vm.zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, positionAt(e.getX()));
    e.consume();
  }

  private void pressed(MouseEvent e) {
    if (scoreFrame == null || e.getX() < scoreFrame.left || e.getX() > scoreFrame.right) {
      return;
    }
    pressX = e.getX();
    dragX = e.getX();
    panning = e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && e.isShiftDown());
    pressRange = vm.rangeProperty().get();
    setCursor(panning ? Cursor.CLOSED_HAND : Cursor.CROSSHAIR);
  }

  private void dragged(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    dragX = e.getX();
    if (panning) {
      // Against the press-time range, so the grabbed point stays under the cursor.
      int shift = (int) Math.round((pressX - dragX) / scoreFrame.width() * pressRange.span());
      vm.zoomToRange(pressRange.from() + shift, pressRange.to() + shift);
    } else {
      requestRedraw();
    }
  }

  private void released(MouseEvent e) {
    if (Double.isNaN(pressX)) {
      return;
    }
    double x0 = pressX;
    pressX = Double.NaN;
    setCursor(Cursor.DEFAULT);
    if (panning) {
      return;
    }
    if (Math.abs(e.getX() - x0) < CLICK_SLOP) {
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() < 2) {
        vm.focusPoint((int) Math.round(positionAt(e.getX())));
      }
      requestRedraw();
      return;
    }
    double a = positionAt(Math.min(x0, e.getX()));
    double b = positionAt(Math.max(x0, e.getX()));
    vm.zoomToRange((int) Math.floor(a), (int) Math.ceil(b));
  }
}
