package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateTimeColumn;

/** Time columns of issue 12: every timestamp form, the day/month order rule, epoch numbers, NAB and SKAB files. */
class TimeImportTest {
  @TempDir
  Path dir;

  private CsvImportResult load(String csv) {
    return CsvImporter.importFile(write(dir, "series.csv", csv), CsvImportOptions.defaults());
  }

  private static DateTimeColumn time(CsvImportResult r) {
    return r.dataset().table().dateTimeColumn("t");
  }

  private static String notes(CsvImportResult r) {
    return String.join("\n", r.notes());
  }

  @Test
  void isoWithTSeparatorZoneAndMillisIsReadAsUtc() {
    CsvImportResult r = load("t,v\n2024-03-01T10:00:00Z,1\n2024-03-01T12:30:15.250+02:00,2\n"
        + "2024-03-01T10:45:00.5-01:00,3\n");
    DateTimeColumn t = time(r);
    assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0), t.get(0));
    assertEquals(LocalDateTime.of(2024, 3, 1, 10, 30, 15, 250_000_000), t.get(1), "+02:00 is converted to UTC");
    assertEquals(LocalDateTime.of(2024, 3, 1, 11, 45, 0, 500_000_000), t.get(2), "-01:00 is converted to UTC");
    assertEquals(ColumnRole.TIME, r.dataset().schema().column("t").orElseThrow().role());
    assertEquals("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", r.dataset().timeFormats().get("t"));
  }

  @Test
  void spaceSeparatedSecondsAndMinutesOnly() {
    CsvImportResult r = load("t,v\n2020-03-09 10:14,1\n2020-03-09 10:15,2\n");
    assertEquals(LocalDateTime.of(2020, 3, 9, 10, 15), time(r).get(1));
    assertEquals("yyyy-MM-dd HH:mm", r.dataset().timeFormats().get("t"));
  }

  @Test
  void aFirstFieldAbove12MeansDayFirst() {
    CsvImportResult r = load("t,v\n03/04/2020 08:00,1\n25/04/2020 09:30:00,2\n");
    assertEquals(LocalDateTime.of(2020, 4, 3, 8, 0), time(r).get(0), "03/04 is 3 April once 25/04 shows the order");
    assertEquals(LocalDateTime.of(2020, 4, 25, 9, 30), time(r).get(1));
    assertEquals("dd/MM/yyyy HH:mm:ss", r.dataset().timeFormats().get("t"));
    assertTrue(notes(r).contains("Column 't' holds dates written day first (dd/MM/yyyy HH:mm:ss)"), notes(r));
  }

  @Test
  void aSecondFieldAbove12MeansMonthFirst() {
    CsvImportResult r = load("t,v\n03/04/2020,1\n4/25/2020,2\n");
    assertEquals(LocalDateTime.of(2020, 3, 4, 0, 0), time(r).get(0), "03/04 is March 4 once 4/25 shows the order");
    assertEquals(LocalDateTime.of(2020, 4, 25, 0, 0), time(r).get(1));
    assertEquals("M/dd/yyyy", r.dataset().timeFormats().get("t"));
    assertTrue(notes(r).contains("month first (M/dd/yyyy): some second field is above 12"), notes(r));
  }

  @Test
  void whenBothOrdersFitEveryValueDayFirstIsChosenAndTheNoteSaysSo() {
    CsvImportResult r = load("t,v\n03.04.2020,1\n05.04.2020,2\n");
    assertEquals(LocalDateTime.of(2020, 4, 3, 0, 0), time(r).get(0));
    assertEquals("dd.MM.yyyy", r.dataset().timeFormats().get("t"));
    assertTrue(notes(r).contains("reads both day first and month first (no field above 12), so it was read day "
        + "first (dd.MM.yyyy). If the file writes the month first, rewrite the column as yyyy-MM-dd"), notes(r));
  }

  @Test
  void dayAndMonthAbove12InOneColumnIsNotADate() {
    CsvImportResult r = load("t,v\n25/04/2020,1\n04/25/2020,2\n");
    assertEquals(ColumnKind.CATEGORICAL, r.dataset().schema().column("t").orElseThrow().kind(),
        "no single order reads both values, so they stay text");
  }

  @Test
  void epochSecondsAndMillisecondsBecomeTimeNotFeatures() {
    CsvImportResult s = CsvImporter.importFile(write(dir, "s.csv", CsvFixtures.lines("timestamp,value", 50,
        k -> (1583742873L + 60L * k) + "," + (k % 7))), CsvImportOptions.defaults());
    assertEquals(ColumnRole.TIME, s.dataset().schema().column("timestamp").orElseThrow().role());
    assertEquals(List.of("value"), s.dataset().schema().features().stream().map(c -> c.name()).toList());
    assertTrue(notes(s).contains("Column 'timestamp' holds numbers like epoch seconds (the first, 1583742873, is "
        + "2020-03-09 08:34:33 UTC): read as epoch seconds"), notes(s));

    CsvImportResult ms = CsvImporter.importFile(write(dir, "ms.csv", CsvFixtures.lines("v,Unix_Time", 50,
        k -> (k % 7) + "," + (1583742873000L + 250L * k))), CsvImportOptions.defaults());
    assertEquals(ColumnRole.TIME, ms.dataset().schema().column("Unix_Time").orElseThrow().role());
    assertTrue(notes(ms).contains("read as epoch milliseconds"), notes(ms));
  }

  @Test
  void epochLikeNumbersThatAreShuffledOrBadlyNamedStayFeatures() {
    // 20 of 49 steps go back in time: not a clock, whatever the name says.
    CsvImportResult shuffled = CsvImporter.importFile(write(dir, "shuffled.csv", CsvFixtures.lines("ts,v", 50,
        k -> (1583742873L + 60L * ((k * 37) % 50)) + "," + k)), CsvImportOptions.defaults());
    assertEquals(ColumnRole.FEATURE, shuffled.dataset().schema().column("ts").orElseThrow().role());
    CsvImportResult named = CsvImporter.importFile(write(dir, "amount.csv", CsvFixtures.lines("amount,v", 50,
        k -> (1583742873L + 60L * k) + "," + k)), CsvImportOptions.defaults());
    assertEquals(ColumnRole.FEATURE, named.dataset().schema().column("amount").orElseThrow().role());
    CsvImportResult small = CsvImporter.importFile(write(dir, "small.csv", CsvFixtures.lines("time,v", 50,
        k -> k + "," + k)), CsvImportOptions.defaults());
    assertEquals(ColumnRole.FEATURE, small.dataset().schema().column("time").orElseThrow().role(),
        "seconds since the start are not epoch time; --time makes them the time column");
  }

  @Test
  void nabLikeFileGetsTimeFeatureIgnoredMarkerAndLabel() {
    CsvImportResult r = CsvImporter.importFile(write(dir, "nab.csv", CsvFixtures.lines(
        "timestamp,value,anomaly_point,label", 300, k -> String.format("2014-04-%02d %02d:%02d:00,%d.5,%d,%d",
            1 + k / 288, (k % 288) / 12, (k % 12) * 5, k % 13, k == 150 ? 1 : 0, k >= 140 && k < 160 ? 1 : 0))),
        CsvImportOptions.defaults());
    Schema s = r.dataset().schema();
    assertEquals(ColumnRole.TIME, s.column("timestamp").orElseThrow().role());
    assertEquals(ColumnRole.FEATURE, s.column("value").orElseThrow().role());
    assertEquals(ColumnRole.IGNORED, s.column("anomaly_point").orElseThrow().role());
    assertEquals(ColumnRole.LABEL, s.column("label").orElseThrow().role());
    assertTrue(notes(r).contains("Column 'anomaly_point' is named like a label but has two values, but 'label' is "
        + "the label"), notes(r));
    assertEquals("yyyy-MM-dd HH:mm:ss", r.dataset().timeFormats().get("timestamp"));
  }

  @Test
  void skabLikeSemicolonFileWithEightSensors() {
    String header = "datetime;Accelerometer1RMS;Accelerometer2RMS;Current;Pressure;Temperature;Thermocouple;"
        + "Voltage;Volume Flow RateRMS;anomaly;changepoint";
    Dataset d = CsvImporter.read(write(dir, "skab.csv", CsvFixtures.lines(header, 200, k -> String.format(
        java.util.Locale.ROOT, "2020-03-09 10:%02d:%02d;0.02%d;0.04%d;1.%d;0.05%d;8%d.1;2%d.3;23%d;3%d.2;%d;%d",
        14 + k / 60, k % 60, k % 10, k % 9, k % 8, k % 7, k % 6, k % 5, k % 4, k % 3, k > 100 ? 1 : 0,
        k == 101 ? 1 : 0))), CsvImportOptions.defaults());
    Schema s = d.schema();
    assertEquals(ColumnRole.TIME, s.column("datetime").orElseThrow().role());
    assertEquals(LocalDateTime.of(2020, 3, 9, 10, 14, 1), d.table().dateTimeColumn("datetime").get(1));
    assertEquals(ColumnRole.LABEL, s.column("anomaly").orElseThrow().role());
    assertEquals(9, s.features().size(), "8 sensors plus changepoint, which the user may set to Ignored");
    assertEquals(0.021, d.table().doubleColumn("Accelerometer1RMS").get(1), 1e-12);
    assertFalse(s.features().stream().anyMatch(c -> c.name().equals("datetime")));
  }

  @Test
  void aLaterDateInTheOtherOrderStopsTheImportNamingLineColumnAndForm() {
    String csv = CsvFixtures.lines("t,v", 30, k -> String.format("%02d/04/2020,%d", k + 1, k)) + "04/25/2020,30\n";
    org.anomalyworkbench.core.data.DataImportException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.anomalyworkbench.core.data.DataImportException.class, () -> CsvImporter.importFile(
            write(dir, "late.csv", csv), CsvImportOptions.defaults().withSampleRows(10)));
    assertTrue(e.getMessage().contains("late.csv, line 32, column 't': '04/25/2020' is not a date in this column's "
        + "form (dd/MM/yyyy, read day first from the first 10 rows)"), e.getMessage());
  }
}
