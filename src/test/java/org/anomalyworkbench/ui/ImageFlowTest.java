package org.anomalyworkbench.ui;

import static org.anomalyworkbench.ui.WorkbenchFlowTest.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.images.TestImages;
import org.anomalyworkbench.ui.images.ThumbnailGrid;
import org.anomalyworkbench.ui.task.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A folder of images through the whole window with the real core: opened from the Data step's
 * button, a class ticked normal, z-score trained, a flagged thumbnail clicked (the detail pane
 * shows it, the selection follows) and the arrow key moving to the next one.
 */
@ExtendWith(ApplicationExtension.class)
class ImageFlowTest {
  @TempDir
  static Path tmp;
  MainViewModel vm;
  MainWindow window;
  final AtomicReference<Path> folder = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    vm = new MainViewModel(FlowServices.create(new FxTaskRunner()));
    window = new MainWindow(vm);
    window.setFileDialogs(new CancellingDialogs() {
      @Override
      public Path chooseImageFolderToOpen(Path initialDirectory) {
        return folder.get();
      }
    });
    stage.setScene(new javafx.scene.Scene(window.root(), 1240, 760));
    window.applyTheme(Theme.LIGHT);
    stage.show();
  }

  @Test
  void openAFolderMarkANormalClassTrainAndClickAFlaggedThumbnail(FxRobot robot) throws Exception {
    folder.set(TestImages.bars(tmp.resolve("bars"), 40, 12, 9));
    robot.clickOn("#emptyOpenFolder");
    waitFor(() -> vm.datasetProperty().get() != null);
    assertEquals(80, vm.datasetProperty().get().rows());
    waitFor(() -> robot.lookup("#imageData").tryQuery().isPresent());
    ThumbnailGrid browser = window.imageData().pane().grid();
    assertEquals(80, browser.cells().size());

    robot.clickOn(robot.lookup("#normal-normal .check-box").queryAs(javafx.scene.Node.class));
    waitFor(() -> ImageTable.normalClasses(vm.datasetProperty().get()).equals(Set.of("normal")));
    assertTrue(robot.lookup("#normalText").queryLabeled().getText().startsWith("Normal: normal (40 images)"));

    robot.clickOn("#step-detector");
    robot.clickOn("#detector-zscore");
    assertEquals("zscore", vm.detector().selectedProperty().get().id());
    assertTrue(vm.detector().validProperty().get(), vm.detector().firstError());
    robot.type(KeyCode.F5);
    waitFor(() -> vm.outcomeProperty().get() != null, 60);

    robot.clickOn("#step-results");
    waitFor(() -> robot.lookup("#imageGrid").tryQuery().isPresent());
    ThumbnailGrid grid = window.imageResults().grid();
    waitFor(() -> grid.cells().size() == 80 && grid.getWidth() > 0);
    int top = vm.results().getData().ranked().rowAt(0);
    assertTrue(vm.results().getData().scores().value(top) >= vm.results().getThreshold(), "rank 1 is flagged");
    AtomicReference<Point2D> at = new AtomicReference<>();
    robot.interact(() -> at.set(grid.localToScreen(grid.centreOf(top))));
    robot.clickOn(at.get());
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(top, vm.results().focusedRowProperty().get());
    assertTrue(vm.results().selectionProperty().get().contains(top));
    String file = vm.datasetProperty().get().images().files().get(top);
    String title = robot.lookup("#imageDetailTitle").queryLabeled().getText();
    assertTrue(title.startsWith(file) && title.endsWith("flagged") && !title.endsWith("not flagged"), title);
    assertEquals(top, window.imageResults().detail().shownRow());
    assertNotNull(window.imageResults().detail().originalView().getImage());
    assertTrue(window.imageResults().detail().originalView().getImage().getUrl().endsWith(file), "read from the file");
    assertTrue(robot.lookup("#detailTitle").queryLabeled().getText().startsWith("Row " + (top + 1)),
        "the row detail follows");

    robot.type(KeyCode.RIGHT);
    int second = vm.results().getData().ranked().rowAt(1);
    assertEquals(second, vm.results().focusedRowProperty().get());
    assertEquals(second, window.imageResults().detail().shownRow());

    robot.clickOn("#imagesHeatMaps");
    assertTrue(window.imageResults().grid().cells().size() > 0);
    robot.clickOn("#imagesFlaggedOnly");
    assertEquals(vm.results().flaggedCountProperty().get(), grid.cells().size());
  }
}
