package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.WorkbenchFlowTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A series through the whole window with the real core: the server-metrics sample, the LSTM
 * picked and trained, a flagged event clicked in the results.
 */
@ExtendWith(ApplicationExtension.class)
class SeriesFlowTest {
  MainViewModel vm;

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    MainWindow window = new MainWindow(vm);
    stage.setScene(new javafx.scene.Scene(window.root(), 1240, 760));
    stage.show();
  }

  @Test
  void openTheSeriesSampleTrainTheLstmAndClickAFlaggedEvent(FxRobot robot) throws Exception {
    robot.clickOn("#sampleCard-server-metrics");
    waitFor(() -> vm.datasetProperty().get() != null);
    assertEquals(4032, vm.datasetProperty().get().rows());
    assertEquals(ColumnRole.TIME, vm.datasetProperty().get().schema().column("time").orElseThrow().role());

    robot.clickOn("#step-detector");
    // The picker lists every detector; at this window size the LSTM is below the fold.
    javafx.scene.control.ListView<?> list = robot.lookup("#detectorList").queryAs(javafx.scene.control.ListView.class);
    robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
    WaitForAsyncUtils.waitForFxEvents();
    FlowServices.scrollToDetector(robot, "lstm");
    robot.clickOn("#detector-lstm");
    assertEquals("lstm", vm.detector().selectedProperty().get().id());
    type(robot, "#param-epochs", "2");
    type(robot, "#param-window", "48");
    type(robot, "#param-hidden", "8");
    assertTrue(vm.detector().validProperty().get(), vm.detector().firstError());

    robot.type(KeyCode.F5);
    waitFor(() -> vm.outcomeProperty().get() != null, 120);
    assertTrue(vm.train().history().epochs() >= 1, "loss points arrived");

    robot.clickOn("#showResults");
    waitFor(() -> robot.lookup("#eventsTable").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<Object> events = robot.lookup("#eventsTable").queryAs(TableView.class);
    waitFor(() -> !events.getItems().isEmpty());
    assertTrue(robot.lookup("#seriesReset").queryButton().isDisabled(), "the whole series is shown");
    Node first = robot.lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getTableView() == events && r.getIndex() == 0).queryAs(Node.class);
    robot.clickOn(first);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup("#seriesReset").queryButton().isDisabled(), "zoomed to the event");
    assertTrue(robot.lookup("#detailTitle").queryLabeled().getText().startsWith("Row "),
        robot.lookup("#detailTitle").queryLabeled().getText());
  }

  private static void type(FxRobot robot, String field, String value) {
    robot.doubleClickOn(field).eraseText(8).write(value);
  }
}
