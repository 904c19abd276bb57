package org.anomalyworkbench.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.anomalyworkbench.cli.WorkbenchCli;
import org.anomalyworkbench.core.project.DataCheck;
import org.anomalyworkbench.core.project.Project;
import org.anomalyworkbench.core.project.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example projects in {@code projects/}: their data is what {@link ExampleData} makes, each
 * opens with its data found unchanged, and each runs on the command line (compare, train one
 * more run, report) in a copy, so the repository's files are never touched.
 */
class ExampleProjectsTest {
  private static final Path ROOT = Path.of("projects");

  @TempDir
  Path tmp;

  @Test
  void theCommittedDataIsWhatTheGeneratorMakes() throws IOException {
    ExampleProjects.writeData(tmp);
    assertEquals(Files.readString(tmp.resolve("card-fraud/transactions.csv")),
        Files.readString(ROOT.resolve("card-fraud/transactions.csv")));
    assertEquals(Files.readString(tmp.resolve("server-incidents/metrics.csv")),
        Files.readString(ROOT.resolve("server-incidents/metrics.csv")));
    List<Path> made = files(tmp.resolve("washer-inspection/images"));
    List<Path> committed = files(ROOT.resolve("washer-inspection/images"));
    assertEquals(made.stream().map(p -> tmp.resolve("washer-inspection/images").relativize(p)).toList(),
        committed.stream().map(p -> ROOT.resolve("washer-inspection/images").relativize(p)).toList());
    for (int i = 0; i < made.size(); i++) {
      assertArrayEquals(pixels(made.get(i)), pixels(committed.get(i)), committed.get(i).toString());
    }
  }

  @Test
  void everyExampleOpensWithItsDataAndRunsOnTheCommandLine() throws IOException {
    for (ExampleProjects.Example e : ExampleProjects.EXAMPLES) {
      Path copy = copy(ROOT.resolve(e.folder()), tmp.resolve(e.folder()));
      Path file = ExampleProjects.projectFile(tmp, e);
      Project project = ProjectStore.load(file);
      assertEquals(e.runs().size(), project.runs().size(), e.folder());
      DataCheck check = DataCheck.of(project.data(), file);
      assertEquals(DataCheck.Status.UNCHANGED, check.status(), e.folder() + ": " + check.difference());
      assertTrue(check.found().startsWith(copy), "the copy's own data is used, not the original's");
      assertEquals(0, cli("project", file.toString(), "--compare"), e.folder());
      assertEquals(0, cli("project", file.toString(), "--train", "--detector", "zscore", "-q"), e.folder());
      assertEquals(e.runs().size() + 1, ProjectStore.load(file).runs().size());
      Path report = tmp.resolve(e.folder() + ".html");
      assertEquals(0, cli("report", "--project", file.toString(), "--out", report.toString()), e.folder());
      assertTrue(Files.readString(report).contains("zscore"), "the report shows the selected (newest) run");
    }
  }

  /**
   * The ROC-AUCs an example's README quotes are its stored runs' ones (rounded as quoted), and
   * every stored run's is quoted: regenerating the runs without updating the README fails here.
   */
  @Test
  void eachReadmeQuotesTheRocAucsOfItsStoredRuns() throws IOException {
    java.util.regex.Pattern auc = java.util.regex.Pattern.compile("\\b0\\.\\d{3}\\b");
    for (ExampleProjects.Example e : ExampleProjects.EXAMPLES) {
      Project project = ProjectStore.load(ExampleProjects.projectFile(ROOT, e));
      java.util.Set<String> stored = new java.util.TreeSet<>();
      project.runs().forEach(r -> stored.add(String.format(java.util.Locale.ROOT, "%.3f", r.record().rocAuc())));
      java.util.Set<String> quoted = new java.util.TreeSet<>();
      for (String line : Files.readAllLines(ROOT.resolve(e.folder()).resolve("README.md"))) {
        if (line.contains("ROC-AUC") || line.contains("when made")) {
          auc.matcher(line).results().forEach(m -> quoted.add(m.group()));
        }
      }
      assertEquals(stored, quoted, e.folder() + ": README quotes " + quoted + ", runs hold " + stored);
    }
  }

  private static int cli(String... args) {
    StringWriter out = new StringWriter();
    int code = WorkbenchCli.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
    if (code != 0) {
      System.out.println(out);
    }
    return code;
  }

  private static Path copy(Path from, Path to) throws IOException {
    for (Path f : files(from)) {
      Path target = to.resolve(from.relativize(f));
      Files.createDirectories(target.getParent());
      Files.copy(f, target);
    }
    return to;
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static int[] pixels(Path png) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    return img.getRaster().getPixels(0, 0, img.getWidth(), img.getHeight(), (int[]) null);
  }
}
