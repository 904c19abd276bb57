package org.anomalyworkbench.ui.results;

import org.anomalyworkbench.core.scoring.ScoreHistogram;
import org.anomalyworkbench.core.scoring.SortedScores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {
  ResultsViewModel vm;
  ResultsData data;

  @BeforeEach
  void setUp() {
    vm = new ResultsViewModel(new CoreThresholds());
    data = ResultsFixtures.linear(1000);
    vm.setData(data);
  }

  @Test
  void initialThresholdComesFromTheStrategyAndFlagsTopFivePercent() {
    assertEquals(ThresholdStrategy.CONTAMINATION, vm.strategyProperty().get());
    assertEquals(950.0, vm.getThreshold());
    assertEquals(50, vm.flaggedCountProperty().get());
    assertEquals(0.05, vm.flaggedRateProperty().get(), 1e-12);
    assertEquals(50, vm.records().size());
    assertEquals(999, vm.records().rowAt(0), "most anomalous first");
    assertEquals(950, vm.records().rowAt(49));
  }

  @Test
  void movingTheThresholdChangesCountAndOnlyTheTailOfTheRecordsList() {
    List<String> changes = new ArrayList<>();
    vm.records().addListener((ListChangeListener<Integer>) c -> {
      while (c.next()) {
        changes.add((c.wasAdded() ? "+" + c.getAddedSize() : "") + (c.wasRemoved() ? "-" + c.getRemovedSize() : "")
            + "@" + c.getFrom());
      }
    });
    vm.thresholdProperty().set(899.5);
    assertEquals(100, vm.flaggedCountProperty().get());
    assertEquals(List.of("+50@50"), changes);
    vm.thresholdProperty().set(990);
    assertEquals(10, vm.flaggedCountProperty().get());
    assertEquals("-90@10", changes.get(1));
    assertEquals(ThresholdStrategy.FIXED, vm.strategyProperty().get(), "a moved threshold is a fixed one");
  }

  @Test
  void flaggedMeansScoreAtOrAboveTheThreshold() {
    vm.thresholdProperty().set(500);
    assertEquals(500, vm.flaggedCountProperty().get());
    vm.thresholdProperty().set(500.0001);
    assertEquals(499, vm.flaggedCountProperty().get());
  }

  @Test
  void selectingABinFiltersTheTableToItsRowsInScoreOrder() {
    ScoreHistogram h = vm.histogramProperty().get();
    int bin = h.binOf(100);
    vm.selectBin(bin);
    RowSelection f = vm.filterProperty().get();
    assertNotNull(f);
    int expected = h.count(bin);
    assertEquals(expected, f.size());
    assertEquals(expected, vm.records().size());
    for (int i = 0; i < vm.records().size(); i++) {
      int row = vm.records().rowAt(i);
      assertTrue(row >= h.edge(bin) && row < h.edge(bin + 1), "row " + row + " in bin");
      if (i > 0) {
        assertTrue(row < vm.records().rowAt(i - 1), "descending score");
      }
    }
    assertTrue(vm.highlightedBinsProperty().get()[bin]);
    assertEquals(1, count(vm.highlightedBinsProperty().get()));
    assertEquals(vm.records().rowAt(0), vm.focusedRowProperty().get());
  }

  @Test
  void thresholdMovesDoNotChangeAFilteredTable() {
    vm.selectBin(0);
    int size = vm.records().size();
    vm.thresholdProperty().set(10);
    assertEquals(size, vm.records().size());
    vm.clearSelection();
    assertNull(vm.filterProperty().get());
    assertEquals(990, vm.records().size(), "back to the flagged rows");
  }

  @Test
  void tableSelectionHighlightsBinsButDoesNotRefilter() {
    vm.selectFromTable(new int[] {999, 5});
    assertNull(vm.filterProperty().get());
    assertEquals(50, vm.records().size());
    boolean[] bins = vm.highlightedBinsProperty().get();
    ScoreHistogram h = vm.histogramProperty().get();
    assertTrue(bins[h.binOf(999)]);
    assertTrue(bins[h.binOf(5)]);
    assertEquals(2, count(bins));
    assertEquals(999, vm.focusedRowProperty().get());
  }

  @Test
  void textFilterTopKAndSortCombine() {
    vm.thresholdProperty().set(900);
    vm.topKProperty().set(10);
    assertEquals(10, vm.records().size());
    vm.sortKeyProperty().set(new SortKey(SortKey.SCORE, true));
    assertEquals(990, vm.records().rowAt(0), "the top 10, lowest score first");
    assertEquals(999, vm.records().rowAt(9));
    vm.topKProperty().set(0);
    vm.sortKeyProperty().set(SortKey.SCORE_DESCENDING);
    vm.textFilterProperty().set("950");
    // Row numbers shown are 1-based: row index 949 is "950"; cells may contain 950 too. Exactly
    // the matching rows of the 100 flagged (scores 900-999) remain, most anomalous first.
    List<Integer> expected = ResultsFixtures.matching(data, 1000, 900, "950");
    assertTrue(expected.contains(949) && expected.size() < 100, expected.toString());
    assertEquals(expected, shown());
    vm.textFilterProperty().set("");
    assertEquals(100, vm.records().size(), "clearing the filter shows every flagged row again");
  }

  private List<Integer> shown() {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < vm.records().size(); i++) {
      rows.add(vm.records().rowAt(i));
    }
    return rows;
  }

  @Test
  void typedThresholdIsValidatedWithAMessage() {
    assertNull(vm.setThresholdText(" 700 "));
    assertEquals(300, vm.flaggedCountProperty().get());
    String error = vm.setThresholdText("abc");
    assertTrue(error.contains("'abc' is not a number"), error);
    assertEquals(700, vm.getThreshold());
  }

  @Test
  void strategyErrorsAreShownAndTheThresholdKept() {
    vm.thresholdProperty().set(800);
    vm.strategyProperty().set(ThresholdStrategy.NORMAL_QUANTILE);
    assertFalse(vm.applyStrategy(), "no held-out normal rows in this result");
    assertFalse(vm.strategyErrorProperty().get().isEmpty());
    assertEquals(800, vm.getThreshold());
    vm.strategyProperty().set(ThresholdStrategy.CONTAMINATION);
    vm.strategyParameterProperty().set("250");
    assertFalse(vm.applyStrategy());
    assertTrue(vm.strategyErrorProperty().get().contains("between"), vm.strategyErrorProperty().get());
    vm.strategyParameterProperty().set("1");
    assertTrue(vm.applyStrategy());
    assertEquals(10, vm.flaggedCountProperty().get());
    assertEquals("", vm.strategyErrorProperty().get());
  }

  @Test
  void rowDetailSortsContributionsAndShowsMedians() {
    RowDetail d = RowDetail.of(data, 9);
    assertEquals(9.0, d.score());
    assertEquals(991, d.rank());
    assertEquals("x2", d.contributions().get(0).feature());
    assertEquals(0.9, d.contributions().get(0).share(), 1e-9);
    RowDetail.Value x1 = d.values().get(0);
    assertEquals("x1", x1.column());
    assertFalse(x1.median().isEmpty());
  }

  @Test
  void histogramRowsOfEveryBinAddUpToAllRows() {
    ScoreHistogram h = vm.histogramProperty().get();
    int total = 0;
    for (int b = 0; b < h.bins(); b++) {
      int[] rows = h.rowsOf(b, data.ranked());
      assertEquals(h.count(b), rows.length, "bin " + b);
      total += rows.length;
    }
    assertEquals(1000, total);
  }

  @Test
  void histogramClipsAHeavyTailIntoTheLastBin() {
    double[] s = new double[5000];
    for (int i = 0; i < s.length; i++) {
      s[i] = i % 100 / 100.0;
    }
    s[0] = 1e6;
    ScoreHistogram h = ScoreHistogram.of(s, null, new SortedScores(s), 20);
    assertTrue(h.clipped());
    assertTrue(h.high() < 2);
    assertEquals(h.bins() - 1, h.binOf(1e6));
    int[] last = h.rowsOf(19, new SortedScores(s));
    assertEquals(h.count(19), last.length);
    assertEquals(0, last[0], "the huge score is the first row of the last bin");
  }

  @Test
  void logScoreAxisBinsOrdersOfMagnitudeEvenly() {
    // Scores 0.001 .. 100: on a linear axis almost everything falls in the first bin.
    double[] s = new double[5000];
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.pow(10, -3 + 5.0 * i / (s.length - 1));
    }
    SortedScores ranked = new SortedScores(s);
    assertTrue(ScoreHistogram.logAxisPossible(ranked));
    ScoreHistogram linear = ScoreHistogram.of(s, null, ranked, 20, false);
    ScoreHistogram log = ScoreHistogram.of(s, null, ranked, 20, true);
    assertTrue(linear.count(0) > 3000, "linear: " + linear.count(0) + " rows in the first bin");
    assertTrue(log.logAxis());
    assertEquals(0.001, log.low(), 1e-12);
    assertEquals(100, log.high(), 1e-9);
    int total = 0;
    for (int b = 0; b < log.bins(); b++) {
      assertEquals(250, log.count(b), 2, "bin " + b + " holds a 20th of the decades");
      assertEquals(log.count(b), log.rowsOf(b, ranked).length, "bin " + b + " rows agree with its count");
      total += log.count(b);
    }
    assertEquals(s.length, total);
    assertEquals(1.0, log.fromAxis(log.toAxis(1.0)), 1e-12);
    assertEquals(log.bins() / 2, log.binOf(Math.sqrt(0.001 * 100)), "the geometric middle is the middle bin");

    double[] withZero = s.clone();
    withZero[0] = 0;
    SortedScores zeroRanked = new SortedScores(withZero);
    assertFalse(ScoreHistogram.logAxisPossible(zeroRanked));
    assertFalse(ScoreHistogram.of(withZero, null, zeroRanked, 20, true).logAxis(), "a zero score keeps it linear");
  }

  @Test
  void togglingLogScoresRebinsAndKeepsTheSelectionMarked() {
    assertFalse(vm.logScoresPossibleProperty().get(), "scores from 0: no log axis");
    vm.setData(ResultsFixtures.linear(1000, 1));
    assertTrue(vm.logScoresPossibleProperty().get());
    vm.selectBin(3);
    int marked = count(vm.highlightedBinsProperty().get());
    assertTrue(marked > 0);
    ScoreHistogram before = vm.histogramProperty().get();
    vm.logScoresProperty().set(true);
    assertNotSame(before, vm.histogramProperty().get());
    assertTrue(vm.histogramProperty().get().logAxis());
    assertTrue(count(vm.highlightedBinsProperty().get()) > 0, "the selected rows' bins are marked again");
    assertNotNull(vm.filterProperty().get(), "the table still lists the selection");
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
  }
}
