package org.anomalyworkbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.model.ScoredData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class FlaggedRecordsWriterTest {
  @TempDir
  Path dir;

  private ScoredData scored() {
    Table t = Table.create("t", StringColumn.create("name", "=HYPERLINK(\"x\")", "plain", "@user", "a,b"),
        DoubleColumn.create("amount", -5.5, 2, 3, 4));
    Schema schema = new Schema(List.of(new ColumnInfo("name", ColumnKind.TEXT, ColumnRole.ID, 0, 4),
        new ColumnInfo("amount", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, 4)));
    Scores scores = new Scores(new double[] {0.9, 0.1, 0.5, 0.7},
        new float[] {3, 1, 0, 0, 1, 1, 0, 2}, List.of("amount", "other"));
    return ScoredData.of(new Dataset("t", null, t, schema), scores, null);
  }

  @Test
  void writesFlaggedRowsMostAnomalousFirstWithSafeCells() throws Exception {
    Path out = dir.resolve("flagged.csv");
    int n = FlaggedRecordsWriter.write(scored(), 0.5, FlaggedRecordsWriter.Rows.FLAGGED, 2, out);
    assertEquals(3, n);
    List<String> lines = Files.readAllLines(out);
    assertEquals(List.of(
        "row,name,amount,score,rank,flagged,top_features",
        "1,\"'=HYPERLINK(\"\"x\"\")\",-5.5,0.9,1,1,amount (75%); other (25%)",
        "4,\"a,b\",4,0.7,2,1,other (100%); amount (0%)",
        "3,'@user,3,0.5,3,1,amount (50%); other (50%)"), lines);
  }

  @Test
  void allRowsIncludesUnflagged() throws Exception {
    Path out = dir.resolve("all.csv");
    assertEquals(4, FlaggedRecordsWriter.write(scored(), 0.5, FlaggedRecordsWriter.Rows.ALL, 1, out));
    assertEquals("2,plain,2,0.1,4,0,amount (0%)", Files.readAllLines(out).get(4));
  }

  @org.junit.jupiter.api.Test
  void wholePercentWritesWhatFormatWrites() {
    java.util.Random random = new java.util.Random(5);
    java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 0.5, 1.5, 2.5, -0.5, -2.5,
        -0.3, 0.49999999999999994, 99.5, 100.0, 12.499999999999998, 1e300, -1e20, Double.NaN,
        Double.POSITIVE_INFINITY));
    for (int i = 0; i < 100_000; i++) {
      values.add((random.nextDouble() * 2 - 0.5) * 100);
      values.add(random.nextInt(2001) / 2.0 - 500); // exact halves
    }
    for (double v : values) {
      org.junit.jupiter.api.Assertions.assertEquals(String.format(java.util.Locale.ROOT, "%.0f", v),
          FlaggedRecordsWriter.wholePercent(v), "share " + v);
    }
  }
}
