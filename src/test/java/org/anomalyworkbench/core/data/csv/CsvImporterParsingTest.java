package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.anomalyworkbench.core.data.csv.CsvFixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvImporterParsingTest {
  @TempDir
  Path dir;

  private static Dataset read(Path file) {
    return CsvImporter.read(file, CsvImportOptions.defaults());
  }

  private static double[] doubles(Table t, String column) {
    return t.doubleColumn(column).asDoubleArray();
  }

  @Test
  void readsNumbersAndTextWithHeaderAndKinds() {
    Dataset d = read(write(dir, "basic.csv", "x,y,color\n1.5,-2,red\n2.25,3e2,blue\n-0.125,4,red\n"));
    assertEquals("basic", d.name());
    assertEquals(3, d.rows());
    assertArrayEquals(new double[] {1.5, 2.25, -0.125}, doubles(d.table(), "x"));
    assertArrayEquals(new double[] {-2, 300, 4}, doubles(d.table(), "y"));
    assertEquals(List.of("red", "blue", "red"), d.table().stringColumn("color").asList());
    assertEquals(ColumnKind.NUMERIC, d.schema().column("x").orElseThrow().kind());
    assertEquals(ColumnKind.CATEGORICAL, d.schema().column("color").orElseThrow().kind());
  }

  @Test
  void importedNumberColumnsBehaveLikeOrdinaryOnes() {
    DoubleColumn x = read(write(dir, "sort.csv", "x\n3\n-1\n2\n")).table().doubleColumn("x");
    x.sortAscending();
    assertArrayEquals(new double[] {-1, 2, 3}, x.asDoubleArray(), "spare capacity must not leak into the values");
    x.append(7.0);
    assertEquals(4, x.size());
    assertEquals(7.0, x.getDouble(3));
  }

  @Test
  void quotedFieldsKeepDelimitersNewlinesAndDoubledQuotes() {
    String csv = "id,text,v\n1,\"a,b\",1\n2,\"line1\nline2\",2\n3,\"say \"\"hi\"\"\",3\n4,plain,4\n";
    Table t = read(write(dir, "quoted.csv", csv)).table();
    assertEquals(List.of("a,b", "line1\nline2", "say \"hi\"", "plain"), t.stringColumn("text").asList());
    assertArrayEquals(new double[] {1, 2, 3, 4}, doubles(t, "v"));
  }

  @Test
  void missingMarkersBecomeNaNAndMissingStrings() {
    String csv = "a,b,c\n1,x,7\n?,NA,\n,?,N/A\n-,null,NaN\n5,y,8\n";
    Table t = read(write(dir, "missing.csv", csv)).table();
    double[] a = doubles(t, "a");
    assertEquals(1, a[0]);
    assertTrue(Double.isNaN(a[1]) && Double.isNaN(a[2]) && Double.isNaN(a[3]));
    assertEquals(5, a[4]);
    StringColumn b = t.stringColumn("b");
    assertFalse(b.isMissing(0));
    assertTrue(b.isMissing(1) && b.isMissing(2) && b.isMissing(3));
    assertEquals(3, t.doubleColumn("c").countMissing());
  }

  @Test
  void extraMissingMarkersAreAddedEvenWhenNumeric() {
    Path f = write(dir, "extra.csv", "a,b\n1,-999\n2,5\n-999,missing\n");
    Table t = CsvImporter.read(f, CsvImportOptions.defaults().withMissingMarkers(Set.of("-999", "missing"))).table();
    assertTrue(Double.isNaN(doubles(t, "a")[2]));
    assertTrue(Double.isNaN(doubles(t, "b")[0]));
    assertTrue(Double.isNaN(doubles(t, "b")[2]));
    assertEquals(5, doubles(t, "b")[1]);
  }

  @Test
  void detectsTabSemicolonAndPipe() {
    CsvImportResult tsv = CsvImporter.importFile(write(dir, "t.tsv", "a\tb\n1\t2\n3\t4\n"), CsvImportOptions.defaults());
    assertEquals('\t', tsv.delimiter());
    assertArrayEquals(new double[] {2, 4}, doubles(tsv.dataset().table(), "b"));
    CsvImportResult semi = CsvImporter.importFile(write(dir, "s.csv", "a;b\n1;2\n3;4\n"), CsvImportOptions.defaults());
    assertEquals(';', semi.delimiter());
    CsvImportResult pipe = CsvImporter.importFile(write(dir, "p.csv", "a|b|c\n1|2|3\n"), CsvImportOptions.defaults());
    assertEquals('|', pipe.delimiter());
    assertEquals(3, pipe.dataset().table().columnCount());
  }

  @Test
  void semicolonFilesMayUseDecimalCommas() {
    Table t = read(write(dir, "eu.csv", "a;b\n1,5;2\n-0,25;3\n")).table();
    assertArrayEquals(new double[] {1.5, -0.25}, doubles(t, "a"));
  }

  @Test
  void detectsMissingHeaderAndNamesColumns() {
    CsvImportResult r = CsvImporter.importFile(write(dir, "nohead.csv", "1,2\n3,4\n5,6\n"), CsvImportOptions.defaults());
    assertFalse(r.header());
    assertEquals(List.of("col_1", "col_2"), r.dataset().table().columnNames());
    assertEquals(3, r.dataset().rows());
  }

  @Test
  void headerCanBeForcedEitherWay() {
    Path f = write(dir, "forced.csv", "a,b\nc,d\ne,f\n");
    assertEquals(3, CsvImporter.read(f, CsvImportOptions.defaults().withHeader(false)).rows());
    assertEquals(2, CsvImporter.read(f, CsvImportOptions.defaults().withHeader(true)).rows());
  }

  @Test
  void utf8BomIsNotPartOfTheFirstName() {
    byte[] body = "amount,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Table t = read(writeBytes(dir, "bom.csv", withBom)).table();
    assertEquals(List.of("amount", "b"), t.columnNames());
    assertEquals(1, doubles(t, "amount")[0]);
  }

  @Test
  void crlfAndMixedLineEndingsGiveTheSameRows() {
    Table crlf = read(write(dir, "crlf.csv", "a,b\r\n1,x\r\n2,y\r\n")).table();
    Table mixed = read(write(dir, "mixed.csv", "a,b\r\n1,x\n2,y\n")).table();
    for (Table t : List.of(crlf, mixed)) {
      assertEquals(2, t.rowCount());
      assertArrayEquals(new double[] {1, 2}, doubles(t, "a"));
      assertEquals(List.of("x", "y"), t.stringColumn("b").asList());
    }
  }

  @Test
  void blankLinesAreSkippedAndSpacesTrimmed() {
    Table t = read(write(dir, "blank.csv", "a, b\n\n 1 , red \n\n2,blue\n")).table();
    assertEquals(List.of("a", "b"), t.columnNames());
    assertArrayEquals(new double[] {1, 2}, doubles(t, "a"));
    assertEquals(List.of("red", "blue"), t.stringColumn("b").asList());
  }

  @Test
  void duplicateAndBlankHeaderNamesAreMadeUnique() {
    CsvImportResult r = CsvImporter.importFile(write(dir, "dups.csv", "x,,x,col_2\n1,2,3,4\n5,6,7,8\n"),
        CsvImportOptions.defaults());
    assertEquals(List.of("x", "col_2_2", "x_2", "col_2"), r.dataset().table().columnNames());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("repeats the name 'x'")), r.notes().toString());
  }

  @Test
  void datesAndDateTimesAreRecognised() {
    String csv = "t,v\n2024-01-31,1\n2024-02-01 13:45:00,2\n2024-02-01T13:45:30.250,3\n2024-02-02T00:00:00Z,4\n"
        + "2024-02-02T02:00:00+02:00,5\n,6\n";
    Dataset d = read(write(dir, "dates.csv", csv));
    assertEquals(ColumnKind.DATETIME, d.schema().column("t").orElseThrow().kind());
    DateTimeColumn t = d.table().dateTimeColumn("t");
    assertEquals(LocalDateTime.of(2024, 1, 31, 0, 0), t.get(0));
    assertEquals(LocalDateTime.of(2024, 2, 1, 13, 45, 0), t.get(1));
    assertEquals(LocalDateTime.of(2024, 2, 1, 13, 45, 30, 250_000_000), t.get(2));
    assertEquals(LocalDateTime.of(2024, 2, 2, 0, 0), t.get(3));
    assertEquals(LocalDateTime.of(2024, 2, 2, 0, 0), t.get(4), "offsets are converted to UTC");
    assertTrue(t.isMissing(5));
  }

  @Test
  void columnEmptyInTheSampleIsTypedFromTheWholeFile() {
    String csv = CsvFixtures.lines("a,b", 50, r -> r + "," + (r < 40 ? "" : String.valueOf(r * 0.5)));
    CsvImportResult r = CsvImporter.importFile(write(dir, "late.csv", csv), CsvImportOptions.defaults().withSampleRows(20));
    DoubleColumn b = r.dataset().table().doubleColumn("b");
    assertEquals(40, b.countMissing());
    assertEquals(45 * 0.5, b.getDouble(45));
  }

  @Test
  void latin1FileIsReadAsWindows1252WithANote() {
    byte[] bytes = "name,v\ncaf\u00e9,1\nna\u00efve,2\n".getBytes(StandardCharsets.ISO_8859_1);
    CsvImportResult r = CsvImporter.importFile(writeBytes(dir, "latin.csv", bytes), CsvImportOptions.defaults());
    assertEquals(List.of("caf\u00e9", "na\u00efve"), r.dataset().table().stringColumn("name").asList());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("not valid UTF-8") && n.contains("line 2")), r.notes().toString());
  }

  @Test
  void invalidUtf8AfterTheFirstMegabyteAlsoFallsBack() {
    StringBuilder sb = new StringBuilder("name,v\n");
    int rows = 0;
    while (sb.length() < (1 << 20) + 1000) {
      sb.append("row").append(rows).append(',').append(rows++).append('\n');
    }
    byte[] ascii = sb.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "caf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[ascii.length + tail.length];
    System.arraycopy(ascii, 0, all, 0, ascii.length);
    System.arraycopy(tail, 0, all, ascii.length, tail.length);
    CsvImportResult r = CsvImporter.importFile(writeBytes(dir, "late-latin.csv", all),
        CsvImportOptions.defaults().withParseThreads(2));
    int asciiRows = rows;
    assertEquals(asciiRows + 1, r.dataset().rows());
    assertEquals("caf\u00e9", r.dataset().table().stringColumn("name").get(asciiRows));
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("line " + (asciiRows + 2))), r.notes().toString());
  }

  @Test
  void utf16WithBomIsRead() {
    byte[] text = "name;v\nZ\u00fcrich;1\nBern;2\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(text, 0, bytes, 2, text.length);
    CsvImportResult r = CsvImporter.importFile(writeBytes(dir, "utf16.csv", bytes), CsvImportOptions.defaults());
    assertEquals(';', r.delimiter());
    assertEquals(List.of("Z\u00fcrich", "Bern"), r.dataset().table().stringColumn("name").asList());
    assertArrayEquals(new double[] {1, 2}, doubles(r.dataset().table(), "v"));
  }

  @Test
  void utf8TextIsKept() {
    Table t = read(write(dir, "utf8.csv", "name,v\nZ\u00fcrich,1\n\u6771\u4eac,2\n")).table();
    assertEquals(List.of("Z\u00fcrich", "\u6771\u4eac"), t.stringColumn("name").asList());
  }

  @Test
  void progressRisesToOneAndReadersStillWorkAfterWarmUp() {
    String csv = CsvFixtures.lines("a,b", 300_000, r -> r + "," + (r % 7));
    List<Double> seen = new java.util.ArrayList<>();
    CsvImporter.read(write(dir, "progress.csv", csv), CsvImportOptions.defaults().withProgress(seen::add));
    assertEquals(1.0, seen.get(seen.size() - 1));
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "progress must not go back: " + seen);
    }
    assertTrue(seen.size() > 3, "expected several progress steps: " + seen);
    // The narrowed class-path scan must still register Tablesaw's own readers.
    assertEquals(1, Table.read().csv("a,b\n1,2\n", "check").rowCount());
  }
}
