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

  @Test
  void scoreWithShapleyAddsValuesThatAddUpToTheScoreForTheFlaggedRowsOnly() throws Exception {
    Random random = new Random(5);
    List<String> lines = new ArrayList<>(List.of("a,b,c"));
    for (int i = 0; i < 200; i++) {
      lines.add(String.format(Locale.ROOT, "%.4f,%.4f,%.4f", random.nextGaussian(), i == 3 ? 7 : random.nextGaussian(),
          random.nextGaussian()));
    }
    Path csv = Files.write(dir.resolve("d.csv"), lines);
    Path model = dir.resolve("m.awm");
    assertEquals(0, CliRun.of("train", "--data", csv.toString(), "--detector", "knn", "--model", model.toString(),
        "--threshold", "contamination:0.05").code());
    Path plain = dir.resolve("plain.csv");
    Path with = dir.resolve("with.csv");
    assertEquals(0, CliRun.of("score", "--model", model.toString(), "--data", csv.toString(), "--out",
        plain.toString()).code());
    CliRun run = CliRun.of("score", "--model", model.toString(), "--data", csv.toString(), "--out", with.toString(),
        "--all", "--shapley=3");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Shapley values for 3 flagged rows"), run.out());
    List<String> out = Files.readAllLines(with);
    List<String> before = Files.readAllLines(plain);
    assertEquals(before.get(0) + ",shapley_base,shapley_a,shapley_b,shapley_c", out.get(0));
    for (int i = 1; i < out.size(); i++) {
      String[] cells = out.get(i).split(",", -1);
      int n = cells.length;
      if (i <= 3) {
        double score = Double.parseDouble(cells[4]);
        double sum = 0;
        for (int c = n - 4; c < n; c++) {
          sum += Double.parseDouble(cells[c]);
        }
        assertEquals(score, sum, 1e-6, "base + values = score: " + out.get(i));
      } else {
        assertEquals(",,,,", out.get(i).substring(out.get(i).length() - 4), "not explained: " + out.get(i));
      }
    }
    String top = out.get(1);
    assertTrue(top.startsWith("4,"), "row 4 (b = 7) is the most anomalous: " + top);
    String[] cells = top.split(",", -1);
    double b = Math.abs(Double.parseDouble(cells[cells.length - 2]));
    assertTrue(b > Math.abs(Double.parseDouble(cells[cells.length - 3]))
        && b > Math.abs(Double.parseDouble(cells[cells.length - 1])), "b explains row 4: " + top);
  }

  @Test
  void scoreWithShapleyOnImagesWritesOneColumnPerPatch() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 20, 8, 2);
    Path model = dir.resolve("m.awm");
    assertEquals(0, CliRun.of("train", "--data", folder.toString(), "--normal-class", "normal", "--detector", "zscore",
        "--model", model.toString()).code());
    Path out = dir.resolve("out.csv");
    CliRun run = CliRun.of("score", "--model", model.toString(), "--data", folder.toString(), "--out", out.toString(),
        "--shapley=2");
    assertEquals(0, run.code(), run.err());
    String header = Files.readAllLines(out).get(0);
    assertTrue(header.contains(",shapley_base,\"shapley_patch rows 0-1, columns 0-1\","), header);
    assertEquals(16, header.split("shapley_patch", -1).length - 1, header);
  }

  @Test
  void shapleyBelowOneRowIsRefused() throws Exception {
    Path csv = Files.write(dir.resolve("d.csv"), List.of("a,b", "1,2", "2,3", "3,5", "4,4"));
    Path model = dir.resolve("m.awm");
    CliRun.of("train", "--data", csv.toString(), "--detector", "zscore", "--model", model.toString());
    CliRun run = CliRun.of("score", "--model", model.toString(), "--data", csv.toString(), "--out",
        dir.resolve("o.csv").toString(), "--shapley=0");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("at least 1"), run.err());
  }
}
