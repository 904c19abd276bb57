package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.SortedScores;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.core.projection.DatasetProjection;
import org.anomalyworkbench.ui.chart.ChartFrame;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.chart.ChartText;
import org.anomalyworkbench.ui.chart.ResizableCanvas;

/**
 * Every row as a point of the 2-D PCA projection, coloured by its score's rank, flagged rows
 * drawn larger and on top, selected rows ringed. Points go into an int pixel buffer (a million
 * of them in tens of milliseconds: chart nodes would take minutes). Dragging a rectangle
 * brushes its rows into the shared selection; a click picks the nearest point.
 */
public final class ScatterCanvas extends ResizableCanvas {
  private final ResultsViewModel vm;
  private ChartFrame frame;
  private int[] pixels = new int[0];
  private WritableImage image;
  private double brushX0;
  private double brushY0;
  private double brushX1;
  private double brushY1;
  private boolean brushing;
  private int[] positions;
  private int[] counts = new int[0];
  private int densityMax;
  /** Above this many rows in one pixel, rows that are not flagged are drawn as density. */
  static final int DENSITY_FROM = 4;
  private float[] bounds;
  private DatasetProjection boundsFor;
  private DatasetProjection positionsFor;
  private SortedScores positionsRanked;
  private int positionsW;
  private int positionsH;
  private String positionsFrame = "";
  /** Score-rank colour ramp, sampled once. */
  private static final int[] COLORS = new int[1024];

  static {
    for (int i = 0; i < COLORS.length; i++) {
      COLORS[i] = ChartPalette.scoreArgb(i / (double) (COLORS.length - 1));
    }
  }

  public ScatterCanvas(ResultsViewModel vm) {
    this.vm = vm;
    vm.projectionProperty().addListener((o, a, b) -> requestRedraw());
    vm.thresholdProperty().addListener((o, a, b) -> requestRedraw());
    vm.selectionProperty().addListener((o, a, b) -> requestRedraw());
    setCursor(Cursor.CROSSHAIR);
    setOnMousePressed(this::pressed);
    setOnMouseDragged(this::dragged);
    setOnMouseReleased(this::released);
  }

  /** Pixel position of a row's point, for tests; null before the first paint. */
  public double[] pointOf(int row) {
    DatasetProjection p = vm.projectionProperty().get();
    return frame == null || p == null ? null : new double[] {frame.px(p.x(row)), frame.py(p.y(row))};
  }

  @Override
  protected void draw(GraphicsContext g, double w, double h, ChartPalette pal) {
    DatasetProjection p = vm.projectionProperty().get();
    ResultsData d = vm.getData();
    if (p == null || d == null || p.rows() != d.rows()) {
      frame = null;
      return;
    }
    if (boundsFor != p) {
      bounds = bounds(p);
      boundsFor = p;
    }
    float[] b = bounds;
    // The legend has its own row above the plot: it never covers points.
    double left = ChartFrame.leftMarginFor(b[2], b[3], 5, ScatterCanvas::tick, 48);
    frame = new ChartFrame(w, h, left, 30, 14, 44).x(b[0], b[1]).y(b[2], b[3]);
    frame.drawAxes(g, pal, 6, 5, ScatterCanvas::tick, ScatterCanvas::tick);
    boolean oneAxis = p.features().size() < 2;
    frame.drawTitles(g, pal, "PC1 (" + pct(p.explainedX()) + " of variance)",
        oneAxis ? "PC2 (none)" : "PC2 (" + pct(p.explainedY()) + ")");
    boolean density = paintPoints(g, p, d, pal);
    if (brushing) {
      g.setStroke(pal.highlight());
      g.setLineWidth(1);
      g.setLineDashes(4, 3);
      g.strokeRect(Math.min(brushX0, brushX1), Math.min(brushY0, brushY1), Math.abs(brushX1 - brushX0),
          Math.abs(brushY1 - brushY0));
      g.setLineDashes();
    }
    drawLegend(g, pal, density);
  }

  /**
   * Paints the points; returns true when it drew density: when many rows share a pixel (a
   * million rows make a solid blob of single points), rows that are not flagged are drawn as
   * per-pixel counts on a colour scale, and the flagged rows on top, coloured by score rank.
   */
  private boolean paintPoints(GraphicsContext g, DatasetProjection p, ResultsData d, ChartPalette pal) {
    int pw = (int) Math.floor(frame.width());
    int ph = (int) Math.floor(frame.height());
    if (pw < 4 || ph < 4) {
      return false;
    }
    if (pixels.length != pw * ph) {
      pixels = new int[pw * ph];
      image = new WritableImage(pw, ph);
    }
    java.util.Arrays.fill(pixels, ChartPalette.argb(pal.background()));
    SortedScores ranked = d.ranked();
    int n = ranked.size();
    int flagged = vm.flaggedCountProperty().get();
    int[] pos = pixelPositions(p, ranked, pw, ph);
    int maxCount = densityCounts(pos, flagged, pw, ph);
    boolean density = maxCount > DENSITY_FROM;
    if (density) {
      densityMax = maxCount;
      double logMax = Math.log1p(maxCount);
      int[] ramp = densityRamp(pal);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          pixels[i] = ramp[(int) Math.round(Math.log1p(counts[i]) / logMax * (ramp.length - 1))];
        }
      }
    }
    // Flagged rows stand out as 4 px squares, unless there are so many that squares would hide
    // the density under them (5% of a million rows): then 2 px, or single pixels.
    int flaggedSize = !density || flagged <= 2_000 ? 4 : flagged <= 20_000 ? 2 : 1;
    // Lowest scores first so that the anomalies end up on top; positions are in rank order,
    // so this loop walks memory sequentially.
    for (int rank = n - 1; rank >= 0; rank--) {
      int xy = pos[rank];
      if (xy < 0) {
        continue;
      }
      int x = xy >>> 16;
      int y = xy & 0xffff;
      if (density && rank >= flagged) {
        continue;
      }
      int color = COLORS[(int) ((long) (n - 1 - rank) * (COLORS.length - 1) / Math.max(1, n - 1))];
      if (rank < flagged) {
        fill(x - flaggedSize / 2, y - flaggedSize / 2, flaggedSize, pw, ph, color);
      } else {
        int i = y * pw + x;
        pixels[i] = color;
        if (x + 1 < pw) {
          pixels[i + 1] = color;
        }
        if (y + 1 < ph) {
          pixels[i + pw] = color;
          if (x + 1 < pw) {
            pixels[i + pw + 1] = color;
          }
        }
      }
    }
    double ox = frame.left;
    double oy = frame.top;
    RowSelection s = vm.selectionProperty().get();
    if (s != null) {
      int ring = ChartPalette.argb(pal.highlight());
      for (int row : s.rows()) {
        int x = (int) (frame.px(p.x(row)) - ox);
        int y = (int) (frame.py(p.y(row)) - oy);
        fill(x - 3, y - 3, 7, pw, ph, ring);
        fill(x - 1, y - 1, 3, pw, ph, COLORS[(int) ((long) (n - 1 - ranked.rankOf(row)) * (COLORS.length - 1)
            / Math.max(1, n - 1))]);
      }
    }
    image.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
    g.drawImage(image, ox, oy);
    return density;
  }

  /** Rows per pixel of the rows that are not flagged (2x2 footprint, as they are drawn); returns the largest count. */
  private int densityCounts(int[] pos, int flagged, int pw, int ph) {
    if (counts.length != pw * ph) {
      counts = new int[pw * ph];
    } else {
      java.util.Arrays.fill(counts, 0);
    }
    int max = 0;
    for (int rank = flagged; rank < pos.length; rank++) {
      int xy = pos[rank];
      if (xy < 0) {
        continue;
      }
      int i = (xy & 0xffff) * pw + (xy >>> 16);
      max = Math.max(max, ++counts[i]);
    }
    return max;
  }

  /** From a pale tint of the normal colour (one row) to a strong one (the densest pixel), per theme. */
  private static int[] densityRamp(ChartPalette pal) {
    javafx.scene.paint.Color low = pal.background().interpolate(pal.normal(), 0.45);
    javafx.scene.paint.Color high = pal.normal().interpolate(pal.text(), 0.55);
    int[] ramp = new int[256];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = ChartPalette.argb(low.interpolate(high, i / 255.0));
    }
    return ramp;
  }

  /**
   * Pixel position of every row in rank order, packed as {@code x << 16 | y} (-1 when off the
   * plot), cached until the projection, ranking or plot size changes: a threshold move then only
   * recolours, it does not re-project a million points.
   */
  private int[] pixelPositions(DatasetProjection p, SortedScores ranked, int pw, int ph) {
    if (positions != null && positionsFor == p && positionsRanked == ranked && positionsW == pw
        && positionsH == ph && positionsFrame.equals(frameKey())) {
      return positions;
    }
    int n = ranked.size();
    int[] pos = new int[n];
    for (int rank = 0; rank < n; rank++) {
      int row = ranked.rowAt(rank);
      int x = (int) (frame.px(p.x(row)) - frame.left);
      int y = (int) (frame.py(p.y(row)) - frame.top);
      pos[rank] = x < 0 || y < 0 || x >= pw || y >= ph ? -1 : (x << 16) | y;
    }
    positions = pos;
    positionsFor = p;
    positionsRanked = ranked;
    positionsW = pw;
    positionsH = ph;
    positionsFrame = frameKey();
    return pos;
  }

  private String frameKey() {
    return frame.valueX(frame.left) + "," + frame.valueX(frame.right) + "," + frame.valueY(frame.top) + ","
        + frame.valueY(frame.bottom);
  }

  private void fill(int x0, int y0, int size, int pw, int ph, int color) {
    for (int y = Math.max(0, y0); y < Math.min(ph, y0 + size); y++) {
      int base = y * pw;
      for (int x = Math.max(0, x0); x < Math.min(pw, x0 + size); x++) {
        pixels[base + x] = color;
      }
    }
  }

  /** The colour key, in its own row above the plot, right-aligned. */
  private void drawLegend(GraphicsContext g, ChartPalette pal, boolean density) {
    g.setFont(ChartFrame.TICK_FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setTextAlign(TextAlignment.LEFT);
    double y = 13;
    String lowText = density ? "rows per pixel: 1" : "score rank: low";
    String highText = density ? org.anomalyworkbench.ui.common.Format.compact(densityMax) : "high";
    String flaggedText = density ? "flagged: by score" : "";
    double wLow = ChartText.width(lowText, ChartFrame.TICK_FONT);
    double wHigh = ChartText.width(highText, ChartFrame.TICK_FONT);
    double wFlagged = flaggedText.isEmpty() ? 0 : ChartText.width(flaggedText, ChartFrame.TICK_FONT) + 24;
    double rampWidth = 70;
    double total = wLow + 6 + rampWidth + 6 + wHigh + wFlagged;
    double x = Math.max(frame.left, frame.right - total);
    g.setFill(pal.text());
    ChartText.fill(g, lowText, x, y);
    x += wLow + 6;
    int[] ramp = density ? densityRamp(pal) : null;
    for (int i = 0; i < rampWidth; i++) {
      int argb = density ? ramp[(int) (i / (rampWidth - 1) * (ramp.length - 1))]
          : ChartPalette.scoreArgb(i / (rampWidth - 1));
      g.setFill(javafx.scene.paint.Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff));
      g.fillRect(x + i, y - 4, 1.2, 8);
    }
    x += rampWidth + 6;
    g.setFill(pal.text());
    ChartText.fill(g, highText, x, y);
    if (density) {
      x += wHigh + 16;
      int hot = ChartPalette.scoreArgb(1);
      g.setFill(javafx.scene.paint.Color.rgb((hot >> 16) & 0xff, (hot >> 8) & 0xff, hot & 0xff));
      g.fillRect(x, y - 2, 4, 4);
      g.setFill(pal.text());
      ChartText.fill(g, flaggedText, x + 8, y);
    }
  }

  private static float[] bounds(DatasetProjection p) {
    float minX = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    float minY = Float.POSITIVE_INFINITY;
    float maxY = Float.NEGATIVE_INFINITY;
    for (int r = 0; r < p.rows(); r++) {
      minX = Math.min(minX, p.x(r));
      maxX = Math.max(maxX, p.x(r));
      minY = Math.min(minY, p.y(r));
      maxY = Math.max(maxY, p.y(r));
    }
    // An axis without spread (one feature leaves PC2 at 0) gets a unit range, not ticks of 1e-7.
    float padX = maxX - minX > 1e-6f * Math.max(1, Math.abs(maxX)) ? (maxX - minX) * 0.04f : 1;
    float padY = maxY - minY > 1e-6f * Math.max(1, Math.abs(maxY)) ? (maxY - minY) * 0.04f : 1;
    return new float[] {minX - padX, maxX + padX, minY - padY, maxY + padY};
  }

  private static String tick(double v) {
    return Math.abs(v) < 1e-9 ? "0" : org.anomalyworkbench.ui.common.Format.score(v);
  }

  private static String pct(double f) {
    return Math.round(100 * f) + "%";
  }

  private void pressed(MouseEvent e) {
    if (frame == null || e.getButton() != MouseButton.PRIMARY) {
      return;
    }
    brushX0 = brushX1 = e.getX();
    brushY0 = brushY1 = e.getY();
    brushing = true;
  }

  private void dragged(MouseEvent e) {
    if (!brushing) {
      return;
    }
    brushX1 = e.getX();
    brushY1 = e.getY();
    requestRedraw();
  }

  private void released(MouseEvent e) {
    if (!brushing || frame == null) {
      return;
    }
    brushing = false;
    DatasetProjection p = vm.projectionProperty().get();
    if (Math.abs(brushX1 - brushX0) < 3 && Math.abs(brushY1 - brushY0) < 3) {
      int row = nearest(p, e.getX(), e.getY(), 8);
      if (row >= 0) {
        vm.selectFromScatter(new int[] {row});
        vm.focus(row);
      }
    } else {
      brush(p);
    }
    requestRedraw();
  }

  private void brush(DatasetProjection p) {
    double xa = frame.valueX(Math.min(brushX0, brushX1));
    double xb = frame.valueX(Math.max(brushX0, brushX1));
    double ya = frame.valueY(Math.max(brushY0, brushY1));
    double yb = frame.valueY(Math.min(brushY0, brushY1));
    int[] rows = new int[p.rows()];
    int n = 0;
    for (int r = 0; r < p.rows(); r++) {
      if (p.x(r) >= xa && p.x(r) <= xb && p.y(r) >= ya && p.y(r) <= yb) {
        rows[n++] = r;
      }
    }
    if (n > 0) {
      vm.selectFromScatter(java.util.Arrays.copyOf(rows, n));
    }
  }

  private int nearest(DatasetProjection p, double px, double py, double maxPixels) {
    int best = -1;
    double bestD = maxPixels * maxPixels;
    for (int r = 0; r < p.rows(); r++) {
      double dx = frame.px(p.x(r)) - px;
      double dy = frame.py(p.y(r)) - py;
      double dd = dx * dx + dy * dy;
      if (dd <= bestD) {
        bestD = dd;
        best = r;
      }
    }
    return best;
  }
}
