package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import options of the command line: odd cells in numeric columns, decimal separator, label mapping. */
class DataOptionsTest {
  @TempDir
  Path dir;

  private static CliRun cli(String... args) {
    return CliRun.of(args);
  }

  /** Six numeric features and a -1/1 label; f2 holds 'oops' at data row 50. */
  private Path data() throws Exception {
    StringBuilder sb = new StringBuilder("f0,f1,f2,f3,f4,f5,y\n");
    for (int r = 0; r < 300; r++) {
      sb.append(String.format(Locale.ROOT, "%.3f,%.3f,%s,%.3f,%d,%.2f,%d%n", Math.sin(r), Math.cos(r),
          r == 49 ? "oops" : String.format(Locale.ROOT, "%.3f", Math.sin(r * 0.3)), r % 7 * 0.5, r % 13, r * 0.5,
          r % 30 == 0 ? -1 : 1));
    }
    return Files.writeString(dir.resolve("sensors.csv"), sb.toString());
  }

  private String[] train(Path data, String... extra) {
    String[] base = {"train", "--data", data.toString(), "--detector", "zscore", "--model",
        dir.resolve("m.awm").toString(), "-q"};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return all;
  }

  @Test
  void oddCellStopsByDefaultAndNamesTheOptions() throws Exception {
    CliRun r = cli(train(data()));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("sensors.csv, line 51, column 'f2': 1 cell of this numeric column is not a number "
        + "(first at row 50: 'oops')"), r.err());
    assertTrue(r.err().contains("--non-numeric missing or --non-numeric text"), r.err());
  }

  @Test
  void oddCellReadAsMissingTrainsOnEveryFeatureWithAWarning() throws Exception {
    CliRun r = cli(train(data(), "--non-numeric", "missing"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(300 rows, 6 feature columns)"), r.out());
    assertTrue(r.err().contains("Warning: Column 'f2': 1 cell is not a number (first at row 50, line 51: 'oops'), "
        + "read as missing"), r.err());
    assertTrue(r.err().contains("Label 'y': -1 = anomaly (scikit-learn convention), 1 = normal (10 of 300 rows are -1)."),
        r.err());
  }

  @Test
  void oddCellKeptAsTextLeavesFiveFeaturesAndSaysSo() throws Exception {
    CliRun r = cli(train(data(), "--non-numeric", "text"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(300 rows, 5 feature columns)"), r.out());
    assertTrue(r.err().contains("Warning: Column 'f2': 1 cell is not a number (first at row 50: 'oops'), so the "
        + "column was kept as text"), r.err());
  }

  @Test
  void badOptionValuesSayWhatIsAllowed() throws Exception {
    CliRun r = cli(train(data(), "--non-numeric", "ignore"));
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--non-numeric must be stop, missing or text, not 'ignore'."), r.err());
    CliRun d = cli(train(data(), "--decimal", ";"));
    assertTrue(d.err().contains("--decimal must be . or ,"), d.err());
  }

  @Test
  void oneFeatureColumnIsSingular() throws Exception {
    CliRun r = cli(train(data(), "--features", "f0", "--non-numeric", "missing"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(300 rows, 1 feature column)"), r.out());
  }

  @Test
  void aSeriesWithAGapAndUnsortedRowsIsReportedAsAWarning() throws Exception {
    StringBuilder sb = new StringBuilder("timestamp,value\n");
    for (int k = 0; k < 200; k++) {
      long epoch = 1_583_742_873L + 300L * k + (k >= 120 ? 7200 : 0); // 2 h more before row 121
      // rows 11 and 12 swapped: one step back in 199 is still a clock (at most 1%)
      sb.append(k == 10 ? epoch + 300 : k == 11 ? epoch - 300 : epoch).append(',').append(k % 9).append('\n');
    }
    CliRun r = cli(train(Files.writeString(dir.resolve("series.csv"), sb.toString())));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Note: Column 'timestamp' holds numbers like epoch seconds"), r.err());
    assertTrue(r.err().contains("Warning: Series ('timestamp'): 200 points every 5 min, 1 gap (largest 2.1 h at row "
        + "121), 0 duplicate times; the rows are not in time order in the file"), r.err());
  }

  @Test
  void aRegularSeriesIsOneLineWithoutWarning() throws Exception {
    StringBuilder sb = new StringBuilder("time,value\n");
    for (int k = 0; k < 100; k++) {
      sb.append(String.format("2024-01-01T%02d:%02d:00,%d%n", k / 60, k % 60, k % 5));
    }
    CliRun r = cli(train(Files.writeString(dir.resolve("regular.csv"), sb.toString())));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("Series ('time'): 100 points every 1 min, 0 gaps, 0 duplicate times."), r.err());
    assertTrue(!r.err().contains("Warning: Series"), r.err());
  }
}
