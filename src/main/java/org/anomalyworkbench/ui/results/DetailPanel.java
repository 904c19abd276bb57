package org.anomalyworkbench.ui.results;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.common.Format;

/**
 * The detail of the focused row: its values beside the feature medians and the bar chart of
 * per-feature contributions.
 */
final class DetailPanel {
  private final ResultsViewModel vm;
  private final Label title;
  private final TableView<RowDetail.Value> values;
  private final ContributionBars bars = new ContributionBars();
  private final javafx.scene.Node content;
  private final Label empty;

  DetailPanel(ResultsViewModel vm, Label title, TableView<RowDetail.Value> values, StackPane barsHolder,
      javafx.scene.Node content, Label empty) {
    this.vm = vm;
    this.title = title;
    this.values = values;
    this.content = content;
    this.empty = empty;
    barsHolder.getChildren().add(bars);
    values.setFixedCellSize(22);
    values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    values.getColumns().add(col("Column", 100, v -> v.column() + roleSuffix(v.role())));
    values.getColumns().add(col("Value", 84, RowDetail.Value::value));
    TableColumn<RowDetail.Value, String> median = col("Median", 84, RowDetail.Value::median);
    javafx.scene.control.Label header = new javafx.scene.control.Label("Median");
    header.setTooltip(new javafx.scene.control.Tooltip("Median of the column over the training rows"));
    median.setText(null);
    median.setGraphic(header);
    values.getColumns().add(median);
    values.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(RowDetail.Value v, boolean emptyRow) {
        super.updateItem(v, emptyRow);
        boolean top = !emptyRow && v != null && isTopFeature(v.column());
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("top-feature"), top);
      }
    });
    vm.focusedRowProperty().addListener((o, a, b) -> show(b.intValue()));
    vm.dataProperty().addListener((o, a, b) -> show(-1));
    show(-1);
  }

  private java.util.List<String> topFeatures = java.util.List.of();

  private boolean isTopFeature(String column) {
    return topFeatures.contains(column);
  }

  private void show(int row) {
    ResultsData d = vm.getData();
    boolean has = d != null && row >= 0 && row < d.rows();
    content.setVisible(has);
    empty.setVisible(!has);
    if (!has) {
      title.setText("Row detail");
      values.getItems().clear();
      bars.setContributions(null);
      return;
    }
    RowDetail detail = RowDetail.of(d, row);
    topFeatures = detail.contributions().stream().limit(3).map(RowDetail.Contribution::feature).toList();
    StringBuilder t = new StringBuilder("Row ").append(row + 1).append("  ·  score ")
        .append(Format.score(detail.score())).append("  ·  rank ").append(Format.count(detail.rank()))
        .append(" of ").append(Format.count(d.rows()));
    if (detail.label() >= 0) {
      t.append("  ·  labelled ").append(detail.label() == 1 ? "anomaly" : "normal");
    }
    t.append(detail.score() >= vm.getThreshold() ? "  ·  FLAGGED" : "  ·  not flagged");
    title.setText(t.toString());
    values.setItems(FXCollections.observableArrayList(detail.values()));
    bars.setContributions(detail.contributions());
  }

  private static String roleSuffix(ColumnRole role) {
    return switch (role) {
      case LABEL -> " (label)";
      case ID -> " (id)";
      case IGNORED -> " (ignored)";
      case TIME -> " (time)";
      case FEATURE -> "";
    };
  }

  private static TableColumn<RowDetail.Value, String> col(String name, double width,
      java.util.function.Function<RowDetail.Value, String> f) {
    TableColumn<RowDetail.Value, String> c = new TableColumn<>(name);
    c.setPrefWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
    return c;
  }
}
