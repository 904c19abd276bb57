package org.anomalyworkbench.ui.series;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.common.Format;

/**
 * The flagged events as a table: start, end, duration, peak score and points, in time order
 * until a header is clicked. Picking a row zooms the series to the event and selects it in the
 * shared selection (the view model does both); a pick made elsewhere clears the row selection.
 */
final class EventsTable extends TableView<FlaggedEvent> {
  private final SeriesViewModel vm;
  private boolean syncing;

  EventsTable(SeriesViewModel vm) {
    this.vm = vm;
    setId("eventsTable");
    SortedList<FlaggedEvent> sorted = new SortedList<>(vm.events());
    sorted.comparatorProperty().bind(comparatorProperty());
    setItems(sorted);
    setFixedCellSize(24);
    getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    setPlaceholder(new Label("No points score at or above the threshold."));
    getColumns().add(column("Start", 150, e -> axis().format(time(e.start())), e -> time(e.start())));
    getColumns().add(column("End", 150, e -> axis().format(time(e.end() - 1)), e -> time(e.end() - 1)));
    getColumns().add(column("Duration", 84, e -> axis().formatDuration(series().duration(e)), e -> series().duration(e)));
    TableColumn<FlaggedEvent, Cell> peak = column("Peak score", 90, e -> Format.score(e.peakScore()),
        e -> Double.isNaN(e.peakScore()) ? Double.NEGATIVE_INFINITY : e.peakScore());
    getColumns().add(peak);
    getColumns().add(column("Points", 64, e -> Format.count(e.length()), e -> (double) e.length()));
    getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (!syncing && b != null) {
        vm.selectEvent(b);
      }
    });
    // Follow picks made elsewhere (or cleared there) without picking again.
    vm.selectedEventProperty().addListener((o, a, b) -> {
      if (b != getSelectionModel().getSelectedItem()) {
        syncing = true;
        if (b == null) {
          getSelectionModel().clearSelection();
        } else {
          getSelectionModel().select(b);
          scrollTo(b);
        }
        syncing = false;
      }
    });
  }

  private SeriesData series() {
    return vm.seriesProperty().get();
  }

  private TimeAxis axis() {
    return series().axis();
  }

  private double time(int k) {
    return series().time()[k];
  }

  /** A column showing {@code text} and sorting by {@code key} (numbers, not their text). */
  private static TableColumn<FlaggedEvent, Cell> column(String title, double width,
      Function<FlaggedEvent, String> text, Function<FlaggedEvent, Double> key) {
    TableColumn<FlaggedEvent, Cell> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(new Cell(text.apply(cd.getValue()), key.apply(cd.getValue()))));
    if (!title.equals("Start") && !title.equals("End")) {
      c.getStyleClass().add("numeric-column");
    }
    return c;
  }

  /** A cell's text with the number it sorts by (the table's default comparator uses compareTo). */
  private record Cell(String text, double key) implements Comparable<Cell> {
    @Override
    public int compareTo(Cell o) {
      return Double.compare(key, o.key);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
