package org.anomalyworkbench.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.ui.MainViewModel;
import org.anomalyworkbench.ui.MainWindow;
import org.anomalyworkbench.ui.ScriptedTraining;
import org.anomalyworkbench.ui.TestServices;
import org.anomalyworkbench.ui.Theme;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The role picker by keyboard: arrow keys move through the roles without applying them (Up from
 * Ignored to Feature passes "Label (0/1)", which must not take the label from the real label
 * column); Enter applies the role reached as one undo step; Esc puts the applied role back.
 */
@ExtendWith(ApplicationExtension.class)
class RoleKeyboardTest {
  MainViewModel vm;

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(TestServices.scripted(new DirectTaskRunner(), new ScriptedTraining(2, 5)));
    MainWindow window = new MainWindow(vm);
    stage.setScene(new Scene(window.root(), 1024, 700));
    window.applyTheme(Theme.LIGHT);
    stage.show();
    vm.openSample(Sample.byId("sensors-small"));
    vm.data().setRole("x2", ColumnRole.IGNORED);
  }

  private ColumnRole role(String column) {
    return vm.datasetProperty().get().schema().column(column).orElseThrow().role();
  }

  @Test
  void arrowKeysMoveEnterAppliesEscPutsBack(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    @SuppressWarnings("unchecked")
    ComboBox<ColumnRole> box = robot.lookup("#role-x2").queryAs(ComboBox.class);
    String undoBefore = vm.undoDescriptionProperty().get();
    robot.interact(box::requestFocus);

    robot.type(KeyCode.UP); // opens the list on a closed box
    assertTrue(box.isShowing(), "Up opens the list");
    assertEquals(ColumnRole.IGNORED, role("x2"));
    robot.type(KeyCode.UP, 3); // TIME, ID, LABEL: passed, not applied
    assertEquals(ColumnRole.IGNORED, role("x2"), "moving through the list applies nothing");
    assertEquals(ColumnRole.LABEL, role("label"), "the label column keeps its role while passing 'Label (0/1)'");
    robot.type(KeyCode.UP); // FEATURE
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ColumnRole.FEATURE, role("x2"));
    assertEquals(ColumnRole.LABEL, role("label"));
    assertEquals("role of x2 (Feature → Ignored)", vm.undoDescriptionProperty().get(), "one undo step");
    robot.interact(vm::undo);
    assertEquals(ColumnRole.IGNORED, role("x2"));
    assertEquals(undoBefore, vm.undoDescriptionProperty().get(), "and only one");

    robot.interact(box::requestFocus);
    robot.type(KeyCode.DOWN);
    robot.type(KeyCode.UP, 2);
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ColumnRole.IGNORED, role("x2"), "Esc applies nothing");
    assertEquals(ColumnRole.IGNORED, box.getValue(), "and the box shows the applied role again");
  }

  @Test
  void aClickOnARoleAppliesIt(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#role-x2");
    // The item in the open list, not another column's box that also shows "Feature".
    javafx.scene.Node item = robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
        && "Feature".equals(c.getText()) && n.getScene() != robot.lookup("#role-x2").query().getScene()).query();
    robot.clickOn(item);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(ColumnRole.FEATURE, role("x2"));
  }
}
