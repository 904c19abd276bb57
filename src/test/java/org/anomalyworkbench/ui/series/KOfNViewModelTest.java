package org.anomalyworkbench.ui.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * k of n in the Results state: on 200 points in reversed file order with passing points 50, 51,
 * 52 and 120 (threshold 0.5), "2 of the last 3" flags points 51, 52 and 53 and drops the lone
 * point 120; the count, the records, the series flags and events follow without rescoring.
 */
class KOfNViewModelTest {
  ResultsViewModel results;
  SeriesViewModel series;

  @BeforeEach
  void setUp() {
    results = new ResultsViewModel(new CoreThresholds());
    series = new SeriesViewModel(results);
    results.setData(SeriesFixtures.withSpikes(200, 50, 51, 52, 120));
    results.thresholdProperty().set(0.5);
  }

  private static int fileRow(int point) {
    return 199 - point;
  }

  @Test
  void changingKOfNChangesTheFlaggedRowsCountRecordsAndEvents() {
    assertTrue(results.seriesProperty().get());
    assertEquals(4, results.flaggedCountProperty().get());
    assertFalse(results.isSmoothed());

    assertNull(results.setKOfNText("2/3"));
    assertTrue(results.isSmoothed());
    assertEquals(3, results.flaggedCountProperty().get());
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < results.records().size(); i++) {
      shown.add(results.records().rowAt(i));
    }
    // Most anomalous first: 52 (1.052), 51 (1.051), then 53, flagged though it scores 0.1.
    assertEquals(List.of(fileRow(52), fileRow(51), fileRow(53)), shown);
    boolean[] flags = results.smoothedFlags();
    assertTrue(flags[fileRow(53)]);
    assertFalse(flags[fileRow(50)], "only 1 of points 48-50 passes");
    assertFalse(flags[fileRow(120)], "a lone point is no longer flagged");

    assertTrue(series.flagsProperty().get()[53]);
    assertFalse(series.flagsProperty().get()[120]);
    assertEquals(1, series.events().size());
    assertEquals(51, series.events().get(0).start());
    assertEquals(54, series.events().get(0).end());

    // Moving the threshold keeps the smoothing.
    results.thresholdProperty().set(1.0515);
    assertEquals(0, results.flaggedCountProperty().get(), "only 52 and 120 pass, never 2 of 3");

    assertNull(results.setKOfNText("1/1"));
    assertEquals(2, results.flaggedCountProperty().get());
    assertNull(results.smoothedFlags());
  }

  @Test
  void theHistogramOutlinesTheSmoothedFlagsPerBinNotTheScoresAboveTheThreshold() {
    assertNull(results.smoothedFlagsPerBin(), "plain threshold: the shaded range says it all");
    assertNull(results.setKOfNText("2/3"));
    int[] perBin = results.smoothedFlagsPerBin();
    var hist = results.histogramProperty().get();
    assertEquals(3, java.util.Arrays.stream(perBin).sum());
    // Point 53 scores 0.1, below the threshold, yet is flagged: its bin holds one outlined row.
    assertEquals(1, perBin[hist.binOf(0.1)]);
    int lone = hist.binOf(1.12);
    int expected = (hist.binOf(1.051) == lone ? 1 : 0) + (hist.binOf(1.052) == lone ? 1 : 0);
    assertEquals(expected, perBin[lone], "the lone point 120 passes the threshold but is not outlined");
    assertTrue(perBin == results.smoothedFlagsPerBin(), "counted once per set of flags");
  }

  @Test
  void aKOfNChangeIsOneUndoStep() {
    org.anomalyworkbench.ui.UndoHistory history = new org.anomalyworkbench.ui.UndoHistory();
    results.setUndoSink(history::record);
    assertNull(results.setKOfNText("2/3"));
    assertNull(results.setKOfNText("2/3"), "the same value again is no edit");
    assertEquals(3, results.flaggedCountProperty().get());
    String undone = history.undo();
    assertTrue(undone.startsWith("k of n 2/3"), undone);
    assertEquals(KOfN.OFF, results.kOfNProperty().get());
    assertEquals(4, results.flaggedCountProperty().get());
    assertNull(history.undo(), "one step only");
  }

  @Test
  void aSavedModelsKOfNIsShownAndABadOneIsRefused() {
    results.showSavedThreshold(0.5, new ThresholdPolicy.Fixed(0.5), "fixed, saved with the model", new KOfN(2, 3));
    assertEquals(new KOfN(2, 3), results.kOfNProperty().get());
    assertEquals(3, results.flaggedCountProperty().get());

    String error = results.setKOfNText("4/3");
    assertTrue(error.contains("1 <= k <= n"), error);
    assertEquals(new KOfN(2, 3), results.kOfNProperty().get(), "a refused text changes nothing");
  }

  @Test
  void aTableTakesNoSmoothingAndNewTableDataDropsIt() {
    assertNull(results.setKOfNText("2/3"));
    results.setData(SeriesFixtures.tabular(50));
    assertFalse(results.seriesProperty().get());
    assertEquals(KOfN.OFF, results.kOfNProperty().get(), "no time column, nothing to smooth along");
    String error = results.setKOfNText("3/5");
    assertTrue(error.contains("no time column"), error);
    assertFalse(results.isSmoothed());
  }
}
