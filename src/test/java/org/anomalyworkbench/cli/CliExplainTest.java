package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anomalyworkbench.core.data.images.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain}: Shapley values name the feature that makes a row odd, for tables and images. */
class CliExplainTest {
  @TempDir
  Path dir;

  @Test
  void theColumnThatMakesARowOddGetsTheLargestShapleyValue() throws Exception {
    Random random = new Random(4);
    List<String> lines = new ArrayList<>(List.of("a,b,c,d"));
    for (int i = 0; i < 300; i++) {
      double c = i == 7 ? 9 : random.nextGaussian();
      lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", random.nextGaussian(), random.nextGaussian(), c,
          random.nextGaussian()));
    }
    Path csv = Files.write(dir.resolve("d.csv"), lines);
    Path model = dir.resolve("m.awm");
    assertEquals(0, CliRun.of("train", "--data", csv.toString(), "--detector", "knn", "--model", model.toString()).code());
    CliRun explain = CliRun.of("explain", "--model", model.toString(), "--data", csv.toString(), "--row", "8");
    assertEquals(0, explain.code(), explain.err());
    List<String> out = explain.out().lines().toList();
    assertTrue(out.get(0).contains("exact Shapley values over 4 groups"), out.get(0));
    assertTrue(out.get(2).startsWith("c "), "row 8 is odd in c alone: " + explain.out());
  }

  @Test
  void imagesAreExplainedByPatches() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 20, 8, 2);
    Path model = dir.resolve("m.awm");
    assertEquals(0, CliRun.of("train", "--data", folder.toString(), "--normal-class", "normal", "--detector", "zscore",
        "--model", model.toString()).code());
    CliRun explain = CliRun.of("explain", "--model", model.toString(), "--data", folder.toString(), "--row", "25",
        "--samples", "400");
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("sampled Shapley values over 16 groups"), explain.out());
    assertTrue(explain.out().contains("patch rows 0-1, columns 0-1"), explain.out());
  }

  @Test
  void aRowOutsideTheDataSaysTheRange() throws Exception {
    Path csv = Files.write(dir.resolve("d.csv"), List.of("a,b", "1,2", "2,3", "3,5", "4,4"));
    Path model = dir.resolve("m.awm");
    CliRun.of("train", "--data", csv.toString(), "--detector", "zscore", "--model", model.toString());
    CliRun explain = CliRun.of("explain", "--model", model.toString(), "--data", csv.toString(), "--row", "9");
    assertEquals(1, explain.code());
    assertTrue(explain.err().contains("outside the data (1 to 4)"), explain.err());
  }
}
