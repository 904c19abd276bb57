package org.anomalyworkbench.ui.images;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.anomalyworkbench.ui.chart.ChartPalette;

/**
 * A virtualised grid of image thumbnails on one canvas: only the rows of cells in view are
 * drawn, and each thumbnail is made from the pixels on demand and kept in a small cache, so
 * 60,000 images scroll as smoothly as 60. Cells may carry a caption (a score), a flag mark,
 * a selection ring and an overlay (a heat map). Click or arrow keys pick a cell.
 */
public final class ThumbnailGrid extends Region {
  /** What the grid shows, in order: a virtual list of dataset rows. */
  public interface Cells {
    int size();

    /** The dataset row shown at {@code index}. */
    int rowAt(int index);

    /** Where {@code row} is shown, or -1. */
    int indexOf(int row);

    Cells EMPTY = new Cells() {
      @Override
      public int size() {
        return 0;
      }

      @Override
      public int rowAt(int index) {
        throw new IndexOutOfBoundsException(index);
      }

      @Override
      public int indexOf(int row) {
        return -1;
      }
    };
  }

  /** How one cell looks. */
  public interface Painter {
    /** The row's image pixels, ARGB row-major, of {@link #imageWidth()} x {@link #imageHeight()}. */
    int[] pixels(int row);

    int imageWidth();

    int imageHeight();

    /** An overlay of the same size drawn over the image (a heat map), or null. */
    default int[] overlay(int row) {
      return null;
    }

    /** A line under the image (a score), or null for none. */
    default String caption(int row) {
      return null;
    }

    /** True to mark the cell as flagged. */
    default boolean flagged(int row) {
      return false;
    }
  }

  private static final double GAP = 6;
  private static final double CAPTION = 16;
  private static final int CACHE = 1500;

  private final Canvas canvas = new Canvas();
  private final ScrollBar scroll = new ScrollBar();
  private final Map<Integer, Image> images = lru();
  private final Map<Integer, Image> overlays = lru();
  private Cells cells = Cells.EMPTY;
  private Painter painter;
  private IntPredicate selected = row -> false;
  private IntConsumer onPick = row -> { };
  private int focusedRow = -1;
  private double cellSize = 64;
  private boolean captions;
  private boolean redrawPending;

  public ThumbnailGrid() {
    getStyleClass().add("thumbnail-grid");
    scroll.setOrientation(Orientation.VERTICAL);
    getChildren().addAll(canvas, scroll);
    setFocusTraversable(true);
    scroll.valueProperty().addListener((o, a, b) -> requestRedraw());
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(ScrollEvent.SCROLL, e -> {
      scroll.setValue(clampScroll(scroll.getValue() - e.getDeltaY()));
      e.consume();
    });
    addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    ChartPalette.currentProperty().addListener((o, a, b) -> requestRedraw());
    setMinSize(120, 100);
    setPrefSize(480, 360);
  }

  private static Map<Integer, Image> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
        return size() > CACHE;
      }
    };
  }

  /** Shows {@code cells} painted by {@code painter}, scrolled to the top. */
  public void setContent(Cells cells, Painter painter, boolean captions) {
    boolean samePainter = this.painter == painter;
    this.cells = cells == null ? Cells.EMPTY : cells;
    this.painter = painter;
    this.captions = captions;
    if (!samePainter) {
      images.clear();
      overlays.clear();
    }
    scroll.setValue(0);
    requestLayout();
    requestRedraw();
  }

  /** Drops cached overlays (the heat maps were switched or rescaled) and captions; repaints. */
  public void refresh(boolean overlaysChanged) {
    if (overlaysChanged) {
      overlays.clear();
    }
    requestRedraw();
  }

  public void setSelected(IntPredicate selected) {
    this.selected = selected;
    requestRedraw();
  }

  /** Called with the dataset row of a clicked (or keyed-to) cell. */
  public void setOnPick(IntConsumer onPick) {
    this.onPick = onPick;
  }

  /** Rings {@code row} and scrolls it into view when it is shown. */
  public void setFocusedRow(int row) {
    focusedRow = row;
    scrollToRow(row);
    requestRedraw();
  }

  /** Side of one thumbnail in pixels (the images are scaled to it, without smoothing). */
  public void setCellSize(double size) {
    cellSize = size;
    requestLayout();
    requestRedraw();
  }

  public double cellSize() {
    return cellSize;
  }

  public Cells cells() {
    return cells;
  }

  private int columns() {
    double w = Math.max(0, canvas.getWidth() - GAP);
    return Math.max(1, (int) (w / (cellSize + GAP)));
  }

  private double rowHeight() {
    return cellSize + GAP + (captions ? CAPTION : 0);
  }

  private double contentHeight() {
    int rows = (cells.size() + columns() - 1) / columns();
    return rows * rowHeight() + GAP;
  }

  private double clampScroll(double v) {
    return Math.max(0, Math.min(scroll.getMax(), v));
  }

  /** Scrolls so that {@code row}'s cell is in view (no move when it already is). */
  public void scrollToRow(int row) {
    int index = row < 0 ? -1 : cells.indexOf(row);
    if (index < 0) {
      return;
    }
    double top = (index / columns()) * rowHeight();
    double h = canvas.getHeight();
    if (top < scroll.getValue()) {
      scroll.setValue(clampScroll(top));
    } else if (top + rowHeight() > scroll.getValue() + h) {
      scroll.setValue(clampScroll(top + rowHeight() + GAP - h));
    }
  }

  /** The dataset row under a point of the grid, or -1 (tests click through this). */
  public int rowAt(double x, double y) {
    int cols = columns();
    int col = (int) ((x - GAP) / (cellSize + GAP));
    int line = (int) ((y + scroll.getValue() - GAP) / rowHeight());
    if (col < 0 || col >= cols || x - GAP - col * (cellSize + GAP) > cellSize || line < 0) {
      return -1;
    }
    int index = line * cols + col;
    return index < cells.size() ? cells.rowAt(index) : -1;
  }

  /** The centre of {@code row}'s cell in grid coordinates, or null when it is not shown. */
  public javafx.geometry.Point2D centreOf(int row) {
    int index = cells.indexOf(row);
    if (index < 0) {
      return null;
    }
    int cols = columns();
    double x = GAP + (index % cols) * (cellSize + GAP) + cellSize / 2;
    double y = GAP + (index / cols) * rowHeight() - scroll.getValue() + cellSize / 2;
    return new javafx.geometry.Point2D(x, y);
  }

  private void pressed(MouseEvent e) {
    // Consumed: a tab pane around the grid would otherwise take the focus (and the arrow keys).
    e.consume();
    requestFocus();
    int row = rowAt(e.getX(), e.getY());
    if (row >= 0) {
      onPick.accept(row);
    }
  }

  private void key(KeyEvent e) {
    int index = focusedRow < 0 ? -1 : cells.indexOf(focusedRow);
    int cols = columns();
    int next = switch (e.getCode()) {
      case RIGHT -> index + 1;
      case LEFT -> index - 1;
      case DOWN -> index < 0 ? 0 : index + cols;
      case UP -> index - cols;
      case HOME -> 0;
      case END -> cells.size() - 1;
      case PAGE_DOWN -> index + cols * Math.max(1, (int) (canvas.getHeight() / rowHeight()));
      case PAGE_UP -> index - cols * Math.max(1, (int) (canvas.getHeight() / rowHeight()));
      default -> Integer.MIN_VALUE;
    };
    if (next == Integer.MIN_VALUE || cells.size() == 0) {
      return;
    }
    e.consume();
    onPick.accept(cells.rowAt(Math.max(0, Math.min(cells.size() - 1, next))));
  }

  @Override
  protected void layoutChildren() {
    double w = getWidth();
    double h = getHeight();
    double sw = scroll.prefWidth(-1);
    canvas.setWidth(Math.max(0, w - sw));
    canvas.setHeight(h);
    scroll.resizeRelocate(w - sw, 0, sw, h);
    double max = Math.max(0, contentHeight() - h);
    scroll.setMax(max);
    scroll.setVisibleAmount(max == 0 ? 1 : h * max / Math.max(1, contentHeight()));
    scroll.setUnitIncrement(rowHeight() / 2);
    scroll.setBlockIncrement(Math.max(rowHeight(), h - rowHeight()));
    scroll.setDisable(max == 0);
    scroll.setValue(clampScroll(scroll.getValue()));
    requestRedraw();
  }

  private void requestRedraw() {
    if (redrawPending) {
      return;
    }
    redrawPending = true;
    javafx.application.Platform.runLater(() -> {
      redrawPending = false;
      draw();
    });
  }

  /** Paints the cells in view; public so tests and screenshots can paint without waiting a pulse. */
  public void draw() {
    ChartPalette p = ChartPalette.current();
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.setFill(p.background());
    g.fillRect(0, 0, w, h);
    if (painter == null || cells.size() == 0) {
      return;
    }
    g.setImageSmoothing(false);
    g.setFont(Font.font(11));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    int cols = columns();
    double rh = rowHeight();
    int first = (int) (scroll.getValue() / rh);
    int last = (int) ((scroll.getValue() + h) / rh);
    for (int line = first; line <= last; line++) {
      for (int col = 0; col < cols; col++) {
        int index = line * cols + col;
        if (index >= cells.size()) {
          return;
        }
        double x = GAP + col * (cellSize + GAP);
        double y = GAP + line * rh - scroll.getValue();
        drawCell(g, p, cells.rowAt(index), x, y);
      }
    }
  }

  private void drawCell(GraphicsContext g, ChartPalette p, int row, double x, double y) {
    g.drawImage(images.computeIfAbsent(row, r -> Pixels.image(painter.pixels(r), painter.imageWidth(),
        painter.imageHeight())), x, y, cellSize, cellSize);
    Image over = overlays.computeIfAbsent(row, r -> {
      int[] o = painter.overlay(r);
      return o == null ? null : Pixels.image(o, painter.imageWidth(), painter.imageHeight());
    });
    if (over != null) {
      g.drawImage(over, x, y, cellSize, cellSize);
    }
    boolean flagged = painter.flagged(row);
    if (flagged) {
      g.setStroke(p.threshold());
      g.setLineWidth(2);
      g.strokeRect(x - 1, y - 1, cellSize + 2, cellSize + 2);
      // A corner mark, visible even when the ring blends into a red heat map.
      g.setFill(p.threshold());
      g.fillPolygon(new double[] {x + cellSize - 12, x + cellSize + 1, x + cellSize + 1},
          new double[] {y - 1, y - 1, y + 12}, 3);
    }
    if (selected.test(row) || row == focusedRow) {
      g.setStroke(p.highlight());
      g.setLineWidth(row == focusedRow ? 3.5 : 2.5);
      g.strokeRect(x - 3, y - 3, cellSize + 6, cellSize + 6);
    }
    if (captions) {
      String text = painter.caption(row);
      if (text != null) {
        g.setFill(flagged ? p.threshold() : p.text());
        g.fillText(text, x + cellSize / 2, y + cellSize + 2, cellSize + GAP);
      }
    }
  }

  /** The colour a flagged cell is marked with (tests compare drawn pixels). */
  static Color flagColour() {
    return ChartPalette.current().threshold();
  }
}
