package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.WorkbenchFlowTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.explain.RowExplainer;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Explain this row" in the window: trains knn on a sample, selects a flagged row, clicks the
 * button and sees Shapley values that add up to the score minus the background's mean; another
 * row clears them; the export (Ctrl+E) writes them on request.
 */
@ExtendWith(ApplicationExtension.class)
class ShapleyFlowTest {
  @TempDir
  Path tmp;
  MainViewModel vm;
  MainWindow window;
  final AtomicReference<Path> exportTarget = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    window = new MainWindow(vm);
    window.setFileDialogs(new CancellingDialogs() {
      @Override
      public Path chooseCsvToSave(Path initialDirectory, String suggestedName) {
        return exportTarget.get();
      }
    });
    stage.setScene(new Scene(window.root(), 1240, 760));
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  @Test
  void explainThisRowShowsValuesThatAddUpAndExportWritesThem(FxRobot robot) throws Exception {
    robot.clickOn("#sampleCard-sensors-small");
    waitFor(() -> vm.datasetProperty().get() != null);
    robot.clickOn("#step-detector");
    FlowServices.scrollToDetector(robot, "knn");
    robot.clickOn("#detector-knn");
    robot.type(KeyCode.F5);
    waitFor(() -> vm.outcomeProperty().get() != null, 120);
    robot.clickOn("#showResults");
    WaitForAsyncUtils.waitForFxEvents();

    Button explain = robot.lookup("#explainRow").queryAs(Button.class);
    assertTrue(explain.isDisabled(), "no row selected yet");
    assertEquals("Select a row first.", vm.shapley().unavailableProperty().get());

    // The first row of the flagged records: the most anomalous.
    TableView<?> records = robot.lookup("#recordsTable").queryAs(TableView.class);
    robot.clickOn(robot.from(records).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    int row = vm.results().focusedRowProperty().get();
    assertTrue(row >= 0 && vm.results().getData().scores().value(row) >= vm.results().getThreshold(), "a flagged row");
    assertFalse(explain.isDisabled());
    robot.clickOn("#explainRow");
    waitFor(() -> vm.shapley().explanationProperty().get() != null, 60);

    RowExplainer.RowExplanation e = vm.shapley().explanationProperty().get();
    assertEquals(row, e.row());
    assertEquals(vm.results().getData().scores().value(row), e.shapley().score(), 1e-4, "the row's own score");
    double sum = Arrays.stream(e.shapley().values()).sum();
    assertEquals(e.shapley().score() - e.shapley().base(), sum, 1e-6, "sum of values = score - base");
    TableView<?> table = robot.lookup("#shapleyTable").queryAs(TableView.class);
    assertTrue(table.isVisible());
    assertEquals(vm.datasetProperty().get().schema().features().size(), table.getItems().size(), "one line a column");
    assertTrue(window.shapleyPanel().tab().isSelected(), "the values' tab is in front");
    String heading = robot.lookup("#shapleyHeading").queryAs(Label.class).getText();
    assertTrue(heading.startsWith("Row " + (row + 1) + ": score "), heading);
    assertTrue(heading.contains("= mean background score"), heading);
    assertTrue(robot.lookup("#shapleyNote").queryAs(Label.class).getText()
        .contains("Sum of values = score − mean background score"));

    // Moving the threshold changes the background: the values go, and the tab says why.
    double before = vm.results().getThreshold();
    robot.interact(() -> vm.results().thresholdProperty().set(before * 1.01 + 1e-6));
    assertNull(vm.shapley().explanationProperty().get());
    assertTrue(vm.shapley().messageProperty().get().startsWith("The threshold moved"),
        vm.shapley().messageProperty().get());
    robot.interact(() -> vm.results().thresholdProperty().set(before));
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
    waitFor(() -> vm.shapley().explanationProperty().get() != null, 60);
    assertEquals("", vm.shapley().messageProperty().get());

    // Another row: the old values go.
    robot.clickOn(robot.from(records).lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(vm.results().focusedRowProperty().get() != row);
    assertNull(vm.shapley().explanationProperty().get());
    assertFalse(table.isVisible());
    // Ctrl+Shift+X explains it.
    robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
    waitFor(() -> vm.shapley().explanationProperty().get() != null, 60);
    assertEquals(vm.results().focusedRowProperty().get(), vm.shapley().explanationProperty().get().row());

    // Export with the option on: Shapley columns after top_features, values for flagged rows.
    Path out = tmp.resolve("flagged.csv");
    exportTarget.set(out);
    robot.interact(() -> vm.exportShapleyProperty().set(true));
    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
    waitFor(() -> Files.exists(out) && vm.statusProperty().get().startsWith("Exported"), 120);
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.get(0).contains("top_features,shapley_base,shapley_x1"), lines.get(0));
    assertTrue(vm.statusProperty().get().contains("with Shapley values for the"), vm.statusProperty().get());
    String[] first = lines.get(1).split(",", -1);
    assertFalse(first[first.length - 1].isEmpty(), "the most anomalous row has values: " + lines.get(1));
  }
}
