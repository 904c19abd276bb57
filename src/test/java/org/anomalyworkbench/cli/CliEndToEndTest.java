package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line on the example project in {@code projects/machine-sensors}. */
class CliEndToEndTest {
  private static final Path PROJECT = Path.of("projects", "machine-sensors");

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WorkbenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void trainScoreEvaluateOnTheExampleProject() throws Exception {
    Path model = dir.resolve("sensors.awm");
    Path flagged = dir.resolve("flagged.csv");
    Run train = cli("train", "--data", PROJECT.resolve("data.csv").toString(), "--detector", "autoencoder",
        "-p", "epochs=15", "-p", "minSteps=0", "--id", "reading_id", "--model", model.toString(), "--flagged", flagged.toString());
    assertEquals(0, train.code(), train.err());
    assertTrue(train.out().contains("epoch 1/15"), train.out());
    assertTrue(train.out().contains("150 of 3,000 rows flagged"), train.out());
    double auc = Double.parseDouble(train.out().replaceAll("(?s).*ROC-AUC (\\S+).*", "$1"));
    assertTrue(auc > 0.9, "ROC-AUC on the example " + auc);
    List<String> rows = Files.readAllLines(flagged);
    assertEquals(151, rows.size());
    assertTrue(rows.get(0).endsWith(",label,score,rank,flagged,top_features"), rows.get(0));
    assertTrue(rows.get(0).startsWith("row,reading_id,"), rows.get(0));
    assertTrue(rows.get(1).matches("\\d+,R7-.*"), "source row and id column kept: " + rows.get(1));

    Path scored = dir.resolve("scored.csv");
    Run score = cli("score", "--model", model.toString(), "--data", PROJECT.resolve("new-readings.csv").toString(),
        "--out", scored.toString(), "--all");
    assertEquals(0, score.code(), score.err());
    assertEquals(1001, Files.readAllLines(scored).size());

    Run evaluate = cli("evaluate", "--model", model.toString(), "--data",
        PROJECT.resolve("new-readings.csv").toString(), "--threshold", "best-f1");
    assertEquals(0, evaluate.code(), evaluate.err());
    assertTrue(evaluate.out().contains("Precision@"), evaluate.out());
  }

  @Test
  void benchWritesTheAgreedColumns() throws Exception {
    Path data = dir.resolve("sets");
    Files.createDirectories(data);
    for (String name : List.of("a", "b")) {
      StringBuilder sb = new StringBuilder("x1,x2,label\n");
      for (int i = 0; i < 200; i++) {
        boolean anomaly = i % 20 == 0;
        sb.append(anomaly ? 9 + i % 3 : Math.sin(i)).append(',').append(Math.cos(i * 7)).append(',')
            .append(anomaly ? 1 : 0).append('\n');
      }
      Files.writeString(data.resolve(name + ".csv"), sb);
    }
    Path out = dir.resolve("bench.csv");
    Run bench = cli("bench", "--data", data.toString(), "--detectors", "zscore,isolation-forest", "--out", out.toString());
    assertEquals(0, bench.code(), bench.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("dataset,detector,rows,features,roc_auc,pr_auc,fit_seconds,score_seconds", lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("a,zscore,200,2,1.0000,1.0000,"), lines.get(1));
    assertTrue(bench.out().contains("mean"), bench.out());
  }

  @Test
  void errorsAreOneLineWithoutStackTraces() {
    Run missing = cli("train", "--data", dir.resolve("nope.csv").toString(), "--model", dir.resolve("m.awm").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("Error: nope.csv"), missing.err());
    assertTrue(!missing.err().contains("\tat "), missing.err());
    Run badParam = cli("train", "--data", PROJECT.resolve("data.csv").toString(), "--detector", "zscore",
        "-p", "aggregation=median", "--model", dir.resolve("m.awm").toString());
    assertEquals(1, badParam.code());
    assertTrue(badParam.err().contains("'aggregation'"), badParam.err());
    Run usage = cli("train");
    assertEquals(2, usage.code());
  }
}
