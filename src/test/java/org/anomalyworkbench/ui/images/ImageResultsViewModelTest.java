package org.anomalyworkbench.ui.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsFixturesAccess;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.results.RowSelection;
import org.junit.jupiter.api.Test;

class ImageResultsViewModelTest {
  // Image i scores: 0.1, 0.9, 0.5, 0.7, 0.3, 0.8 -> ranks 1, 5, 3, 2, 4? Most anomalous first: 1, 5, 3, 2, 4, 0.
  private static final double[] SCORES = {0.1, 0.9, 0.5, 0.7, 0.3, 0.8};
  private final ResultsViewModel results = new ResultsViewModel(new CoreThresholds());
  private final ImageResultsViewModel vm = new ImageResultsViewModel(results);

  private static int[] shown(ThumbnailGrid.Cells cells) {
    int[] out = new int[cells.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cells.rowAt(i);
    }
    return out;
  }

  @Test
  void theGridShowsEveryImageMostAnomalousFirstAndFindsARowsCell() {
    assertFalse(vm.imagesProperty().get());
    results.setData(ImageFixtures.result(SCORES), 0.75);
    assertTrue(vm.imagesProperty().get());
    assertArrayEquals(new int[] {1, 5, 3, 2, 4, 0}, shown(vm.cellsProperty().get()));
    assertEquals(2, vm.cellsProperty().get().indexOf(3));
    assertEquals(5, vm.cellsProperty().get().indexOf(0));
  }

  @Test
  void flaggedOnlyShowsTheImagesAtOrAboveTheThresholdAndFollowsIt() {
    results.setData(ImageFixtures.result(SCORES), 0.75);
    vm.flaggedOnlyProperty().set(true);
    assertArrayEquals(new int[] {1, 5}, shown(vm.cellsProperty().get()));
    assertEquals(-1, vm.cellsProperty().get().indexOf(3), "not shown");
    results.thresholdProperty().set(0.5);
    assertArrayEquals(new int[] {1, 5, 3, 2}, shown(vm.cellsProperty().get()));
    assertTrue(vm.flagged(2));
    assertFalse(vm.flagged(4));
    assertTrue(vm.painterProperty().get().flagged(2));
    assertEquals("0.5", vm.painterProperty().get().caption(2));
  }

  @Test
  void aHistogramBinNarrowsTheGridToItsRowsByRank() {
    results.setData(ImageFixtures.result(SCORES), 0.75);
    results.selectionProperty().set(RowSelection.of(new int[] {0, 3, 4}, RowSelection.Source.HISTOGRAM, "low"));
    assertArrayEquals(new int[] {3, 4, 0}, shown(vm.cellsProperty().get()));
    results.clearSelection();
    assertEquals(6, vm.cellsProperty().get().size());
  }

  @Test
  void pickingAThumbnailSelectsAndFocusesItsRowWithoutNarrowingTheOtherViews() {
    results.setData(ImageFixtures.result(SCORES), 0.75);
    vm.pick(3);
    assertEquals(3, results.focusedRowProperty().get());
    assertTrue(results.selectionProperty().get().contains(3));
    assertEquals(1, results.selectionProperty().get().size());
    assertNull(results.filterProperty().get(), "a pick highlights, as a click in the table does");
    assertTrue(results.highlightedBinsProperty().get().length > 0);
    assertEquals(6, vm.cellsProperty().get().size());
  }

  @Test
  void heatMapsDrawTheContributionsAtOneScaleForAllImagesAndOnlyWhenSwitchedOn() {
    results.setData(ImageFixtures.result(SCORES), 0.75);
    assertTrue(vm.hasHeatMapsProperty().get());
    assertNull(vm.painterProperty().get().overlay(5), "off by default");
    vm.heatMapsProperty().set(true);
    int[] overlay = vm.painterProperty().get().overlay(5);
    assertNotNull(overlay);
    // Image 5's map is (5, 5, 0, 10); the largest maps, of image 5, set the scale's top near 10.
    assertEquals(0, overlay[2]);
    assertEquals(HeatColours.argb(10 / vm.heatScale()), overlay[3]);
    assertEquals(HeatColours.argb(5 / vm.heatScale()), overlay[0]);
  }

  @Test
  void aTableResultHasNoImageViews() {
    results.setData(ResultsFixturesAccess.linear(20), 10);
    assertFalse(vm.imagesProperty().get());
    assertEquals(0, vm.cellsProperty().get().size());
    assertNull(vm.painterProperty().get());
  }

  @Test
  void theDescriptionNamesFileClassScoreRankAndFlag() {
    results.setData(ImageFixtures.result(SCORES), 0.75);
    assertEquals("b/5.png  ·  class b  ·  score 0.8  ·  rank 2 of 6  ·  flagged", vm.describe(5));
    assertTrue(vm.describe(0).endsWith("not flagged"));
  }
}
