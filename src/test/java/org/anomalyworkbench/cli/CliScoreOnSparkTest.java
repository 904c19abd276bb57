package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --spark MASTER} in the desktop package, which does not carry Spark: no crash, no
 * output, and a message that names the Maven profile, the job jar and the spark-submit line.
 * (With Spark present, {@code SparkCliShortcutTest} in the spark profile runs the job.)
 */
class CliScoreOnSparkTest {
  @TempDir
  Path dir;

  @Test
  void withoutSparkOnTheClassPathItSaysHowToBuildAndSubmitTheJob() throws Exception {
    assumeFalse(SparkShortcut.available(), "Spark is on this class path (the spark profile)");
    ZscoreOnNoise trained = ZscoreOnNoise.in(dir, 200);
    Path data = trained.data();
    Path model = trained.model();

    Path out = dir.resolve("scored");
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--spark", "local[2]");
    assertEquals(1, score.code(), score.out());
    assertTrue(score.err().contains("mvn -Pspark package"), score.err());
    assertTrue(score.err().contains("target/anomaly-workbench-spark-job.jar"), score.err());
    assertTrue(score.err().contains("spark-submit --master local[2] --class org.anomalyworkbench.spark.ScoreJob"),
        score.err());
    assertFalse(Files.exists(out));
  }
}
