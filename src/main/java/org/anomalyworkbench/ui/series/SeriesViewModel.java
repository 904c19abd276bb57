package org.anomalyworkbench.ui.series;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.anomalyworkbench.ui.results.RowSelection;

/**
 * State of the series view over the shared results state: the series in time order (when the
 * result has a TIME column), the visible range the canvas zooms and pans, and the flagged
 * events at the shared threshold and k of n, recomputed whenever either changes. Picking an event
 * zooms to it and makes its points the shared selection with its peak row focused, so the
 * histogram, the records table and the detail follow as they do for any selection.
 */
public final class SeriesViewModel {
  /** Fewest points a zoom may show: closer than this the lanes are lines between a few dots. */
  public static final int MIN_SPAN = 10;
  /** Points shown at least on each side of a zoomed-to event, so its onset and end have context. */
  public static final int MIN_MARGIN = 20;

  private final ResultsViewModel results;
  private final ReadOnlyObjectWrapper<SeriesData> series = new ReadOnlyObjectWrapper<>(this, "series");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyObjectWrapper<VisibleRange> range = new ReadOnlyObjectWrapper<>(this, "range");
  private final ReadOnlyObjectWrapper<boolean[]> flags = new ReadOnlyObjectWrapper<>(this, "flags");
  private final ObservableList<FlaggedEvent> events = FXCollections.observableArrayList();
  private final ObservableList<FlaggedEvent> readOnlyEvents = FXCollections.unmodifiableObservableList(events);
  private final ReadOnlyObjectWrapper<FlaggedEvent> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
  /** The shared selection this view made, to tell it from one made elsewhere. */
  private RowSelection ownSelection;

  /** @param results the shared results state this view follows and feeds */
  public SeriesViewModel(ResultsViewModel results) {
    this.results = results;
    results.dataProperty().addListener((o, a, b) -> load(b));
    results.thresholdProperty().addListener((o, a, b) -> recomputeEvents());
    results.kOfNProperty().addListener((o, a, b) -> recomputeEvents());
    results.selectionProperty().addListener((o, a, b) -> {
      if (b != ownSelection) {
        selectedEvent.set(null);
      }
    });
    load(results.getData());
  }

  private void load(ResultsData data) {
    selectedEvent.set(null);
    SeriesData s = null;
    String why = "";
    if (data != null) {
      try {
        s = SeriesData.of(data).orElse(null);
      } catch (DataImportException e) {
        why = "No series view: " + e.getMessage();
      }
    }
    note.set(why);
    series.set(s);
    range.set(s == null || s.points() == 0 ? null : new VisibleRange(0, s.points()));
    recomputeEvents();
  }

  private void recomputeEvents() {
    SeriesData s = series.get();
    if (s == null) {
      flags.set(null);
      events.clear();
      return;
    }
    // The series is in time order, so k of n applies to its scores directly.
    boolean[] f = results.isSmoothed() && !Double.isNaN(results.getThreshold())
        ? results.kOfNProperty().get().apply(s.scores(), results.getThreshold()) : s.flags(results.getThreshold());
    flags.set(f);
    List<FlaggedEvent> now = s.events(f);
    events.setAll(now);
    FlaggedEvent selected = selectedEvent.get();
    if (selected != null && !now.contains(selected)) {
      // The event changed shape under the new threshold; the zoom stays, the pick does not.
      selectedEvent.set(null);
    }
  }

  /** Zooms by {@code factor} (below 1 zooms in) keeping point position {@code anchor} where it is on screen. */
  public void zoom(double factor, double anchor) {
    VisibleRange r = range.get();
    if (r == null) {
      return;
    }
    range.set(r.around(anchor, Math.round(r.span() * factor), MIN_SPAN, series.get().points()));
  }

  /** Shows points {@code [from, to)} (widened around their middle to {@link #MIN_SPAN}, clamped to the series). */
  public void zoomToRange(int from, int to) {
    SeriesData s = series.get();
    if (s == null) {
      return;
    }
    int lo = Math.min(from, to);
    int hi = Math.max(from, to);
    int span = Math.max(Math.min(MIN_SPAN, s.points()), hi - lo);
    range.set(VisibleRange.clamp(lo - (span - (hi - lo)) / 2, span, s.points()));
  }

  /** Shifts the view by {@code points} (positive = later), stopping at the ends. */
  public void pan(int points) {
    VisibleRange r = range.get();
    if (r != null) {
      range.set(VisibleRange.clamp((long) r.from() + points, r.span(), series.get().points()));
    }
  }

  /** Shows the whole series. */
  public void reset() {
    SeriesData s = series.get();
    if (s != null) {
      range.set(new VisibleRange(0, s.points()));
    }
  }

  /**
   * Shows {@code e} with {@code max(MIN_MARGIN, its length)} points of context on each side, so
   * an event fills about a third of the view and a one-point spike still shows its neighbours.
   */
  public void zoomTo(FlaggedEvent e) {
    int margin = Math.max(MIN_MARGIN, e.length());
    zoomToRange(Math.max(0, e.start() - margin), Math.min(series.get().points(), e.end() + margin));
  }

  /** Picks {@code e}: zooms to it, selects its rows in the shared selection and shows its peak row in the detail. */
  public void selectEvent(FlaggedEvent e) {
    SeriesData s = series.get();
    if (s == null || e == null) {
      return;
    }
    zoomTo(e);
    ownSelection = RowSelection.of(s.rowsOf(e.start(), e.end()), RowSelection.Source.SERIES,
        "event " + s.axis().format(s.time()[e.start()]) + " (" + e.length() + " points)");
    results.selectionProperty().set(ownSelection);
    selectedEvent.set(e);
    results.focus(s.rowOf(e.peakIndex()));
  }

  /** Shows point {@code k}'s row in the detail panel (a click on the series). */
  public void focusPoint(int k) {
    SeriesData s = series.get();
    if (s != null && k >= 0 && k < s.points()) {
      results.focus(s.rowOf(k));
    }
  }

  /** The point whose row the detail panel shows, or -1. */
  public int focusedPoint() {
    SeriesData s = series.get();
    int row = results.focusedRowProperty().get();
    return s == null || row < 0 || row >= s.points() ? -1 : s.pointOf(row);
  }

  /** The series of the current result, or null when it has no TIME column. */
  public ReadOnlyObjectProperty<SeriesData> seriesProperty() {
    return series.getReadOnlyProperty();
  }

  /** Why a result with a TIME column has no series view (a bad time value), or "". */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The points on screen, or null without a series. */
  public ReadOnlyObjectProperty<VisibleRange> rangeProperty() {
    return range.getReadOnlyProperty();
  }

  /** Which points are flagged at the shared threshold, in time order, or null. */
  public ReadOnlyObjectProperty<boolean[]> flagsProperty() {
    return flags.getReadOnlyProperty();
  }

  /** The flagged events at the shared threshold, in time order. */
  public ObservableList<FlaggedEvent> events() {
    return readOnlyEvents;
  }

  /** The event picked last, or null (cleared when the selection changes elsewhere or the event changes shape). */
  public ReadOnlyObjectProperty<FlaggedEvent> selectedEventProperty() {
    return selectedEvent.getReadOnlyProperty();
  }

  /** The shared results state. */
  public ResultsViewModel results() {
    return results;
  }
}
