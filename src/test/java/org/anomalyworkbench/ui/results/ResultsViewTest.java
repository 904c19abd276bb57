package org.anomalyworkbench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.anomalyworkbench.core.projection.DatasetProjection;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The linked results views driven by mouse and keyboard, on 1,000 rows with score = row index. */
@ExtendWith(ApplicationExtension.class)
class ResultsViewTest {
  ResultsViewModel vm;
  ResultsView view;
  ResultsData data;

  @Start
  void start(Stage stage) {
    ChartPalette.currentProperty().set(ChartPalette.LIGHT);
    vm = new ResultsViewModel(new CoreThresholds());
    view = new ResultsView(vm, () -> { }, () -> { });
    data = ResultsFixtures.linear(1000);
    vm.setData(data);
    vm.setProjection(DatasetProjection.of(data.dataset()), "");
    stage.setScene(new Scene(view.root(), 1200, 760));
    stage.show();
  }

  @SuppressWarnings("unchecked")
  TableView<Integer> table(FxRobot robot) {
    return robot.lookup("#recordsTable").queryAs(TableView.class);
  }

  @Test
  void typedThresholdAndStrategiesUpdateTheCount(FxRobot robot) {
    robot.doubleClickOn("#thresholdField").eraseText(12).write("900").type(KeyCode.ENTER);
    assertEquals(100, vm.flaggedCountProperty().get());
    assertEquals(100, table(robot).getItems().size());
    assertTrue(robot.lookup("#flaggedLabel").queryLabeled().getText().startsWith("Flagged 100 of 1,000 rows (10.0%)"));
    robot.clickOn("#strategyBox").clickOn("Top % (contamination)");
    robot.doubleClickOn("#strategyParameter").eraseText(6).write("2").type(KeyCode.ENTER);
    assertEquals(20, vm.flaggedCountProperty().get());
  }

  @Test
  void headerClickSortsAndRowSelectionHighlightsTheBin(FxRobot robot) {
    TableView<Integer> t = table(robot);
    assertEquals(999, t.getItems().get(0));
    robot.clickOn("Score");
    WaitForAsyncUtils.waitForFxEvents();
    int first = t.getItems().get(0);
    int second = t.getItems().get(1);
    assertTrue(data.scores().value(first) <= data.scores().value(second), "a second order after the click");
    robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) ->
        r.getTableView() == t && r.getIndex() == 0).queryAs(javafx.scene.Node.class));
    int row = vm.focusedRowProperty().get();
    assertEquals(t.getItems().get(0), row);
    assertNotNull(vm.selectionProperty().get());
    assertNull(vm.filterProperty().get(), "selecting in the table does not filter the table");
    assertTrue(vm.highlightedBinsProperty().get()[vm.histogramProperty().get().binOf(row)]);
    assertTrue(robot.lookup("#detailTitle").queryLabeled().getText().startsWith("Row " + (row + 1)));
  }

  @Test
  void textFilterAndTopK(FxRobot robot) {
    robot.clickOn("#recordsSearch").write("999");
    // Of the 50 flagged rows (scores 950-999), exactly those whose 1-based number is 999 (row
    // index 998) or whose cells contain "999" remain, most anomalous first.
    java.util.List<Integer> expected = ResultsFixtures.matching(data, 1000, 950, "999");
    assertTrue(expected.contains(998) && expected.size() < 50, expected.toString());
    assertEquals(expected, java.util.List.copyOf(table(robot).getItems()));
    robot.doubleClickOn("#recordsSearch").eraseText(3);
    robot.doubleClickOn(robot.lookup("#topK .text-field").queryAs(javafx.scene.Node.class)).eraseText(4)
        .write("7").type(KeyCode.ENTER);
    assertEquals(7, table(robot).getItems().size());
  }

  @Test
  void anEmptyTableSaysWhetherTheFilterOrTheThresholdEmptiedIt(FxRobot robot) {
    javafx.scene.control.Label placeholder = (javafx.scene.control.Label) table(robot).getPlaceholder();
    robot.interact(() -> vm.textFilterProperty().set("no such text"));
    assertEquals(0, table(robot).getItems().size());
    assertEquals("No flagged row matches \u201cno such text\u201d. Clear the filter box to see them all.",
        placeholder.getText());
    robot.interact(() -> {
      vm.textFilterProperty().set("");
      vm.thresholdProperty().set(5000);
    });
    assertEquals(0, table(robot).getItems().size());
    assertEquals("No rows at or above the threshold.", placeholder.getText());
  }

  @Test
  void brushingTheScatterFiltersTheTable(FxRobot robot) {
    ScatterCanvas scatter = view.scatter();
    WaitForAsyncUtils.waitForFxEvents();
    double[] p = scatter.pointOf(0);
    assertNotNull(p, "scatter painted");
    Point2D from = scatter.localToScreen(p[0] - 15, p[1] - 15);
    robot.drag(from, MouseButton.PRIMARY).moveBy(30, 30).drop();
    WaitForAsyncUtils.waitForFxEvents();
    RowSelection f = vm.filterProperty().get();
    assertNotNull(f);
    assertEquals(RowSelection.Source.SCATTER, f.source());
    assertTrue(f.contains(0), "the point under the brush is selected");
    assertEquals(f.size(), table(robot).getItems().size());
    robot.clickOn("#clearSelection");
    assertNull(vm.filterProperty().get());
  }
}
