package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.images.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of images through the command line: train, score, evaluate, copy and bench. */
class CliImagesTest {
  @TempDir
  Path dir;

  @Test
  void trainsOnTheNormalClassAndScoresEveryImageOfAnotherFolder() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 30, 10, 5);
    Path model = dir.resolve("m.awm");
    CliRun train = CliRun.of("train", "--data", folder.toString(), "--normal-class", "normal", "--detector",
        "isolation-forest", "--model", model.toString(), "--threshold", "contamination:0.5");
    assertEquals(0, train.code(), train.err());
    assertTrue(train.out().contains("60 images of 10x10 grey"), train.out());
    assertTrue(train.err().contains("60 images in 2 classes"), train.err());

    Files.write(folder.resolve("odd/broken.png"), new byte[] {1, 2, 3});
    Path out = dir.resolve("scores.csv");
    Path copies = dir.resolve("flagged");
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", folder.toString(), "--out",
        out.toString(), "--all", "--copy-flagged", copies.toString());
    assertEquals(0, score.code(), score.err());
    assertTrue(score.err().contains("skipped odd/broken.png"), score.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(61, lines.size(), "a header and one line per readable image");
    assertTrue(lines.get(0).startsWith("row,file,class,width,height,format,score,rank,flagged"), lines.get(0));
    long oddAtTheTop = lines.subList(1, 21).stream().filter(l -> l.contains(",odd,")).count();
    assertTrue(oddAtTheTop >= 15, "most anomalous first: " + oddAtTheTop + " of the top 20 are of the other class");
    long flagged = lines.stream().skip(1).filter(l -> l.split(",")[8].equals("1")).count();
    try (var files = Files.walk(copies)) {
      assertEquals(flagged, files.filter(Files::isRegularFile).count());
    }
    assertTrue(Files.isRegularFile(copies.resolve(lines.get(1).split(",")[1])), "copies keep their sub-folder");

    CliRun evaluate = CliRun.of("evaluate", "--model", model.toString(), "--data", folder.toString(),
        "--normal-class", "normal");
    assertEquals(0, evaluate.code(), evaluate.err());
    assertTrue(evaluate.out().contains("ROC-AUC"), evaluate.out());
  }

  @Test
  void theGanTrainsItsConvolutionalNetworksOnAFolderAndItsModelFileScoresIt() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 30, 10, 5);
    Path model = dir.resolve("gan.awm");
    CliRun train = CliRun.of("train", "--data", folder.toString(), "--normal-class", "normal", "--detector", "gan",
        "-p", "imageFilters=4,8", "-p", "imageCode=4", "-p", "epochs=2", "-p", "minSteps=0", "-p", "batchSize=16",
        "--model", model.toString(), "--threshold", "contamination:0.5");
    assertEquals(0, train.code(), train.err());
    Path out = dir.resolve("scores.csv");
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", folder.toString(), "--out",
        out.toString(), "--all");
    assertEquals(0, score.code(), score.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(61, lines.size(), "a header and one line per image");
    CliRun explain = CliRun.of("explain", "--model", model.toString(), "--data", folder.toString(), "--row", "3");
    assertEquals(0, explain.code(), explain.err());
  }

  @Test
  void benchTreatsEachClassAsNormalInTurn() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 25, 10, 6);
    Path out = dir.resolve("bench.csv");
    CliRun bench = CliRun.of("bench", "--kind", "images", "--data", folder.toString(), "--detectors",
        "isolation-forest,zscore", "--out", out.toString());
    assertEquals(0, bench.code(), bench.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(5, lines.size(), "a header and one row per class and detector");
    // 20% of the 25 normal images (5) and all 25 of the other class are scored.
    assertTrue(lines.get(1).startsWith("normal,isolation-forest,30,100,"), lines.get(1));
    assertTrue(lines.get(3).startsWith("odd,isolation-forest,30,100,"), lines.get(3));

    // Parameters reach the detectors here too: an unknown one is refused by name.
    CliRun typo = CliRun.of("bench", "--kind", "images", "--data", folder.toString(), "--detectors", "ensemble",
        "-p", "trimm=0", "--out", out.toString());
    assertEquals(1, typo.code());
    assertTrue(typo.err().contains("Unknown parameter 'trimm'"), typo.err());
  }

  @Test
  void aTableDetectorOnlyAndBadOptionsSayWhatToDo() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 5, 8, 7);
    CliRun lstm = CliRun.of("train", "--data", folder.toString(), "--detector", "lstm", "--model",
        dir.resolve("m.awm").toString());
    assertEquals(1, lstm.code());
    assertTrue(lstm.err().contains("does not read images"), lstm.err());
    CliRun size = CliRun.of("train", "--data", folder.toString(), "--image-size", "big", "--detector", "zscore",
        "--model", dir.resolve("m.awm").toString());
    assertEquals(1, size.code());
    assertTrue(size.err().contains("WIDTHxHEIGHT"), size.err());
    CliRun tableOption = CliRun.of("train", "--data", folder.toString(), "--label", "class", "--detector", "zscore",
        "--model", dir.resolve("m.awm").toString());
    assertEquals(1, tableOption.code());
    assertTrue(tableOption.err().contains("--label is for CSV files"), tableOption.err());
    java.nio.file.Path csv = java.nio.file.Files.write(dir.resolve("t.csv"), List.of("a,b", "1,2", "2,3", "3,1"));
    CliRun imageOption = CliRun.of("train", "--data", csv.toString(), "--normal-class", "x", "--detector", "zscore",
        "--model", dir.resolve("m.awm").toString());
    assertEquals(1, imageOption.code());
    assertTrue(imageOption.err().contains("are for folders of images"), imageOption.err());
    CliRun unknown = CliRun.of("train", "--data", folder.toString(), "--normal-class", "cats", "--detector", "zscore",
        "--model", dir.resolve("m.awm").toString());
    assertTrue(unknown.err().contains("no class 'cats'") && unknown.err().contains("normal, odd"), unknown.err());
  }
}
