package org.anomalyworkbench.ui.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.junit.jupiter.api.Test;

class ImageDataViewModelTest {
  private final SimpleObjectProperty<Dataset> dataset = new SimpleObjectProperty<>();
  private final ImageDataViewModel vm = new ImageDataViewModel(dataset);

  @Test
  void listsTheClassesWithTheirCountsAndTheUnreadableFiles() {
    dataset.set(ImageTable.dataset(ImageFixtures.images(5), Set.of()));
    assertEquals(2, vm.classes().size());
    assertEquals("a", vm.classes().get(0).name());
    assertEquals(3, vm.classes().get(0).count());
    assertEquals(2, vm.classes().get(1).count());
    assertFalse(vm.classes().get(0).isNormal());
    assertEquals(1, vm.skipped().size());
    assertEquals("a/broken.png", vm.skipped().get(0).file());
    assertTrue(vm.skippedTextProperty().get().startsWith("1 file could not be read"), vm.skippedTextProperty().get());
    assertTrue(vm.normalTextProperty().get().startsWith("No class is marked normal"));
    assertEquals("Read as 2x2 grey, aspect kept (padded).", vm.readAsProperty().get());
    assertTrue(vm.foundProperty().get().contains("2x2 (5)"), vm.foundProperty().get());
  }

  @Test
  void tickingAClassMakesItNormalAndTheOthersAnomaliesInTheDataset() {
    dataset.set(ImageTable.dataset(ImageFixtures.images(5), Set.of()));
    Dataset before = dataset.get();
    vm.classes().get(1).normalProperty().set(true);
    assertEquals(Set.of("b"), ImageTable.normalClasses(dataset.get()));
    assertSame(before.images(), dataset.get().images(), "the same images, relabelled");
    assertEquals(1, dataset.get().table().intColumn("label").getInt(0), "image 0 is of class a: an anomaly now");
    assertTrue(vm.normalTextProperty().get().startsWith("Normal: b (2 images)"), vm.normalTextProperty().get());
    assertTrue(vm.normalTextProperty().get().contains("the other 3 count as anomalies"));
    // Undo (the dataset set back from outside) updates the boxes without another edit.
    dataset.set(before);
    assertFalse(vm.classes().get(1).isNormal());
    assertEquals(Set.of(), ImageTable.normalClasses(dataset.get()));
  }

  @Test
  void theBrowserShowsAllImagesOrOneClass() {
    dataset.set(ImageTable.dataset(ImageFixtures.images(5), Set.of()));
    assertEquals(5, vm.browsedProperty().get().size());
    assertEquals(java.util.List.of(ImageDataViewModel.ALL_CLASSES, "a", "b"), vm.browseChoices());
    vm.browseClassProperty().set("b");
    assertEquals(2, vm.browsedProperty().get().size());
    assertEquals(3, vm.browsedProperty().get().rowAt(1));
    assertEquals(-1, vm.browsedProperty().get().indexOf(2));
    dataset.set(null);
    assertEquals(0, vm.browsedProperty().get().size());
    assertEquals(0, vm.classes().size());
  }

  @Test
  void theOptionFieldsBecomeImageOptionsOrSayWhatIsWrong() {
    assertEquals(ImageOptions.automatic(), vm.options());
    vm.colourProperty().set(ImageOptions.Colour.RGB);
    vm.sizeProperty().set("32x24");
    vm.fitProperty().set(ImageOptions.Fit.STRETCH);
    assertEquals(new ImageOptions(ImageOptions.Colour.RGB, 32, 24, ImageOptions.Fit.STRETCH), vm.options());
    vm.sizeProperty().set("big");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, vm::options);
    assertTrue(e.getMessage().contains("WIDTHxHEIGHT"), e.getMessage());
  }
}
