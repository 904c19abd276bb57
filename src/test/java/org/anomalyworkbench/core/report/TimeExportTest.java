package org.anomalyworkbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.model.ScoredData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported time values keep the text form of the source file (issue 12). */
class TimeExportTest {
  @TempDir
  Path dir;

  /** Imports {@code csv}, scores rows 3, 2, 1 (descending) and returns the exported lines. */
  private List<String> roundTrip(String csv) throws Exception {
    Path in = Files.writeString(dir.resolve("in.csv"), csv);
    Dataset d = CsvImporter.read(in, CsvImportOptions.defaults());
    Scores scores = new Scores(new double[] {0.1, 0.2, 0.3}, new float[] {1, 1, 1}, List.of("v"));
    Path out = dir.resolve("out.csv");
    FlaggedRecordsWriter.write(ScoredData.of(d, scores, null), 0, FlaggedRecordsWriter.Rows.ALL, 0, out);
    return Files.readAllLines(out);
  }

  @Test
  void dayFirstDatesAreWrittenDayFirst() throws Exception {
    List<String> lines = roundTrip("t,v\n03/04/2020 08:00,1\n25/04/2020 09:30,2\n26/04/2020 10:00,3\n");
    assertEquals("3,26/04/2020 10:00,3,0.3,1,1,", lines.get(1));
    assertEquals("1,03/04/2020 08:00,1,0.1,3,1,", lines.get(3));
  }

  @Test
  void isoWithTAndZoneIsWrittenWithTInUtc() throws Exception {
    List<String> lines = roundTrip("t,v\n2024-03-01T10:00:00Z,1\n2024-03-01T12:05:00+02:00,2\n"
        + "2024-03-01T10:10:00Z,3\n");
    assertEquals("2,2024-03-01T10:05:00Z,2,0.2,2,1,", lines.get(2), "+02:00 was converted to UTC on import");
  }

  @Test
  void aSourcePatternThatWouldLoseSecondsFallsBackToThePlainForm() throws Exception {
    // A 100-row sample has minutes only; a later row has seconds.
    StringBuilder csv = new StringBuilder("t,v\n");
    for (int k = 0; k < 150; k++) {
      csv.append(String.format("2024-03-01T%02d:%02d", k / 60, k % 60)).append(k == 149 ? ":30" : "").append(",1\n");
    }
    Path in = Files.writeString(dir.resolve("late.csv"), csv.toString());
    Dataset d = CsvImporter.read(in, CsvImportOptions.defaults().withSampleRows(100));
    assertEquals("yyyy-MM-dd'T'HH:mm", d.timeFormats().get("t"));
    assertEquals("2024-03-01 02:29:30", DateTimeText.of(d.table().dateTimeColumn("t"), d.timeFormats().get("t"))
        .format(d.table().dateTimeColumn("t").get(149)));
  }

  @Test
  void epochNumbersAreWrittenAsTheirDigits() throws Exception {
    List<String> lines = roundTrip("timestamp,v\n1583742873,1\n1583742933,2\n1583742993,3\n");
    assertEquals("3,1583742993,3,0.3,1,1,", lines.get(1));
  }
}
