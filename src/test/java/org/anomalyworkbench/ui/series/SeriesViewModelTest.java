package org.anomalyworkbench.ui.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.results.RowSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events at the shared threshold, zoom and pan, and picking an event, on 200 points in reversed file order. */
class SeriesViewModelTest {
  ResultsViewModel results;
  SeriesViewModel vm;
  ResultsData data;

  @BeforeEach
  void setUp() {
    results = new ResultsViewModel(new CoreThresholds());
    vm = new SeriesViewModel(results);
    // Events: [50, 53) and the single point 120.
    data = SeriesFixtures.withSpikes(200, 50, 51, 52, 120);
    results.setData(data);
    results.thresholdProperty().set(0.5);
  }

  @Test
  void readsTheSeriesInTimeOrder() {
    SeriesData s = vm.seriesProperty().get();
    assertEquals(List.of("sine", "ramp"), s.channelNames());
    assertEquals(199, s.rowOf(0), "point 0 is the last file row");
    assertEquals(5.0, s.channel(1)[5]);
    assertEquals(60.0, s.time()[1] - s.time()[0]);
    assertTrue(s.labelled()[120]);
    assertEquals(new VisibleRange(0, 200), vm.rangeProperty().get());
  }

  @Test
  void eventsFollowTheThreshold() {
    List<FlaggedEvent> events = vm.events();
    assertEquals(2, events.size());
    assertEquals(50, events.get(0).start());
    assertEquals(53, events.get(0).end());
    assertEquals(52, events.get(0).peakIndex(), "score 1.052 is the run's highest");
    assertEquals(120, events.get(1).start());
    assertEquals("3 min", vm.seriesProperty().get().axis().formatDuration(vm.seriesProperty().get().duration(events.get(0))));
    // At 1.06 the run's best (1.052) falls below; point 120 (1.12) stays.
    results.thresholdProperty().set(1.06);
    assertEquals(1, vm.events().size());
    assertEquals(120, vm.events().get(0).start());
    assertTrue(vm.flagsProperty().get()[120]);
    assertFalse(vm.flagsProperty().get()[52]);
    results.thresholdProperty().set(2);
    assertTrue(vm.events().isEmpty());
  }

  @Test
  void zoomToAnEventLeavesMarginsAndResetShowsAll() {
    FlaggedEvent e = vm.events().get(0); // [50, 53): margin max(20, 3) = 20
    vm.zoomTo(e);
    assertEquals(new VisibleRange(30, 73), vm.rangeProperty().get());
    FlaggedEvent late = vm.events().get(1);
    vm.zoomTo(late); // [120, 121): [100, 141)
    assertEquals(new VisibleRange(100, 141), vm.rangeProperty().get());
    vm.reset();
    assertEquals(new VisibleRange(0, 200), vm.rangeProperty().get());
  }

  @Test
  void zoomToAnEventAtTheStartIsClampedNotShifted() {
    results.setData(SeriesFixtures.withSpikes(200, 2, 198));
    results.thresholdProperty().set(0.5);
    vm.zoomTo(vm.events().get(0)); // [2, 3) with 20 each side: [0, 23)
    assertEquals(new VisibleRange(0, 23), vm.rangeProperty().get());
    vm.zoomTo(vm.events().get(1)); // [198, 199): [178, 200)
    assertEquals(new VisibleRange(178, 200), vm.rangeProperty().get());
  }

  @Test
  void wheelZoomKeepsTheAnchorAndPanStopsAtTheEnds() {
    vm.zoom(0.5, 100); // 100 points around 100, which stays in the middle
    assertEquals(new VisibleRange(50, 150), vm.rangeProperty().get());
    vm.zoom(0.5, 50); // the anchor at the left edge stays there
    assertEquals(new VisibleRange(50, 100), vm.rangeProperty().get());
    vm.zoom(0.01, 60);
    assertEquals(SeriesViewModel.MIN_SPAN, vm.rangeProperty().get().span(), "never closer than MIN_SPAN");
    vm.pan(1000);
    assertEquals(new VisibleRange(190, 200), vm.rangeProperty().get());
    vm.pan(-1000);
    assertEquals(new VisibleRange(0, 10), vm.rangeProperty().get());
    vm.zoom(100, 5);
    assertEquals(new VisibleRange(0, 200), vm.rangeProperty().get());
    vm.zoomToRange(80, 60);
    assertEquals(new VisibleRange(60, 80), vm.rangeProperty().get());
  }

  @Test
  void selectingAnEventSelectsItsRowsAndFocusesThePeak() {
    FlaggedEvent e = vm.events().get(0);
    vm.selectEvent(e);
    RowSelection s = results.selectionProperty().get();
    assertEquals(RowSelection.Source.SERIES, s.source());
    // Points 50..52 are file rows 149..147.
    assertArrayEquals(new int[] {147, 148, 149}, s.rows());
    assertEquals(147, results.focusedRowProperty().get(), "the peak (point 52) is file row 147");
    assertEquals(52, vm.focusedPoint());
    assertEquals(e, vm.selectedEventProperty().get());
    assertEquals(3, results.records().size(), "the records table lists the event's rows");
    results.selectBin(0);
    assertNull(vm.selectedEventProperty().get(), "a selection made elsewhere unpicks the event");
  }

  @Test
  void aResultWithoutATimeColumnHasNoSeries() {
    results.setData(SeriesFixtures.tabular(10));
    assertNull(vm.seriesProperty().get());
    assertNull(vm.rangeProperty().get());
    assertTrue(vm.events().isEmpty());
  }
}
