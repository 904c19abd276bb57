package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    ZscoreOnNoise trained = ZscoreOnNoise.in(dir, 500);
    Path data = trained.data();
    Path model = trained.model();

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
