package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects on the command line: runs kept by train, shown, trained and compared by project, models compared by evaluate. */
class CliProjectTest {
  @TempDir
  Path dir;

  private Path csv(String name, long seed) throws IOException {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("a,b,c,label\n");
    for (int i = 0; i < 300; i++) {
      double t = r.nextGaussian();
      boolean anomaly = i % 30 == 29;
      sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%d%n", t, anomaly ? r.nextGaussian() * 3 : t * 2
          + 0.05 * r.nextGaussian(), r.nextGaussian(), anomaly ? 1 : 0));
    }
    return Files.writeString(dir.resolve(name), sb.toString());
  }

  private static CliRun ok(String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.code(), run.out() + run.err());
    return run;
  }

  @Test
  void trainKeepsRunsProjectShowsTrainsAndComparesThem() throws IOException {
    Path data = csv("data.csv", 1);
    Path project = dir.resolve("work.awp");
    ok("train", "--data", data.toString(), "--detector", "zscore", "--project", project.toString(), "-q");
    Path model = dir.resolve("forest.awm");
    CliRun second = ok("train", "--data", data.toString(), "--detector", "isolation-forest", "-p", "trees=50",
        "--project", project.toString(), "--model", model.toString(), "-q");
    assertTrue(second.out().contains("Kept as run isolation-forest #2"), second.out());

    CliRun shown = ok("project", project.toString());
    assertTrue(shown.out().contains("found, unchanged"), shown.out());
    assertTrue(shown.out().contains("run-1") && shown.out().contains("run-2"), shown.out());

    ok("project", project.toString(), "--train", "--detector", "lof", "-q");
    Project p = ProjectStore.load(project);
    assertEquals(List.of("zscore", "isolation-forest", "lof"), p.runs().stream().map(r -> r.record().detectorId()).toList());
    assertEquals("lof", p.detectorId(), "the project remembers the detector last trained");

    Path table = dir.resolve("compare.csv");
    CliRun compared = ok("project", project.toString(), "--compare", "--runs", "run-1,run-2", "--out", table.toString());
    assertTrue(compared.out().contains("Flagged-set agreement") && compared.out().contains("Spearman"), compared.out());
    List<String> lines = Files.readAllLines(table);
    assertEquals(3, lines.size(), "a header and one line per compared run");
    double savedAuc = p.runs().get(1).record().rocAuc();
    double comparedAuc = Double.parseDouble(lines.get(2).split(",")[3]);
    assertEquals(savedAuc, comparedAuc, 1e-12, "the comparison re-scores with the run's model: the same ROC-AUC");
    assertEquals("1.0", lines.get(2).split(",")[8], "a run agrees with itself");
  }

  @Test
  void evaluateComparesSeveralModelsOnOneDataset() throws IOException {
    Path data = csv("data.csv", 2);
    Path a = dir.resolve("a.awm");
    Path b = dir.resolve("b.awm");
    ok("train", "--data", data.toString(), "--detector", "zscore", "--model", a.toString(), "-q");
    ok("train", "--data", data.toString(), "--detector", "knn", "--model", b.toString(), "-q");
    CliRun run = ok("evaluate", "--model", a.toString(), "--model", b.toString(), "--data", data.toString());
    assertTrue(run.out().contains("a.awm") && run.out().contains("b.awm") && run.out().contains("ROC-AUC"), run.out());
    CliRun refused = CliRun.of("evaluate", "--model", a.toString(), "--model", b.toString(), "--data", data.toString(),
        "--threshold", "fixed:1");
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("each model with its own saved threshold"), refused.err());
  }

  @Test
  void movedOrOtherDataIsReportedWithWhatToDo() throws IOException {
    Path data = csv("data.csv", 3);
    Path project = dir.resolve("work.awp");
    ok("train", "--data", data.toString(), "--detector", "zscore", "--project", project.toString(), "-q");

    Path other = csv("other.csv", 4);
    CliRun wrong = CliRun.of("train", "--data", other.toString(), "--detector", "zscore", "--project",
        project.toString(), "-q");
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("name a new project"), wrong.err());
    assertFalse(wrong.out().contains("Training zscore"), "refused before training: " + wrong.out());

    Path moved = dir.resolve("elsewhere.csv");
    Files.move(data, moved);
    CliRun missing = CliRun.of("project", project.toString(), "--train");
    assertEquals(1, missing.code());
    assertTrue(missing.out().contains("MISSING") && missing.err().contains("--data PATH"), missing.out() + missing.err());
    ok("project", project.toString(), "--train", "--data", moved.toString(), "-q");
    assertEquals(2, ProjectStore.load(project).runs().size());
  }
}
