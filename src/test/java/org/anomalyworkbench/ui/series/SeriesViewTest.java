package org.anomalyworkbench.ui.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.anomalyworkbench.core.evaluation.series.FlaggedEvent;
import org.anomalyworkbench.ui.chart.ChartPalette;
import org.anomalyworkbench.ui.results.CoreThresholds;
import org.anomalyworkbench.ui.results.ResultsData;
import org.anomalyworkbench.ui.results.ResultsView;
import org.anomalyworkbench.ui.results.ResultsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The results step on a 400-point series: events listed, picked, zoomed; wheel, drag and pan on the canvas. */
@ExtendWith(ApplicationExtension.class)
class SeriesViewTest {
  ResultsViewModel results;
  SeriesViewModel vm;
  SeriesResults series;
  ResultsData data;

  @Start
  void start(Stage stage) {
    ChartPalette.currentProperty().set(ChartPalette.LIGHT);
    results = new ResultsViewModel(new CoreThresholds());
    ResultsView view = new ResultsView(results, () -> { }, () -> { });
    vm = new SeriesViewModel(results);
    series = new SeriesResults(view, vm);
    // Events [100, 104) and [300, 301) at threshold 0.5 (set after the default rule's).
    data = SeriesFixtures.withSpikes(400, 100, 101, 102, 103, 300);
    results.setData(data);
    results.thresholdProperty().set(0.5);
    stage.setScene(new Scene(view.root(), 1200, 760));
    stage.show();
  }

  @SuppressWarnings("unchecked")
  private TableView<FlaggedEvent> events(FxRobot robot) {
    return robot.lookup("#eventsTable").queryAs(TableView.class);
  }

  private Node row(FxRobot robot, TableView<?> table, int index) {
    return robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getTableView() == table && r.getIndex() == index)
        .queryAs(Node.class);
  }

  @Test
  void typingKOfNBesideTheThresholdSmoothsTheFlagsOnScreen(FxRobot robot) {
    javafx.scene.control.TextField field = robot.lookup("#kOfNField").queryAs(javafx.scene.control.TextField.class);
    assertTrue(field.getParent().isVisible(), "a series shows the k of n field");
    assertEquals("1/1", field.getText());
    assertTrue(robot.lookup("#flaggedLabel").queryLabeled().getText().startsWith("Flagged 5 of 400"));
    robot.clickOn(field).eraseText(3).write("3/4").type(javafx.scene.input.KeyCode.ENTER);
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    // Points 102-104 have 3 of their last 4 among 100-103; the lone point 300 drops out.
    assertTrue(robot.lookup("#flaggedLabel").queryLabeled().getText().startsWith("Flagged 3 of 400"),
        robot.lookup("#flaggedLabel").queryLabeled().getText());
    assertEquals("1 flagged event (runs of flagged points)", robot.lookup("#eventsTitle").queryLabeled().getText());
    robot.interact(() -> results.setData(SeriesFixtures.tabular(30)));
    assertFalse(field.getParent().isVisible(), "a table has no k of n");
  }

  @Test
  void clickingAnEventZoomsTheSeriesAndShowsItsPeakRow(FxRobot robot) {
    TableView<FlaggedEvent> table = events(robot);
    assertEquals(2, table.getItems().size());
    assertEquals("2 flagged events (runs of flagged points)", robot.lookup("#eventsTitle").queryLabeled().getText());
    robot.clickOn(row(robot, table, 1));
    WaitForAsyncUtils.waitForFxEvents();
    // Event [300, 301): 20 points of context each side.
    assertEquals(new VisibleRange(280, 321), vm.rangeProperty().get());
    int peakRow = 399 - 300; // the fixture stores point k in file row n - 1 - k
    assertEquals(peakRow, results.focusedRowProperty().get());
    assertTrue(robot.lookup("#detailTitle").queryLabeled().getText().startsWith("Row " + (peakRow + 1) + " "),
        robot.lookup("#detailTitle").queryLabeled().getText());
    assertEquals(1, results.records().size(), "the rows table lists the event's one row");
    robot.clickOn(row(robot, table, 0));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new VisibleRange(80, 124), vm.rangeProperty().get());
    assertEquals(399 - 103, results.focusedRowProperty().get(), "point 103 peaks (score 1.103)");
    assertTrue(robot.lookup("#seriesReset").queryButton().isVisible());
    robot.clickOn("#seriesReset");
    assertEquals(new VisibleRange(0, 400), vm.rangeProperty().get());
  }

  @Test
  void theEventsFollowATypedThreshold(FxRobot robot) {
    robot.doubleClickOn("#thresholdField").eraseText(12).write("1.4").type(KeyCode.ENTER);
    assertTrue(events(robot).getItems().isEmpty());
    robot.doubleClickOn("#thresholdField").eraseText(12).write("1.1015").type(KeyCode.ENTER);
    assertEquals(2, events(robot).getItems().size(), "points 102-103 (1.102, 1.103) and point 300 (1.3)");
    assertEquals(102, events(robot).getItems().get(0).start());
    assertEquals(2, events(robot).getItems().get(0).length());
  }

  @Test
  void wheelDragPanAndDoubleClickOnTheCanvas(FxRobot robot) {
    SeriesCanvas canvas = series.canvas();
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(Double.isNaN(canvas.pixelOf(0)), "painted");
    assertEquals(2, canvas.shownChannels(), "both channels fit in 1200x760");
    double y = canvas.scoreLaneMiddle();
    // The wheel turned away from the user (deltaY > 0) zooms in. Fired directly: TestFX's robot
    // sends the opposite sign for "UP" under Monocle.
    robot.interact(() -> javafx.event.Event.fireEvent(canvas, wheel(canvas, canvas.pixelOf(200), y, 40)));
    WaitForAsyncUtils.waitForFxEvents();
    VisibleRange zoomed = vm.rangeProperty().get();
    // One notch shows 80%, with point 200 (the middle) staying in the middle.
    assertEquals(new VisibleRange(40, 360), zoomed);
    // The double click is fired directly too: on a loaded machine the robot's two clicks can land
    // further apart than the platform's double-click interval and count as two single clicks.
    robot.interact(() -> javafx.event.Event.fireEvent(canvas, doubleClick(canvas, canvas.pixelOf(200), y)));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(new VisibleRange(0, 400), vm.rangeProperty().get());

    Point2D from = canvas.localToScreen(canvas.pixelOf(100), y);
    Point2D to = canvas.localToScreen(canvas.pixelOf(200), y);
    robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
    WaitForAsyncUtils.waitForFxEvents();
    VisibleRange dragged = vm.rangeProperty().get();
    assertTrue(Math.abs(dragged.from() - 100) <= 1 && Math.abs(dragged.to() - 200) <= 1, dragged.toString());

    // Shift-drag by a quarter of the width pans 25 points later.
    Point2D right = canvas.localToScreen(canvas.pixelOf(175), y);
    Point2D left = canvas.localToScreen(canvas.pixelOf(150), y);
    robot.press(KeyCode.SHIFT).drag(right, MouseButton.PRIMARY).moveTo(left).drop().release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    VisibleRange panned = vm.rangeProperty().get();
    assertEquals(dragged.span(), panned.span());
    assertTrue(Math.abs(panned.from() - dragged.from() - 25) <= 1, dragged + " -> " + panned);

    robot.clickOn(canvas.localToScreen(canvas.pixelOf(panned.from() + 10), y));
    assertEquals(399 - (panned.from() + 10), results.focusedRowProperty().get(), "a click shows that point's row");
  }

  private static javafx.scene.input.MouseEvent doubleClick(Node target, double x, double y) {
    Point2D screen = target.localToScreen(x, y);
    return new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, screen.getX(),
        screen.getY(), javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false, true, false, false,
        true, false, true, null);
  }

  private static javafx.scene.input.ScrollEvent wheel(Node target, double x, double y, double deltaY) {
    Point2D screen = target.localToScreen(x, y);
    return new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y, screen.getX(), screen.getY(),
        false, false, false, false, false, false, 0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
        0, javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
  }

  @Test
  void aResultWithoutTimeHasNoSeriesTabs(FxRobot robot) {
    assertNotNull(robot.lookup("#seriesCanvas").tryQuery().orElse(null));
    robot.interact(() -> results.setData(SeriesFixtures.tabular(50)));
    assertTrue(robot.lookup("#eventsTable").tryQuery().isEmpty());
    assertTrue(robot.lookup("#seriesCanvas").tryQuery().isEmpty());
    robot.interact(() -> results.setData(data));
    assertTrue(robot.lookup("#seriesCanvas").tryQuery().isPresent());
  }
}
