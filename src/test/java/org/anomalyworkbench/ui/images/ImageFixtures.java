package org.anomalyworkbench.ui.images;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.ImageOptions;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.SkippedFile;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.anomalyworkbench.ui.results.ResultsData;

/** Small image sets in memory (no files) and scored results over them, with hand-checkable numbers. */
final class ImageFixtures {
  private ImageFixtures() {
  }

  /**
   * {@code n} grey 2x2 images, image i filled with value i; classes "a" for even, "b" for odd
   * images; one skipped file.
   */
  static ImageSet images(int n) {
    List<String> files = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    byte[] pixels = new byte[n * 4];
    int[] sides = new int[n];
    for (int i = 0; i < n; i++) {
      String c = i % 2 == 0 ? "a" : "b";
      files.add(c + "/" + i + ".png");
      classes.add(c);
      formats.add("PNG");
      java.util.Arrays.fill(pixels, i * 4, i * 4 + 4, (byte) i);
      sides[i] = 2;
    }
    return new ImageSet(Path.of("/tmp/no-such-folder"), new ImageOptions(ImageOptions.Colour.GREY, 2, 2,
        ImageOptions.Fit.PAD), files, classes, pixels, sides, sides.clone(), formats,
        List.of(new SkippedFile("a/broken.png", "not a readable PNG (truncated?)")), 0);
  }

  /** The images of {@link #images} with class "a" normal. */
  static Dataset dataset(int n) {
    return ImageTable.dataset(images(n), Set.of("a"));
  }

  /**
   * A result over {@link #dataset}: image i scores {@code scores[i]}; its 4 pixel contributions
   * are (i, -i, 0, 2i), so its heat map is (i, i, 0, 2i).
   */
  static ResultsData result(double... scores) {
    Dataset d = dataset(scores.length);
    float[] c = new float[scores.length * 4];
    for (int i = 0; i < scores.length; i++) {
      c[4 * i] = i;
      c[4 * i + 1] = -i;
      c[4 * i + 3] = 2 * i;
    }
    Scores s = new Scores(scores, c, List.of("pixel 0,0", "pixel 0,1", "pixel 1,0", "pixel 1,1"));
    return new ResultsData(d, s, d.table().intColumn("label").asIntArray(), new SortedScores(scores), scores,
        new double[0], "score", Map.of(), null);
  }
}
