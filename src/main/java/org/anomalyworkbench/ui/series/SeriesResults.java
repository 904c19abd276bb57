package org.anomalyworkbench.ui.series;

import javafx.scene.control.Tab;
import org.anomalyworkbench.ui.results.ResultsView;

/**
 * Puts the series view into the results step while the result is a series (it has a TIME
 * column): a "Series" tab first under the histogram, given more of the height, and a "Flagged
 * events" tab first in the records area; both leave again for a result without time.
 */
public final class SeriesResults {
  /** Histogram share of the left column while the series shows: the lanes need the height. */
  private static final double HISTOGRAM_SHARE = 0.34;

  private final ResultsView view;
  private final Tab seriesTab;
  private final Tab eventsTab;
  private final SeriesPane pane;

  /** Attaches the series view for {@code vm} to {@code view}. */
  public SeriesResults(ResultsView view, SeriesViewModel vm) {
    this.view = view;
    pane = new SeriesPane(vm);
    seriesTab = new Tab("Series", pane);
    seriesTab.setId("seriesTab");
    eventsTab = new Tab("Flagged events", new EventsPane(vm));
    eventsTab.setId("eventsTab");
    // A series, or a time column too broken to read (the tab then says why).
    Runnable update = () -> show(vm.seriesProperty().get() != null || !vm.noteProperty().get().isEmpty());
    vm.seriesProperty().addListener((o, a, b) -> update.run());
    vm.noteProperty().addListener((o, a, b) -> update.run());
    update.run();
  }

  private void show(boolean series) {
    boolean shown = view.lowerTabs().getTabs().contains(seriesTab);
    if (series == shown) {
      return;
    }
    if (series) {
      view.lowerTabs().getTabs().add(0, seriesTab);
      view.recordsTabs().getTabs().add(0, eventsTab);
      view.lowerTabs().getSelectionModel().select(seriesTab);
      view.recordsTabs().getSelectionModel().select(eventsTab);
      view.leftSplit().setDividerPositions(HISTOGRAM_SHARE);
    } else {
      view.lowerTabs().getTabs().remove(seriesTab);
      view.recordsTabs().getTabs().remove(eventsTab);
      view.leftSplit().setDividerPositions(0.5);
    }
  }

  /** The canvas (tests drive it). */
  public SeriesCanvas canvas() {
    return pane.canvas();
  }
}
