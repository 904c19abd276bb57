package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --spark local[2]} with Spark on the class path (the spark profile, whose test JVM
 * has Spark's --add-opens, so the job runs in this JVM): it scores every row into a Parquet
 * folder and prints the job's summary; a second run refuses to overwrite that folder.
 */
class SparkCliShortcutTest {
  @TempDir
  Path dir;

  @Test
  void scoreWithSparkRunsTheJobLocally() throws Exception {
    assertTrue(SparkShortcut.available());
    Path data = dir.resolve("data.csv");
    List<String> lines = new ArrayList<>(List.of("x1,x2"));
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      lines.add(String.format(Locale.ROOT, "%.4f,%.4f", random.nextGaussian(), random.nextGaussian()));
    }
    Files.write(data, lines);
    Path model = dir.resolve("m.awm");
    CliRun train = CliRun.of("train", "--data", data.toString(), "--detector", "zscore", "--model", model.toString());
    assertEquals(0, train.code(), train.err());

    Path out = dir.resolve("scored");
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--spark", "local[2]");
    assertEquals(0, score.code(), score.err());
    assertTrue(score.out().contains("Scored 500 rows"), score.out());
    assertTrue(Files.list(out).anyMatch(p -> p.getFileName().toString().endsWith(".parquet")));

    CliRun again = CliRun.of("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--spark", "local[2]");
    assertEquals(1, again.code(), again.out());
    assertTrue(again.err().contains("already exists"), again.err());
  }
}
