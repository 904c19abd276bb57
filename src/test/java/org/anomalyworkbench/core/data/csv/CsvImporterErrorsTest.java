package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.anomalyworkbench.core.data.csv.CsvFixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad file gives one DataImportException that names the file, line and column. */
class CsvImporterErrorsTest {
  @TempDir
  Path dir;

  private static DataImportException fail(Path file, CsvImportOptions options) {
    DataImportException e = assertThrows(DataImportException.class, () -> CsvImporter.read(file, options));
    assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
    return e;
  }

  private static DataImportException fail(Path file) {
    return fail(file, CsvImportOptions.defaults());
  }

  private static void assertContains(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), "expected '" + p + "' in: " + message);
    }
  }

  @Test
  void emptyFile() {
    assertContains(fail(write(dir, "empty.csv", "")).getMessage(), "empty.csv: The file is empty");
  }

  @Test
  void onlyBlankLines() {
    assertContains(fail(write(dir, "blank.csv", "\n  \n\r\n")).getMessage(), "no content");
  }

  @Test
  void headerWithoutRows() {
    DataImportException e = fail(write(dir, "head.csv", "a,b,c\n"));
    assertContains(e.getMessage(), "header line but no data rows");
  }

  @Test
  void rowWithTooManyFieldsInTheSample() {
    DataImportException e = fail(write(dir, "ragged.csv", "a,b\n1,2\n3,4,5\n6,7\n"));
    assertEquals(3, e.line());
    assertContains(e.getMessage(), "ragged.csv, line 3:", "has 3 fields", "the header has 2", "extra");
  }

  @Test
  void rowWithTooFewFieldsAfterTheSample() {
    String csv = CsvFixtures.lines("a,b,c", 300, r -> r == 250 ? "1,2" : r + ",1,2");
    DataImportException e = fail(write(dir, "short.csv", csv), CsvImportOptions.defaults().withSampleRows(50));
    assertEquals(252, e.line(), "header is line 1, data row 251 is line 252");
    assertContains(e.getMessage(), "line 252", "has 2 fields", "the header has 3", "missing");
  }

  @Test
  void lateTextInANumericColumn() {
    String csv = CsvFixtures.lines("id,amount", 200, r -> r + "," + (r == 150 ? "abc" : r * 1.5));
    DataImportException e = fail(write(dir, "data.csv", csv), CsvImportOptions.defaults().withSampleRows(100));
    assertEquals(152, e.line());
    assertEquals("amount", e.column());
    assertContains(e.getMessage(), "data.csv, line 152, column 'amount': 1 cell of this numeric column is not a "
        + "number (first at row 151: 'abc')", "as missing values", "missing-value markers");
  }

  @Test
  void lateBadValueIsReportedOnTwoThreadsToo() {
    String csv = CsvFixtures.lines("id,amount", 300_000, r -> r + "," + (r == 280_000 ? "n/a?" : "1.25"));
    DataImportException e = fail(write(dir, "big.csv", csv), CsvImportOptions.defaults().withParseThreads(2));
    assertEquals(280_002, e.line());
    assertContains(e.getMessage(), "column 'amount': 1 cell of this numeric column is not a number (first at row "
        + "280001: 'n/a?')");
  }

  @Test
  void lateBadDate() {
    String csv = CsvFixtures.lines("t,v", 30, r -> (r == 20 ? "yesterday" : "2024-01-" + (10 + r % 9)) + "," + r);
    DataImportException e = fail(write(dir, "dates.csv", csv), CsvImportOptions.defaults().withSampleRows(10));
    assertEquals(22, e.line());
    assertContains(e.getMessage(), "column 't': 'yesterday' is not a date");
  }

  @Test
  void numberTooLarge() {
    String csv = CsvFixtures.lines("v", 30, r -> r == 25 ? "1e999" : "1");
    assertContains(fail(write(dir, "huge.csv", csv), CsvImportOptions.defaults().withSampleRows(10)).getMessage(),
        "line 27", "'1e999', too large for a number");
  }

  @Test
  void binaryFileWithNulBytes() {
    byte[] bytes = {'a', ',', 'b', '\n', 1, 0, 2, 0, '\n'};
    DataImportException e = fail(writeBytes(dir, "blob.csv", bytes));
    assertEquals(2, e.line());
    assertContains(e.getMessage(), "binary file", "NUL byte at byte 5");
  }

  @Test
  void excelWorkbookIsNamed() {
    byte[] bytes = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
    assertContains(fail(writeBytes(dir, "book.csv", bytes)).getMessage(), "Excel .xlsx", "save the data as CSV");
  }

  @Test
  void missingFile() {
    DataImportException e = fail(dir.resolve("nope.csv"));
    assertContains(e.getMessage(), "does not exist");
    assertNull(e.column());
  }

  @Test
  void unknownColumnInExplicitRoles() {
    Path f = write(dir, "roles.csv", "a,b\n1,2\n");
    DataImportException e = fail(f, CsvImportOptions.defaults().withRole("c", org.anomalyworkbench.core.data.ColumnRole.ID));
    assertEquals("c", e.column());
    assertContains(e.getMessage(), "no column with this name", "[a, b]");
  }

  @Test
  void labelColumnWithThreeValues() {
    Path f = write(dir, "lab.csv", "a,kind\n1,x\n2,y\n3,z\n");
    DataImportException e = fail(f, CsvImportOptions.defaults().withLabelColumn("kind"));
    assertContains(e.getMessage(), "column 'kind'", "3 distinct values", "exactly two");
  }

  @Test
  void cancelledImportStops() {
    CancellationToken token = new CancellationToken();
    token.cancel();
    String csv = CsvFixtures.lines("a,b", 20_000, r -> r + ",1");
    Path f = write(dir, "cancel.csv", csv);
    for (int threads = 1; threads <= 2; threads++) {
      CsvImportOptions o = CsvImportOptions.defaults().withCancellation(token).withParseThreads(threads);
      assertThrows(TrainingCancelledException.class, () -> CsvImporter.read(f, o));
    }
  }
}
