package org.anomalyworkbench.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

/** Imports the project's reference data sets when they are present (skipped otherwise). */
class SharedDataImportTest {
  private static final Path DATA = Path.of("..", "shared", "data");

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
  void tabularSetsHaveNumericFeaturesAndAZeroOneLabel() throws IOException {
    Path dir = DATA.resolve("tabular");
    assumeTrue(Files.isDirectory(dir), "shared data not present at " + dir.toAbsolutePath());
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

  @Test
  void nabSeriesHaveTimeValueAndLabel() throws IOException {
    Path dir = DATA.resolve("timeseries").resolve("nab");
    assumeTrue(Files.isDirectory(dir), "shared data not present at " + dir.toAbsolutePath());
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
