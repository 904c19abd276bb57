package org.anomalyworkbench.ui.images;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.anomalyworkbench.ui.common.Format;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.results.RowSelection;

/**
 * The Results step for images, over the shared {@link ResultsViewModel}: the grid's images
 * (most anomalous first; the rows picked in the histogram or scatter when there is such a
 * filter; optionally the flagged ones only), how each cell is painted (score caption, flag
 * mark at the shared threshold, error heat map on request), and picking a thumbnail, which
 * selects and focuses its row in every linked view as a click in the records table does.
 */
public final class ImageResultsViewModel {
  private final ResultsViewModel results;
  private final ReadOnlyBooleanWrapper images = new ReadOnlyBooleanWrapper(this, "images");
  private final ReadOnlyObjectWrapper<ThumbnailGrid.Cells> cells = new ReadOnlyObjectWrapper<>(this, "cells",
      ThumbnailGrid.Cells.EMPTY);
  private final BooleanProperty heatMaps = new SimpleBooleanProperty(this, "heatMaps", false);
  private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly", false);
  private final ReadOnlyBooleanWrapper hasHeatMaps = new ReadOnlyBooleanWrapper(this, "hasHeatMaps");
  private final ReadOnlyObjectWrapper<ThumbnailGrid.Painter> painter = new ReadOnlyObjectWrapper<>(this, "painter");
  private double heatScale = 1;

  public ImageResultsViewModel(ResultsViewModel results) {
    this.results = results;
    results.dataProperty().addListener((o, a, b) -> onData(b));
    results.filterProperty().addListener((o, a, b) -> updateCells());
    flaggedOnly.addListener((o, a, b) -> updateCells());
    results.flaggedCountProperty().addListener((o, a, b) -> {
      if (flaggedOnly.get()) {
        updateCells();
      }
    });
    onData(results.getData());
  }

  private void onData(ResultsData d) {
    boolean isImages = d != null && d.dataset().isImages();
    images.set(isImages);
    if (!isImages) {
      painter.set(null);
      hasHeatMaps.set(false);
      cells.set(ThumbnailGrid.Cells.EMPTY);
      return;
    }
    ImageSet set = d.dataset().images();
    hasHeatMaps.set(HeatMap.of(d.scores(), 0, set.shape()) != null);
    heatScale = hasHeatMaps.get() ? HeatMap.scale(d.scores(), set.shape()) : 1;
    painter.set(new CellPainter(d, set));
    updateCells();
  }

  private void updateCells() {
    ResultsData d = results.getData();
    if (d == null || !d.dataset().isImages()) {
      cells.set(ThumbnailGrid.Cells.EMPTY);
      return;
    }
    RowSelection filter = results.filterProperty().get();
    if (filter != null) {
      cells.set(new RowsByRank(byRank(filter.rows(), d.ranked())));
    } else {
      cells.set(new Ranks(d.ranked(), flaggedOnly.get() ? results.flaggedCountProperty().get() : d.rows()));
    }
  }

  /** {@code rows} ordered most anomalous first (ties as the ranking breaks them). */
  static int[] byRank(int[] rows, SortedScores ranked) {
    long[] keyed = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      keyed[i] = ((long) ranked.rankOf(rows[i]) << 32) | rows[i];
    }
    Arrays.sort(keyed);
    int[] out = new int[rows.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
  }

  /** Picks {@code row}: it becomes the selection (as a click in the records table) and the focused row. */
  public void pick(int row) {
    if (results.getData() == null || row < 0 || row >= results.getData().rows()) {
      return;
    }
    results.selectFromTable(new int[] {row});
    results.focus(row);
  }

  /** True when {@code row} is flagged at the threshold on screen. */
  public boolean flagged(int row) {
    ResultsData d = results.getData();
    if (d == null) {
      return false;
    }
    boolean[] smoothed = results.isSmoothed() ? results.smoothedFlags() : null;
    return smoothed != null ? smoothed[row] : d.scores().value(row) >= results.getThreshold();
  }

  /** The heat map of {@code row} as overlay pixels at the result's scale, or null without contributions. */
  public int[] overlay(int row) {
    ResultsData d = results.getData();
    float[] map = d == null ? null : HeatMap.of(d.scores(), row, d.dataset().images().shape());
    return map == null ? null : HeatMap.overlay(map, heatScale);
  }

  /** The heat map of {@code row} as opaque pixels (for the detail pane), or null. */
  public int[] errorMap(int row) {
    ResultsData d = results.getData();
    float[] map = d == null ? null : HeatMap.of(d.scores(), row, d.dataset().images().shape());
    return map == null ? null : HeatMap.opaque(map, heatScale);
  }

  /** The error that is the top of the colour scale. */
  public double heatScale() {
    return heatScale;
  }

  /** "digit/7/123.png · class 7 · score 0.52 · rank 3 of 10,000 · flagged" for a detail title. */
  public String describe(int row) {
    ResultsData d = results.getData();
    if (d == null || row < 0) {
      return "";
    }
    ImageSet set = d.dataset().images();
    String cls = set.classes().get(row);
    return set.files().get(row) + (cls.isEmpty() ? "" : "  ·  class " + cls) + "  ·  score "
        + Format.score(d.scores().value(row)) + "  ·  rank " + Format.count(d.ranked().rankOf(row) + 1) + " of "
        + Format.count(d.rows()) + (flagged(row) ? "  ·  flagged" : "  ·  not flagged");
  }

  public ResultsViewModel results() {
    return results;
  }

  /** True while the result on screen is a folder of images. */
  public ReadOnlyBooleanProperty imagesProperty() {
    return images.getReadOnlyProperty();
  }

  /** The images the grid shows, in order. */
  public ReadOnlyObjectProperty<ThumbnailGrid.Cells> cellsProperty() {
    return cells.getReadOnlyProperty();
  }

  /** How the grid paints the current result's cells (a new painter per result). */
  public ReadOnlyObjectProperty<ThumbnailGrid.Painter> painterProperty() {
    return painter.getReadOnlyProperty();
  }

  /** Draw each image's error heat map over it. */
  public BooleanProperty heatMapsProperty() {
    return heatMaps;
  }

  /** True when the scores carry per-pixel contributions to draw. */
  public ReadOnlyBooleanProperty hasHeatMapsProperty() {
    return hasHeatMaps.getReadOnlyProperty();
  }

  /** Show only the flagged images. */
  public BooleanProperty flaggedOnlyProperty() {
    return flaggedOnly;
  }

  private final class CellPainter implements ThumbnailGrid.Painter {
    private final ResultsData data;
    private final ImageSet set;

    CellPainter(ResultsData data, ImageSet set) {
      this.data = data;
      this.set = set;
    }

    @Override
    public int[] pixels(int row) {
      return Pixels.argb(set, row);
    }

    @Override
    public int imageWidth() {
      return set.options().width();
    }

    @Override
    public int imageHeight() {
      return set.options().height();
    }

    @Override
    public int[] overlay(int row) {
      return heatMaps.get() && results.getData() == data ? ImageResultsViewModel.this.overlay(row) : null;
    }

    @Override
    public String caption(int row) {
      return Format.score(data.scores().value(row));
    }

    @Override
    public boolean flagged(int row) {
      return results.getData() == data && ImageResultsViewModel.this.flagged(row);
    }
  }

  /** The first {@code size} ranks, most anomalous first, without copying. */
  static final class Ranks implements ThumbnailGrid.Cells {
    private final SortedScores ranked;
    private final int size;

    Ranks(SortedScores ranked, int size) {
      this.ranked = ranked;
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int rowAt(int index) {
      return ranked.rowAt(index);
    }

    @Override
    public int indexOf(int row) {
      int rank = ranked.rankOf(row);
      return rank < size ? rank : -1;
    }
  }

  /** Given rows in the order shown. */
  static final class RowsByRank implements ThumbnailGrid.Cells {
    private final int[] rows;
    private final int[] sorted;

    RowsByRank(int[] rows) {
      this.rows = rows;
      this.sorted = rows.clone();
      Arrays.sort(sorted);
    }

    @Override
    public int size() {
      return rows.length;
    }

    @Override
    public int rowAt(int index) {
      return rows[index];
    }

    @Override
    public int indexOf(int row) {
      if (Arrays.binarySearch(sorted, row) < 0) {
        return -1;
      }
      for (int i = 0; i < rows.length; i++) {
        if (rows[i] == row) {
          return i;
        }
      }
      return -1;
    }
  }
}
