package org.anomalyworkbench.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.junit.jupiter.api.Test;

/**
 * Imports the project's reference data sets from {@code ../shared/data} beside the clone (where
 * {@code .ci/run} has them), or from {@code -Dawb.sharedData=DIR} / {@code AWB_SHARED_DATA}. The
 * same checks always run on the small fixtures under {@code src/test/resources/shared-fixtures},
 * so a plain clone still exercises them. Missing shared data skips with a message, except in CI
 * ({@code CI=true}), where it fails: a CI run must not pass without having read the real sets.
 */
class SharedDataImportTest {
  private static final Path FIXTURES = Path.of(projectDir(), "src", "test", "resources", "shared-fixtures");

  /** The project directory: surefire's {@code basedir}, else the working directory. */
  private static String projectDir() {
    return System.getProperty("basedir", System.getProperty("user.dir"));
  }

  /** Candidate locations of the shared data, in order. */
  static List<Path> candidates() {
    List<Path> out = new java.util.ArrayList<>();
    String property = System.getProperty("awb.sharedData");
    String env = System.getenv("AWB_SHARED_DATA");
    if (property != null && !property.isBlank()) {
      out.add(Path.of(property));
    }
    if (env != null && !env.isBlank()) {
      out.add(Path.of(env));
    }
    out.add(Path.of(projectDir()).toAbsolutePath().normalize().resolveSibling("shared").resolve("data"));
    return out;
  }

  /** {@code sub} of the shared data; skips (fails in CI) with a message naming where it looked. */
  private static Path shared(String... sub) {
    for (Path root : candidates()) {
      Path dir = root.resolve(Path.of("", sub));
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    String message = "shared data " + String.join("/", sub) + " not found; looked in " + candidates()
        + " (put the shared folder beside the clone, or set -Dawb.sharedData / AWB_SHARED_DATA)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true: " + message);
    }
    assumeTrue(false, message);
    return null;
  }

  private static List<Path> csvFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  private static long dataLines(Path f) throws IOException {
    try (Stream<String> lines = Files.lines(f)) {
      return lines.filter(l -> !l.isBlank()).count() - 1;
    }
  }

  @Test
  void tabularFixturesHaveNumericFeaturesAndAZeroOneLabel() throws IOException {
    checkTabular(FIXTURES.resolve("tabular"), 1);
  }

  @Test
  void tabularSetsHaveNumericFeaturesAndAZeroOneLabel() throws IOException {
    // The reference collection holds at least ten tabular sets (annthyroid ... pendigits, ...).
    checkTabular(shared("tabular"), 10);
  }

  @Test
  void nabFixturesHaveTimeValueAndLabel() throws IOException {
    checkNab(FIXTURES.resolve("timeseries").resolve("nab"), 1);
  }

  @Test
  void nabSeriesHaveTimeValueAndLabel() throws IOException {
    checkNab(shared("timeseries", "nab"), 10);
  }

  private static void checkTabular(Path dir, int atLeast) throws IOException {
    assertTrue(csvFiles(dir).size() >= atLeast, dir + " holds " + csvFiles(dir));
    for (Path f : csvFiles(dir)) {
      Dataset d = CsvImporter.read(f, CsvImportOptions.defaults());
      assertEquals(dataLines(f), d.rows(), f.toString());
      ColumnInfo label = d.schema().label().orElseThrow(() -> new AssertionError("no label in " + f));
      assertEquals("label", label.name(), f.toString());
      for (ColumnInfo c : d.schema().columns()) {
        if (c != label) {
          assertEquals(ColumnKind.NUMERIC, c.kind(), f + " " + c.name());
          assertTrue(c.role() == ColumnRole.FEATURE, f + " " + c.name() + " is " + c.role());
        }
      }
      int[] y = LabelEncoder.fit(d).encodeComplete(d.table().column("label"), f);
      assertTrue(java.util.Arrays.stream(y).sum() > 0, f + " has anomalies");
    }
  }

  private static void checkNab(Path dir, int atLeast) throws IOException {
    assertTrue(csvFiles(dir).size() >= atLeast, dir + " holds " + csvFiles(dir));
    for (Path f : csvFiles(dir)) {
      Dataset d = CsvImporter.read(f, CsvImportOptions.defaults());
      assertEquals(ColumnRole.TIME, d.schema().column("timestamp").orElseThrow().role(), f.toString());
      assertEquals(ColumnRole.FEATURE, d.schema().column("value").orElseThrow().role(), f.toString());
      assertEquals(ColumnRole.LABEL, d.schema().column("label").orElseThrow().role(), f.toString());
      ColumnRole point = d.schema().column("anomaly_point").orElseThrow().role();
      assertTrue(point != ColumnRole.FEATURE, f + ": ground truth must not become a feature");
    }
  }
}
