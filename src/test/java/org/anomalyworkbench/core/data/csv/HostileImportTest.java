package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.ColumnIssue;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.LabelEncoder;
import org.anomalyworkbench.core.data.LabelEncoding;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and everyday inputs of the import (docs/RELIABILITY.md, "Import"): each case asserts
 * the exact outcome, a message naming file, row, column and value, or the correctly typed data.
 */
class HostileImportTest {
  @TempDir
  Path dir;

  private static final CsvImportOptions DEFAULTS = CsvImportOptions.defaults();

  /** A mammography-like file: six numeric features and a 0/1 label; {@code odd} replaces f2 at data row {@code at}. */
  private Path numericFile(String name, int rows, int at, String odd) {
    String csv = CsvFixtures.lines("f0,f1,f2,f3,f4,f5,label", rows, r -> {
      String f2 = r + 1 == at ? odd : String.format(Locale.ROOT, "%.5f", Math.sin(r) * 3);
      return String.format(Locale.ROOT, "%.4f,%.4f,%s,%.3f,%d,%.2f,%d", r * 0.01, Math.cos(r), f2, r % 7 * 0.5,
          r % 13, r * 0.5, r % 50 == 0 ? 1 : 0);
    });
    return write(dir, name, csv);
  }

  private static void assertContains(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
    }
  }

  private static NonNumericCellsException stopped(Path file, CsvImportOptions options) {
    return assertThrows(NonNumericCellsException.class, () -> CsvImporter.read(file, options));
  }

  @Test
  void wordInANumericColumnStopsByDefaultNamingColumnRowAndValue() {
    Path file = numericFile("mammography.csv", 11_183, 5000, "oops");
    NonNumericCellsException e = stopped(file, DEFAULTS);
    assertEquals("f2", e.column());
    assertEquals(5001, e.line(), "header is line 1");
    assertContains(e.getMessage(), "mammography.csv, line 5001, column 'f2': 1 cell of this numeric column is not a "
        + "number (first at row 5000: 'oops')", "as missing values", "keep the column as text",
        "fix the cells, or add 'oops' to the missing-value markers");
    assertEquals(List.of(new ColumnIssue("f2", 1, 5000, 5001, "oops", NonNumericPolicy.STOP)), e.issues());
  }

  @Test
  void wordReadAsMissingKeepsTheColumnAFeatureAndIsReported() {
    Path file = numericFile("mammography.csv", 11_183, 5000, "oops");
    CsvImportResult r = CsvImporter.importFile(file, DEFAULTS.withNonNumeric(NonNumericPolicy.MISSING));
    Dataset d = r.dataset();
    assertEquals(ColumnKind.NUMERIC, d.schema().column("f2").orElseThrow().kind());
    assertEquals(ColumnRole.FEATURE, d.schema().column("f2").orElseThrow().role());
    assertEquals(6, d.schema().features().size());
    assertTrue(Double.isNaN(d.table().doubleColumn("f2").getDouble(4999)));
    assertEquals(Math.sin(5000) * 3, d.table().doubleColumn("f2").getDouble(5000), 1e-5);
    assertEquals(List.of(new ColumnIssue("f2", 1, 5000, 5001, "oops", NonNumericPolicy.MISSING)), d.issues());
    assertTrue(r.notes().contains("Column 'f2': 1 cell is not a number (first at row 5000, line 5001: 'oops'), "
        + "read as missing (filled in like other missing values)."), r.notes().toString());
  }

  @Test
  void wordKeptAsTextOnRequestIsStillReported() {
    Path file = numericFile("mammography.csv", 3_000, 500, "oops");
    Dataset d = CsvImporter.read(file, DEFAULTS.withNonNumeric(NonNumericPolicy.TEXT));
    assertEquals(ColumnKind.TEXT, d.schema().column("f2").orElseThrow().kind());
    assertEquals(List.of(new ColumnIssue("f2", 1, 500, 0, "oops", NonNumericPolicy.TEXT)), d.issues());
    assertContains(d.issues().get(0).message(), "kept as text");
  }

  @Test
  void sameWordAfterTheSampleGivesTheSameReport() {
    Path file = numericFile("late.csv", 1_000, 900, "oops");
    NonNumericCellsException e = stopped(file, DEFAULTS.withSampleRows(100));
    assertEquals(List.of(new ColumnIssue("f2", 1, 900, 901, "oops", NonNumericPolicy.STOP)), e.issues());
  }

  @Test
  void wordAfterTheSampleKeptAsTextRereadsTheColumnAsText() {
    Path file = numericFile("late.csv", 1_000, 900, "oops");
    Dataset d = CsvImporter.read(file, DEFAULTS.withSampleRows(100).withNonNumeric(NonNumericPolicy.TEXT));
    assertEquals("oops", d.table().stringColumn("f2").get(899));
    assertEquals(List.of(new ColumnIssue("f2", 1, 900, 0, "oops", NonNumericPolicy.TEXT)), d.issues());
  }

  @Test
  void oddCellsInTheSecondHalfOfATwoThreadParseHaveTheirTrueRowAndLine() {
    Path file = numericFile("two.csv", 20_000, 17_321, "oops");
    NonNumericCellsException e = stopped(file, DEFAULTS.withParseThreads(2).withSampleRows(100));
    assertEquals(List.of(new ColumnIssue("f2", 1, 17_321, 17_322, "oops", NonNumericPolicy.STOP)), e.issues());
  }

  @Test
  void infinityIsNotAFiniteNumber() {
    NonNumericCellsException e = stopped(numericFile("inf.csv", 200, 3, "inf"), DEFAULTS);
    assertContains(e.getMessage(), "inf.csv, line 4, column 'f2'", "row 3: 'inf', an infinity");
  }

  @Test
  void negativeInfinityIsNotAFiniteNumber() {
    NonNumericCellsException e = stopped(numericFile("ninf.csv", 200, 1, "-Infinity"), DEFAULTS);
    assertContains(e.getMessage(), "ninf.csv, line 2, column 'f2'", "row 1: '-Infinity', an infinity");
  }

  @Test
  void overflowIsNotAFiniteNumber() {
    NonNumericCellsException e = stopped(numericFile("big.csv", 200, 2, "1e400"), DEFAULTS);
    assertContains(e.getMessage(), "column 'f2'", "row 2: '1e400', too large for a number");
  }

  @Test
  void thousandsSeparatorsAreReportedNotGuessed() {
    NonNumericCellsException e = stopped(numericFile("thousands.csv", 200, 7, "\"1,234.5\""), DEFAULTS);
    assertContains(e.getMessage(), "column 'f2'", "row 7: '1,234.5', thousands separators are not read");
  }

  @Test
  void aStrayDecimalCommaIsReportedWithTheWayOut() {
    NonNumericCellsException e = stopped(numericFile("comma.csv", 200, 9, "\"1,5\""), DEFAULTS);
    assertContains(e.getMessage(), "row 9: '1,5', a decimal comma; import with the decimal separator set to ','");
  }

  @Test
  void hexIsNotANumber() {
    NonNumericCellsException e = stopped(numericFile("hex.csv", 200, 4, "0x1F"), DEFAULTS);
    assertEquals(List.of(new ColumnIssue("f2", 1, 4, 5, "0x1F", NonNumericPolicy.STOP)), e.issues());
  }

  @Test
  void severalOddCellsAreCountedWithTheFirst() {
    String csv = CsvFixtures.lines("a,b", 300, r -> r + "," + (r % 40 == 5 ? "n.a." : r % 40 == 6 ? "err" : r));
    NonNumericCellsException e = stopped(write(dir, "many.csv", csv), DEFAULTS);
    assertEquals(List.of(new ColumnIssue("b", 16, 6, 7, "n.a.", NonNumericPolicy.STOP)), e.issues());
    assertContains(e.getMessage(), "16 cells of this numeric column are not a number (first at row 6: 'n.a.')");
  }

  @Test
  void aRealTextColumnStaysTextWithoutAReport() {
    String csv = CsvFixtures.lines("size,v", 100, r -> (r % 3 == 0 ? "L" + r : String.valueOf(r)) + "," + r);
    Dataset d = CsvImporter.read(write(dir, "text.csv", csv), DEFAULTS);
    assertEquals(ColumnKind.TEXT, d.schema().column("size").orElseThrow().kind());
    assertEquals(List.of(), d.issues());
  }

  @Test
  void decimalCommaIsDetectedWhereTheDelimiterIsNotAComma() {
    Dataset d = CsvImporter.read(write(dir, "semi.csv", "a;b\n1,5;2\n-0,25;3\n"), DEFAULTS);
    assertEquals(List.of(1.5, -0.25), d.table().doubleColumn("a").asList());
  }

  @Test
  void decimalCommaInACommaFileNeedsTheOption() {
    Path file = write(dir, "quoted.csv", "a,b\n\"1,5\",2\n\"-0,25\",3\n\"7\",4\n");
    assertEquals(ColumnKind.CATEGORICAL, CsvImporter.read(file, DEFAULTS).schema().column("a").orElseThrow().kind());
    Dataset d = CsvImporter.read(file, DEFAULTS.withDecimal(','));
    assertEquals(List.of(1.5, -0.25, 7.0), d.table().doubleColumn("a").asList());
  }

  @Test
  void decimalPointOptionRefusesDecimalCommas() {
    Path file = write(dir, "semi.csv", CsvFixtures.lines("a;b", 100, r -> (r == 10 ? "2,5" : r + ".5") + ";" + r));
    NonNumericCellsException e = stopped(file, DEFAULTS.withDecimal('.'));
    assertEquals(List.of(new ColumnIssue("a", 1, 11, 12, "2,5", NonNumericPolicy.STOP)), e.issues());
  }

  @Test
  void labelNamedColumnWithThreeValuesIsNeitherLabelNorFeatureAndSaysWhy() {
    Path file = write(dir, "grades.csv", CsvFixtures.lines("a,b,label", 60, r -> r + "," + (r * 7 % 11) + "," + r % 3));
    CsvImportResult r = CsvImporter.importFile(file, DEFAULTS);
    assertEquals(ColumnRole.IGNORED, r.dataset().schema().column("label").orElseThrow().role());
    assertEquals(List.of("a", "b"), r.dataset().schema().features().stream().map(c -> c.name()).toList());
    assertTrue(r.notes().contains("Column 'label' is named like a label but has 3 different values, not two, so it "
        + "is not used as a feature (ground truth must not leak into the model). If it is a measurement, set its "
        + "role to Feature; if it is the label, recode it to two values."), r.notes().toString());
  }

  @Test
  void scikitLearnMinusOneIsTheAnomaly() {
    Path file = write(dir, "sk.csv", CsvFixtures.lines("a,y", 100, r -> r + "," + (r % 10 == 0 ? -1 : 1)));
    Dataset d = CsvImporter.read(file, DEFAULTS);
    assertEquals(ColumnRole.LABEL, d.schema().column("y").orElseThrow().role());
    LabelEncoding enc = LabelEncoder.fit(d);
    assertEquals("-1", enc.anomalyValue());
    assertEquals("Label 'y': -1 = anomaly (scikit-learn convention), 1 = normal (10 of 100 rows are -1).",
        enc.explanation());
    int[] codes = enc.encode(d.table().column("y"), file);
    assertEquals(1, codes[0]);
    assertEquals(0, codes[1]);
  }

  @Test
  void otherNumericCodingsReportTheMappingUsed() {
    Path file = write(dir, "onetwo.csv", CsvFixtures.lines("a,class", 50, r -> r + "," + (r % 5 == 0 ? 2 : 1)));
    LabelEncoding enc = LabelEncoder.fit(CsvImporter.read(file, DEFAULTS));
    assertEquals("2", enc.anomalyValue());
    assertEquals("Label 'class': '2' = anomaly (10 of 50 rows; not a 0/1 coding, so the rarer value was taken; "
        + "choose the anomaly value yourself if this is wrong), '1' = normal.", enc.explanation());
  }

  @Test
  void aTextColumnMarkedFeatureIsRefusedNotEncodedIntoHundredsOfCategories() {
    String csv = CsvFixtures.lines("f0,f2", 400, r -> r + "," + (r % 5 == 0 ? "x" + r : String.valueOf(r * 0.5)));
    Dataset d = CsvImporter.read(write(dir, "mixed.csv", csv), DEFAULTS.withRole("f2", ColumnRole.FEATURE));
    assertEquals(ColumnKind.TEXT, d.schema().column("f2").orElseThrow().kind());
    int[] rows = java.util.stream.IntStream.range(0, d.rows()).toArray();
    org.anomalyworkbench.core.data.DataImportException e = assertThrows(
        org.anomalyworkbench.core.data.DataImportException.class,
        () -> Preparation.fit(d, rows, PreparationConfig.defaults()));
    assertContains(e.getMessage(), "mixed.csv, column 'f2': This column is marked as a feature, but it is text with "
        + "400 different values, too many to encode as categories.", "reading its non-number cells as missing",
        "set its role to Ignored");
  }

  @Test
  void aCategoricalColumnThatNowHoldsNumbersIsRefusedWhenScoring() {
    Path train = write(dir, "train.csv", CsvFixtures.lines("v,shift", 300, r -> r % 17 + "," + "ABC".charAt(r % 3)));
    Dataset training = CsvImporter.read(train, DEFAULTS);
    Preparation prep = Preparation.fit(training, java.util.stream.IntStream.range(0, 300).toArray(),
        PreparationConfig.defaults());
    Path now = write(dir, "now.csv", CsvFixtures.lines("v,shift", 300, r -> r % 17 + "," + r % 3));
    Dataset scoring = CsvImporter.read(now, DEFAULTS);
    org.anomalyworkbench.core.data.DataImportException e = assertThrows(
        org.anomalyworkbench.core.data.DataImportException.class, () -> prep.transform(scoring));
    assertContains(e.getMessage(), "now.csv, column 'shift': This column held text (categories such as 'A') when "
        + "the model was trained, but now holds only numbers");
  }

  // Format and encoding cases the importer already handled before issue 11, pinned here.

  private static org.anomalyworkbench.core.data.DataImportException refused(Path file) {
    return assertThrows(org.anomalyworkbench.core.data.DataImportException.class, () -> CsvImporter.read(file, DEFAULTS));
  }

  @Test
  void emptyFileIsRefusedByName() {
    assertContains(refused(write(dir, "empty.csv", "")).getMessage(), "empty.csv: The file is empty");
  }

  @Test
  void headerWithoutRowsSaysWhatToAdd() {
    assertContains(refused(write(dir, "head.csv", "a,b,c\n")).getMessage(), "head.csv: ",
        "header line but no data rows", "Add data rows below the header");
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstName() {
    byte[] body = "a,b\n1,2\n3,4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Dataset d = CsvImporter.read(CsvFixtures.writeBytes(dir, "bom.csv", bytes), DEFAULTS);
    assertEquals(List.of("a", "b"), d.table().columnNames());
    assertEquals(List.of(1.0, 3.0), d.table().doubleColumn("a").asList());
  }

  @Test
  void utf16WithByteOrderMarkIsRead() {
    byte[] bytes = "x;größe\n1,5;2\n".getBytes(java.nio.charset.StandardCharsets.UTF_16);
    CsvImportResult r = CsvImporter.importFile(CsvFixtures.writeBytes(dir, "utf16.csv", bytes), DEFAULTS);
    assertEquals(List.of("x", "größe"), r.dataset().table().columnNames());
    assertEquals(1.5, r.dataset().table().doubleColumn("x").getDouble(0));
    assertTrue(r.notes().contains("The file is UTF-16BE (it starts with a byte-order mark)."), r.notes().toString());
  }

  @Test
  void spreadsheetSavedAsCsvNameIsRefusedWithTheWayOut() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
    assertContains(refused(CsvFixtures.writeBytes(dir, "data.csv", zip)).getMessage(), "data.csv: This is a zip "
        + "archive (for example an Excel .xlsx workbook), not a CSV text file. Export or save the data as CSV");
  }

  @Test
  void raggedRowNamesItsLine() {
    org.anomalyworkbench.core.data.DataImportException e = refused(write(dir, "ragged.csv", "a,b\n1,2\n3,4,5\n"));
    assertEquals(3, e.line());
    assertContains(e.getMessage(), "ragged.csv, line 3: This row has 3 fields, but the header has 2");
  }

  @Test
  void quotedLineBreaksStayInTheirCell() {
    Dataset d = CsvImporter.read(write(dir, "notes.csv", "id,note,v\n1,\"two\nlines\",5\n2,one,6\n"), DEFAULTS);
    assertEquals("two\nlines", d.table().stringColumn("note").get(0));
    assertEquals(List.of(5.0, 6.0), d.table().doubleColumn("v").asList());
  }

  @Test
  void duplicateHeaderNamesAreMadeUniqueAndReported() {
    CsvImportResult r = CsvImporter.importFile(write(dir, "dup.csv", "x,x,y\n1,2,3\n4,5,6\n"), DEFAULTS);
    assertEquals(List.of("x", "x_2", "y"), r.dataset().table().columnNames());
    assertEquals(List.of(2.0, 5.0), r.dataset().table().doubleColumn("x_2").asList());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("x_2")), r.notes().toString());
  }

  @Test
  void latin1IsReadAsWindows1252WithANote() {
    byte[] bytes = "name,v\nMüller,1\nGarçon,2\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    CsvImportResult r = CsvImporter.importFile(CsvFixtures.writeBytes(dir, "latin.csv", bytes), DEFAULTS);
    assertEquals(List.of("Müller", "Garçon"), r.dataset().table().stringColumn("name").asList());
    assertTrue(r.notes().contains("The file is not valid UTF-8 (first at line 2), so it was read as Windows-1252. "
        + "If accented letters look wrong, save it as UTF-8 and import again."), r.notes().toString());
  }
}
