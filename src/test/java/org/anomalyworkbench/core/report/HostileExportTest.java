package org.anomalyworkbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Issue 11, items 9 and 12: what an exported CSV holds when the data is hostile or unusual. */
class HostileExportTest {
  @TempDir
  Path dir;

  private static ScoredData scored(double[] scores, Column<?>... columns) {
    Table t = Table.create("t", columns);
    List<ColumnInfo> infos = new java.util.ArrayList<>();
    for (Column<?> c : columns) {
      infos.add(new ColumnInfo(c.name(), ColumnKind.TEXT, ColumnRole.IGNORED, 0, c.size()));
    }
    float[] contributions = new float[scores.length];
    java.util.Arrays.fill(contributions, 1);
    return ScoredData.of(new Dataset("t", null, t, new Schema(infos)),
        new Scores(scores, contributions, List.of("f")), null);
  }

  private List<String> export(ScoredData data) throws Exception {
    Path out = dir.resolve("out.csv");
    FlaggedRecordsWriter.write(data, Double.NEGATIVE_INFINITY, FlaggedRecordsWriter.Rows.ALL, 0, out);
    return Files.readAllLines(out);
  }

  @Test
  void formulaHeadersAreNeutralisedLikeCells() throws Exception {
    List<String> lines = export(scored(new double[] {1},
        StringColumn.create("=HYPERLINK(\"http://x\",\"y\")", "a"), StringColumn.create("@cmd", "b"),
        StringColumn.create("-2+3", "c")));
    assertEquals("row,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@cmd,'-2+3,score,rank,flagged,top_features",
        lines.get(0));
  }

  @Test
  void plainNumbersInATextColumnAreNotPrefixedButFormulasAre() throws Exception {
    List<String> lines = export(scored(new double[] {4, 3, 2, 1},
        StringColumn.create("mixed", "-0.59163147", "+3", "-1.5e-7", "-1+2")));
    assertEquals(List.of("1,-0.59163147", "2,+3", "3,-1.5e-7", "4,'-1+2"),
        lines.subList(1, 5).stream().map(l -> l.substring(0, l.indexOf(",", l.indexOf(",") + 1))).toList());
  }

  @Test
  void everyRowCarriesItsOneBasedSourceRow() throws Exception {
    List<String> lines = export(scored(new double[] {0.1, 0.9, 0.5}, DoubleColumn.create("x", 1, 2, 3)));
    assertEquals(List.of("row,x,score,rank,flagged,top_features", "2,2,0.9,1,1,", "3,3,0.5,2,1,",
        "1,1,0.1,3,1,"), lines);
  }

  @Test
  void aDataColumnNamedRowKeepsItsNameAndTheSourceRowGetsAnother() throws Exception {
    List<String> lines = export(scored(new double[] {1}, StringColumn.create("row", "r1")));
    assertEquals("source_row,row,score,rank,flagged,top_features", lines.get(0));
  }

  @Test
  void dateTimesAreWrittenAsTheSourceWroteThem() throws Exception {
    DateTimeColumn stamps = DateTimeColumn.create("timestamp", LocalDateTime.of(2026, 3, 1, 0, 0),
        LocalDateTime.of(2026, 3, 1, 0, 10));
    DateTimeColumn days = DateTimeColumn.create("day", LocalDateTime.of(2026, 3, 1, 0, 0),
        LocalDateTime.of(2026, 3, 2, 0, 0));
    DateTimeColumn precise = DateTimeColumn.create("at", LocalDateTime.of(2026, 3, 1, 0, 0),
        LocalDateTime.of(2026, 3, 1, 0, 0, 0, 250_000_000));
    List<String> lines = export(scored(new double[] {2, 1}, stamps, days, precise));
    assertEquals("1,2026-03-01 00:00:00,2026-03-01,2026-03-01 00:00:00.000,2.0,1,1,", lines.get(1));
    assertEquals("2,2026-03-01 00:10:00,2026-03-02,2026-03-01 00:00:00.250,1.0,2,1,", lines.get(2));
  }

  @Test
  void nonFiniteScoresAreRefusedAndNoFileIsWritten() {
    Path out = dir.resolve("out.csv");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> FlaggedRecordsWriter.write(
        scored(new double[] {1, Double.POSITIVE_INFINITY}, DoubleColumn.create("x", 1, 2)), 0,
        FlaggedRecordsWriter.Rows.ALL, 1, out));
    assertTrue(e.getMessage().contains("score of Infinity for row 2"), e.getMessage());
    assertTrue(e.getMessage().contains("--scaling standard"), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void exportingOverTheScoredDataFileIsRefused() throws Exception {
    Path source = Files.writeString(dir.resolve("data.csv"), "x\n1\n");
    ScoredData data = scored(new double[] {1}, DoubleColumn.create("x", 1));
    ScoredData fromFile = ScoredData.of(new Dataset("data", source, data.dataset().table(), data.dataset().schema()),
        data.scores(), null);
    java.io.IOException e = assertThrows(java.io.IOException.class, () -> FlaggedRecordsWriter.write(fromFile, 0,
        FlaggedRecordsWriter.Rows.ALL, 1, source));
    assertTrue(e.getMessage().startsWith("data.csv is the data file being used"), e.getMessage());
    assertEquals("x\n1\n", Files.readString(source));
  }
}
