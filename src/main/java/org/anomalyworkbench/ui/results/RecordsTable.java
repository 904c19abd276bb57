package org.anomalyworkbench.ui.results;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.common.Format;
import tech.tablesaw.columns.Column;

/**
 * Binds the records TableView to the ViewModel: columns for rank, row, score, label and every
 * dataset column, cells read lazily from the table; header clicks set the ViewModel's sort key
 * (the list is virtual, so the TableView must not sort it itself); row selection feeds the
 * shared selection.
 */
final class RecordsTable {
  private final TableView<Integer> table;
  private final ResultsViewModel vm;
  private boolean syncing;

  RecordsTable(TableView<Integer> table, ResultsViewModel vm) {
    this.table = table;
    this.vm = vm;
    table.setItems(vm.records());
    table.setFixedCellSize(24);
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
    placeholder.setWrapText(true);
    placeholder.setId("recordsPlaceholder");
    placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::placeholderText,
        vm.filterProperty(), vm.textFilterProperty(), vm.flaggedCountProperty(), vm.topKProperty()));
    table.setPlaceholder(placeholder);
    table.setSortPolicy(t -> {
      applySort();
      return true;
    });
    table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> onTableSelection());
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(Integer row, boolean empty) {
        super.updateItem(row, empty);
        boolean flagged = !empty && row != null && vm.getData() != null
            && vm.getData().scores().value(row) >= vm.getThreshold();
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unflagged"), !empty && !flagged);
      }
    });
    vm.dataProperty().addListener((o, a, b) -> rebuildColumns());
    vm.thresholdProperty().addListener((o, a, b) -> {
      if (vm.filterProperty().get() != null) {
        table.refresh();
      }
    });
    vm.filterProperty().addListener((o, a, b) -> table.scrollTo(0));
    rebuildColumns();
  }

  /** Why the table is empty: the text filter, the selection, or no row at the threshold. */
  String placeholderText() {
    String text = vm.textFilterProperty().get() == null ? "" : vm.textFilterProperty().get().trim();
    RowSelection selection = vm.filterProperty().get();
    if (!text.isEmpty()) {
      return (selection != null ? "No selected row" : "No flagged row") + " matches \u201c" + text
          + "\u201d. Clear the filter box to see them all.";
    }
    if (selection != null) {
      return "The selection (" + selection.description() + ") holds no rows.";
    }
    return "No rows at or above the threshold.";
  }

  private void rebuildColumns() {
    table.getColumns().clear();
    ResultsData d = vm.getData();
    if (d == null) {
      return;
    }
    table.getColumns().add(column("Rank", SortKey.SCORE, 56, row -> Format.count(d.ranked().rankOf(row) + 1)));
    table.getColumns().add(column("Row", SortKey.ROW, 64, row -> Integer.toString(row + 1)));
    TableColumn<Integer, String> score = column("Score", SortKey.SCORE, 90, row -> Format.score(d.scores().value(row)));
    score.setSortType(TableColumn.SortType.DESCENDING);
    table.getColumns().add(score);
    List<ColumnInfo> ordered = new ArrayList<>();
    d.dataset().schema().columns().stream().filter(c -> c.role() == ColumnRole.LABEL).forEach(ordered::add);
    d.dataset().schema().columns().stream().filter(c -> c.role() == ColumnRole.ID).forEach(ordered::add);
    d.dataset().schema().columns().stream()
        .filter(c -> c.role() != ColumnRole.LABEL && c.role() != ColumnRole.ID).forEach(ordered::add);
    for (ColumnInfo c : ordered) {
      Column<?> col = d.dataset().table().column(c.name());
      TableColumn<Integer, String> tc = column(c.name(), c.name(), c.role() == ColumnRole.LABEL ? 60 : 84,
          row -> Format.cell(col, row, 5));
      if (col instanceof tech.tablesaw.api.NumericColumn<?>) {
        tc.getStyleClass().add("numeric-column");
      }
      table.getColumns().add(tc);
    }
  }

  private TableColumn<Integer, String> column(String title, String key, double width,
      java.util.function.IntFunction<String> text) {
    TableColumn<Integer, String> c = new TableColumn<>(title);
    c.setUserData(key);
    c.setPrefWidth(width);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue() == null ? "" : text.apply(cd.getValue())));
    if (key.equals(SortKey.SCORE) || key.equals(SortKey.ROW)) {
      c.getStyleClass().add("numeric-column");
    }
    return c;
  }

  private void applySort() {
    if (table.getSortOrder().isEmpty()) {
      vm.sortKeyProperty().set(SortKey.SCORE_DESCENDING);
      return;
    }
    TableColumn<Integer, ?> c = table.getSortOrder().get(0);
    String key = (String) c.getUserData();
    boolean ascending = c.getSortType() == TableColumn.SortType.ASCENDING;
    if (c.getText().equals("Rank")) {
      // Rank 1 first means highest score first.
      ascending = !ascending;
    }
    vm.sortKeyProperty().set(new SortKey(key, ascending));
  }

  private void onTableSelection() {
    if (syncing) {
      return;
    }
    List<Integer> indices = table.getSelectionModel().getSelectedIndices();
    int[] rows = indices.stream().filter(i -> i >= 0 && i < vm.records().size())
        .mapToInt(i -> vm.records().rowAt(i)).toArray();
    if (rows.length > 0) {
      syncing = true;
      try {
        int focus = table.getSelectionModel().getSelectedIndex();
        vm.selectFromTable(rows);
        if (focus >= 0 && focus < vm.records().size()) {
          vm.focus(vm.records().rowAt(focus));
        }
      } finally {
        syncing = false;
      }
    }
  }
}
