package org.anomalyworkbench.ui.series;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.anomalyworkbench.ui.common.Format;

/** The events tab's content: a count of the flagged events and their {@link EventsTable}. */
final class EventsPane extends VBox {

  EventsPane(SeriesViewModel vm) {
    getStyleClass().add("panel");
    setSpacing(6);
    Label title = new Label();
    title.setId("eventsTitle");
    title.getStyleClass().add("panel-title");
    title.textProperty().bind(Bindings.createStringBinding(() -> Format.count(vm.events().size())
        + " flagged event" + (vm.events().size() == 1 ? "" : "s") + " (runs of flagged points)", vm.events()));
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    Label hint = new Label("Click an event to zoom the series to it and show its peak row.");
    hint.getStyleClass().add("panel-hint");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    EventsTable table = new EventsTable(vm);
    VBox.setVgrow(table, Priority.ALWAYS);
    getChildren().addAll(title, hint, table);
  }
}
