package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.images.TestImages;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's image path without a display, on the real core: a folder opened (with an
 * unreadable file), a class marked normal and undone, the detector step's compatibility and
 * scaling, a training run and the flagged images copied out.
 */
class ImageWorkflowTest {
  @TempDir
  Path dir;

  private MainViewModel opened(Path folder) {
    MainViewModel vm = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    vm.openFile(folder);
    return vm;
  }

  @Test
  void aFolderOpensAsImagesAndItsUnreadableFilesAreCountedAndListed() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 12, 8, 1);
    Files.writeString(folder.resolve("normal").resolve("broken.png"), "not a png");
    MainViewModel vm = opened(folder);
    assertTrue(vm.datasetProperty().get().isImages(), vm.statusProperty().get());
    assertEquals(24, vm.datasetProperty().get().rows());
    assertEquals("Opened bars: 24 images; 1 file could not be read (listed in the Data step).",
        vm.statusProperty().get());
    assertEquals(1, vm.images().skipped().size());
    assertEquals("normal/broken.png", vm.images().skipped().get(0).file());
    assertFalse(vm.images().skipped().get(0).reason().isEmpty());
    assertEquals(Step.DATA, vm.stepProperty().get());
  }

  @Test
  void markingAClassNormalIsUndoneWithCtrlZAndReadingAgainKeepsTheMark() {
    MainViewModel vm = opened(TestImages.bars(dir.resolve("bars"), 10, 8, 2));
    vm.images().classes().stream().filter(c -> c.name().equals("normal")).findFirst().orElseThrow()
        .normalProperty().set(true);
    assertEquals(Set.of("normal"), ImageTable.normalClasses(vm.datasetProperty().get()));
    assertEquals("normal classes (normal → none)", vm.undoDescriptionProperty().get());

    vm.undo();
    assertEquals(Set.of(), ImageTable.normalClasses(vm.datasetProperty().get()));
    assertEquals("Undid: normal classes (normal → none).", vm.statusProperty().get());
    assertTrue(vm.images().classes().stream().noneMatch(c -> c.isNormal()));

    vm.images().classes().get(0).normalProperty().set(true);
    vm.images().sizeProperty().set("4x4");
    vm.openFolder(vm.datasetProperty().get().images().root());
    assertEquals(4, vm.datasetProperty().get().images().options().width());
    assertEquals(Set.of("normal"), ImageTable.normalClasses(vm.datasetProperty().get()), "kept on reading again");
  }

  @Test
  void aBadSizeIsRefusedWithTheReasonBeforeReading() {
    MainViewModel vm = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    vm.images().sizeProperty().set("28 by 28");
    vm.openFolder(TestImages.bars(dir.resolve("bars"), 2, 8, 3));
    assertTrue(vm.statusProperty().get().contains("WIDTHxHEIGHT"), vm.statusProperty().get());
    assertEquals(null, vm.datasetProperty().get());
  }

  @Test
  void detectorsThatCannotReadImagesAreNotApplicableAndImagesScaleMinMax() {
    MainViewModel vm = opened(TestImages.bars(dir.resolve("bars"), 10, 8, 4));
    var detectors = vm.detector();
    assertEquals(org.anomalyworkbench.ui.detector.Scaling.MIN_MAX, detectors.scalingProperty().get());
    var lstm = detectors.detectors().stream().filter(d -> d.id().equals("lstm")).findFirst().orElseThrow();
    var forest = detectors.detectors().stream().filter(d -> d.id().equals("isolation-forest")).findFirst().orElseThrow();
    assertFalse(detectors.applicable(lstm));
    assertTrue(detectors.applicable(forest));
    detectors.select("lstm");
    assertFalse(detectors.validProperty().get());
    assertTrue(detectors.firstError().contains("cannot read images"), detectors.firstError());
    detectors.select("isolation-forest");
    assertTrue(detectors.validProperty().get(), detectors.firstError());
    vm.openFile(dir.resolve("none.csv"));
    vm.datasetProperty().set(org.anomalyworkbench.core.data.SyntheticData.dataset("t", 50, 3, 0.1, 1));
    assertEquals(org.anomalyworkbench.ui.detector.Scaling.STANDARD, detectors.scalingProperty().get(),
        "a table goes back to standardising");
  }

  @Test
  void trainedImagesAreShownAndTheFlaggedOnesCopiedIntoAFolder() throws Exception {
    MainViewModel vm = opened(TestImages.bars(dir.resolve("bars"), 30, 8, 5));
    vm.images().classes().stream().filter(c -> c.name().equals("normal")).findFirst().orElseThrow()
        .normalProperty().set(true);
    vm.detector().select("zscore");
    assertTrue(vm.startTraining(), vm.statusProperty().get());
    assertNotNull(vm.outcomeProperty().get(), vm.statusProperty().get());
    assertTrue(vm.results().getData().dataset().isImages());
    vm.results().thresholdProperty().set(vm.results().getData().ranked().scoreAt(9));
    int flagged = vm.results().flaggedCountProperty().get();
    Path out = dir.resolve("flagged");
    String[] message = new String[1];
    vm.copyFlaggedImages(out, m -> message[0] = m);
    assertEquals("Copied " + flagged + " flagged images to " + out + ".", message[0]);
    try (var files = Files.walk(out)) {
      assertEquals(flagged, files.filter(Files::isRegularFile).count());
    }
    // Normal classes changed after training: the results stay, marked stale.
    vm.images().classes().get(1).normalProperty().set(true);
    assertNotNull(vm.outcomeProperty().get());
    assertTrue(vm.resultsStaleProperty().get());
    assertTrue(vm.results().noticeProperty().get().startsWith("Normal classes changed"));
  }

  @Test
  void theShapesSampleIsAnImageFolderWhoseOddImagesADetectorFinds() {
    MainViewModel vm = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    vm.openSample(org.anomalyworkbench.ui.data.Sample.byId("shapes"));
    var d = vm.datasetProperty().get();
    assertTrue(d.isImages());
    assertEquals(630, d.rows());
    assertEquals(Set.of("normal"), ImageTable.normalClasses(d));
    assertTrue(Files.isRegularFile(d.images().path(0)), "real files, for the detail pane and copies");
    vm.detector().select("isolation-forest");
    assertTrue(vm.startTraining(), vm.statusProperty().get());
    var r = vm.results().getData();
    int odd = 0;
    for (int rank = 0; rank < 30; rank++) {
      odd += d.images().classes().get(r.ranked().rowAt(rank)).equals("odd") ? 1 : 0;
    }
    // Measured 14 of 30 with these seeds (30 odd of 630: a ranking blind to the pixels finds about 1.4).
    assertTrue(odd >= 10, odd + " odd images among the 30 most anomalous");
  }

  @Test
  void optionsAreReadIntoImageOptions() {
    MainViewModel vm = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    vm.images().colourProperty().set(ImageOptions.Colour.GREY);
    vm.images().sizeProperty().set("6x6");
    vm.openFolder(TestImages.bars(dir.resolve("bars"), 3, 8, 6));
    assertEquals(new ImageOptions(ImageOptions.Colour.GREY, 6, 6, ImageOptions.Fit.PAD),
        vm.datasetProperty().get().images().options());
  }
}
