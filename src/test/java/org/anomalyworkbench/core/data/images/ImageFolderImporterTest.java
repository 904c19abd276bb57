package org.anomalyworkbench.core.data.images;

import org.anomalyworkbench.core.data.ImageOptions;

import org.anomalyworkbench.core.data.ImageSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderImporterTest {
  @TempDir
  Path dir;

  private Path mixedFolder() throws IOException {
    TestImages.write(TestImages.grey(8, 8, 128), dir.resolve("a/one.png"));
    TestImages.write(TestImages.grey(8, 8, 10), dir.resolve("a/two.PNG"));
    TestImages.write(TestImages.grey(8, 8, 250), dir.resolve("a/deeper/three.bmp"));
    TestImages.write(TestImages.rgb(16, 8, 255, 0, 0), dir.resolve("b/red.png"));
    TestImages.write(TestImages.rgb(16, 8, 0, 0, 255), dir.resolve("b/blue.jpg"));
    TestImages.write(TestImages.grey(4, 4, 60), dir.resolve("top.gif"));
    Files.write(dir.resolve("a/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
    Files.writeString(dir.resolve("notes.txt"), "not an image");
    TestImages.write(TestImages.grey(8, 8, 1), dir.resolve(".hidden.png"));
    TestImages.write(TestImages.grey(8, 8, 1), dir.resolve("a/.thumbnails/t.png"));
    return dir;
  }

  @Test
  void readsClassesFromSubFoldersListsBadFilesAndIgnoresOthers() throws IOException {
    ImageSet set = ImageFolderImporter.read(mixedFolder(), ImageOptions.automatic(), ImageFolderImporter.Progress.NONE,
        () -> false);
    assertEquals(List.of("a/deeper/three.bmp", "a/one.png", "a/two.PNG", "b/blue.jpg", "b/red.png", "top.gif"),
        set.files());
    assertEquals(List.of("a", "a", "a", "b", "b", ""), set.classes());
    assertEquals(Map.of("a", 3, "b", 2, "", 1), set.classCounts());
    assertEquals(1, set.skipped().size());
    assertEquals("a/broken.png", set.skipped().get(0).file());
    assertFalse(set.skipped().get(0).reason().isBlank());
    assertEquals(1, set.otherFiles(), "notes.txt; the hidden file is passed over");
    // The most common size (8x8, three files) and colour because two files are RGB.
    assertEquals(new ImageOptions(ImageOptions.Colour.RGB, 8, 8, ImageOptions.Fit.PAD), set.options());
    assertEquals(List.of("BMP", "PNG", "PNG", "JPEG", "PNG", "GIF"), set.formats());
    assertArrayEquals(new int[] {8, 8, 8, 16, 16, 4}, set.widths());
    assertTrue(set.summary().contains("6 images in 3 classes"), set.summary());
    assertTrue(set.summary().contains("1 unreadable file skipped"), set.summary());
  }

  @Test
  void greyValuesAreKeptExactlyNotGammaShifted() throws IOException {
    TestImages.write(TestImages.grey(4, 4, 128), dir.resolve("g.png"));
    ImageSet set = ImageFolderImporter.read(dir, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> false);
    assertEquals(ImageOptions.Colour.GREY, set.options().colour());
    for (int i = 0; i < 16; i++) {
      assertEquals(128, set.value(0, i));
    }
  }

  @Test
  void colourBecomesGreyByLuminanceAndRgbIsChannelMajor() throws IOException {
    TestImages.write(TestImages.rgb(2, 2, 200, 100, 50), dir.resolve("c.png"));
    ImageSet grey = ImageFolderImporter.read(dir, ImageOptions.automatic().withColour(ImageOptions.Colour.GREY),
        ImageFolderImporter.Progress.NONE, () -> false);
    assertEquals(Math.round(0.299 * 200 + 0.587 * 100 + 0.114 * 50), grey.value(0, 0));
    ImageSet rgb = ImageFolderImporter.read(dir, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> false);
    assertEquals(3, rgb.shape().channels());
    int[] expected = {200, 200, 200, 200, 100, 100, 100, 100, 50, 50, 50, 50};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], rgb.value(0, i), "value " + i);
    }
  }

  @Test
  void padKeepsTheAspectWithBlackBordersAndStretchFills() throws IOException {
    TestImages.write(TestImages.grey(8, 4, 200), dir.resolve("wide.png"));
    ImageOptions fourByFour = new ImageOptions(ImageOptions.Colour.GREY, 4, 4, ImageOptions.Fit.PAD);
    ImageSet padded = ImageFolderImporter.read(dir, fourByFour, ImageFolderImporter.Progress.NONE, () -> false);
    // 8x4 scaled by 1/2 is 4x2, centred: rows 1 and 2 bright, rows 0 and 3 black.
    int[] rows = {0, 200, 200, 0};
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        assertEquals(rows[y], padded.value(0, y * 4 + x), "pixel " + y + "," + x);
      }
    }
    ImageSet stretched = ImageFolderImporter.read(dir, fourByFour.withFit(ImageOptions.Fit.STRETCH),
        ImageFolderImporter.Progress.NONE, () -> false);
    for (int i = 0; i < 16; i++) {
      assertEquals(200, stretched.value(0, i));
    }
  }

  @Test
  void largeImagesAreScaledDownToSixtyFourPixelsByDefault() throws IOException {
    TestImages.write(TestImages.grey(256, 128, 90), dir.resolve("big.png"));
    ImageSet set = ImageFolderImporter.read(dir, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> false);
    assertEquals(64, set.options().width());
    assertEquals(32, set.options().height());
    assertEquals(90, set.value(0, 100));
  }

  @Test
  void emptyFoldersSingleFilesAndCancelSayWhatToDo() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "x");
    DataImportException none = assertThrows(DataImportException.class,
        () -> ImageFolderImporter.read(dir, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> false));
    assertTrue(none.getMessage().contains("no PNG, JPEG, BMP or GIF"), none.getMessage());
    Path one = TestImages.write(TestImages.grey(4, 4, 1), dir.resolve("x/one.png"));
    DataImportException single = assertThrows(DataImportException.class,
        () -> ImageFolderImporter.read(one, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> false));
    assertTrue(single.getMessage().contains("open the folder"), single.getMessage());
    assertThrows(CancellationException.class,
        () -> ImageFolderImporter.read(dir, ImageOptions.automatic(), ImageFolderImporter.Progress.NONE, () -> true));
  }

  @Test
  void normalClassesBecomeALabelAndUnknownClassesAreRefused() throws IOException {
    ImageSet set = ImageFolderImporter.read(mixedFolder(), ImageOptions.automatic(), ImageFolderImporter.Progress.NONE,
        () -> false);
    Dataset data = ImageTable.dataset(set, Set.of("a"));
    assertEquals(6, data.rows());
    assertEquals("file", data.schema().id().orElseThrow().name());
    assertEquals("label", data.schema().label().orElseThrow().name());
    assertEquals(List.of(0, 0, 0, 1, 1, 1), data.table().intColumn("label").asList());
    assertEquals(Set.of("a"), ImageTable.normalClasses(data));
    assertTrue(ImageTable.dataset(set, Set.of()).schema().label().isEmpty());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ImageTable.dataset(set, Set.of("zebra")));
    assertTrue(unknown.getMessage().contains("a, b"), unknown.getMessage());
  }
}
