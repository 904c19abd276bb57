package org.anomalyworkbench.core.data.csv;

import static org.anomalyworkbench.core.data.csv.CsvFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Two parser threads must read exactly what one thread reads. */
class ParallelParseTest {
  @TempDir
  Path dir;

  private static String row(int r, SplittableRandom rnd) {
    String amount = rnd.nextInt(50) == 0 ? "NA" : String.format(java.util.Locale.ROOT, "%.4f", rnd.nextGaussian() * 100);
    String exp = rnd.nextInt(10) == 0 ? "" : rnd.nextDouble() + "e-" + rnd.nextInt(5);
    String color = switch (rnd.nextInt(4)) {
      case 0 -> "red";
      case 1 -> "\"green, light\"";
      case 2 -> "";
      default -> "blue";
    };
    String t = "2024-03-" + String.format("%02d", 1 + r % 28) + " 12:" + String.format("%02d", r % 60) + ":00";
    return r + "," + amount + "," + exp + "," + color + "," + t + "," + (r % 97 == 0 ? 1 : 0);
  }

  private static String file(int rows, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    return CsvFixtures.lines("id,amount,small,color,time,label", rows, r -> row(r, rnd));
  }

  /**
   * Odd cells read as missing: the generated 'small' column has some like "6.3E-4e-1", and
   * their count, first row and line must not depend on the threads either.
   */
  private static Dataset read(Path f, int threads) {
    return CsvImporter.read(f, CsvImportOptions.defaults().withParseThreads(threads)
        .withNonNumeric(org.anomalyworkbench.core.data.NonNumericPolicy.MISSING));
  }

  private static void assertSameTables(Table a, Table b) {
    assertEquals(a.columnNames(), b.columnNames());
    assertEquals(a.rowCount(), b.rowCount());
    for (int c = 0; c < a.columnCount(); c++) {
      Column<?> x = a.column(c);
      Column<?> y = b.column(c);
      assertEquals(x.type(), y.type(), x.name());
      if (x instanceof tech.tablesaw.api.DoubleColumn dx) {
        // Arrays.equals compares bit patterns, so NaN (missing) equals NaN.
        assertTrue(java.util.Arrays.equals(dx.asDoubleArray(), ((tech.tablesaw.api.DoubleColumn) y).asDoubleArray()),
            x.name());
      } else {
        assertEquals(x.asList(), y.asList(), x.name());
      }
    }
  }

  @Test
  void twoHundredThousandRowsOnTwoThreadsEqualOneThread() {
    Path f = write(dir, "mixed.csv", file(200_000, 7));
    Dataset one = read(f, 1);
    Dataset two = read(f, 2);
    assertEquals(200_000, one.rows());
    assertSameTables(one.table(), two.table());
    assertEquals(one.schema(), two.schema());
    assertEquals(one.issues(), two.issues());
    assertEquals("small", one.issues().get(0).column());
    assertTrue(Double.isNaN(one.table().doubleColumn("amount").getDouble(findNa(f))));
  }

  /** A quoted line break after the sample: a split may land inside it, so the parse is redone on one thread. */
  @Test
  void quotedLineBreakAfterTheSampleFallsBackToOneThread() {
    StringBuilder sb = new StringBuilder("id,text,v\n");
    int rows = 120_000;
    for (int r = 0; r < rows; r++) {
      sb.append(r).append(',');
      sb.append(r >= rows / 2 - 3 && r <= rows / 2 + 3 ? "\"part one\npart two\"" : "word" + (r % 10));
      sb.append(',').append(r % 13).append('\n');
    }
    Path f = write(dir, "multiline.csv", sb.toString());
    Dataset one = read(f, 1);
    Dataset two = read(f, 2);
    assertEquals(rows, one.rows());
    assertEquals("part one\npart two", one.table().stringColumn("text").get(rows / 2));
    assertSameTables(one.table(), two.table());
  }

  /** Long lines first, short lines later: more rows than estimated, which spill into chunks. */
  @Test
  void rowsBeyondTheEstimateSpillAndStayInOrder() {
    String pad = "x".repeat(400);
    int rows = 400_000;
    String csv = CsvFixtures.lines("i,t", rows, r -> r + "," + (r < 3_000 ? pad : "s"));
    Path f = write(dir, "spill.csv", csv);
    for (int threads = 1; threads <= 2; threads++) {
      Dataset d = read(f, threads);
      assertEquals(rows, d.rows());
      double[] i = d.table().doubleColumn("i").asDoubleArray();
      for (int r = 0; r < rows; r++) {
        if (i[r] != r) {
          assertEquals(r, i[r], "row " + r + " with " + threads + " thread(s)");
        }
      }
      assertEquals("s", d.table().stringColumn("t").get(rows - 1));
      assertEquals(pad, d.table().stringColumn("t").get(2_999));
    }
  }

  /** White-box: the clean file really is parsed as two ranges, the multi-line one as one. */
  @Test
  void splitIsUsedOnlyWhenSafe() throws Exception {
    Path clean = write(dir, "clean.csv", CsvFixtures.lines("a,b", 100_000, r -> r + ",\"x\""));
    Path multi = write(dir, "multi.csv", CsvFixtures.lines("a,b", 100_000, r -> r + (r == 50_000 ? ",\"x\ny\"" : ",x")));
    assertEquals(2, parts(clean), "clean file: two ranges");
    assertEquals(1, parts(multi), "quoted line break: redone on one thread");
  }

  private static int parts(Path f) throws Exception {
    FileProbe probe = FileProbe.probe(f);
    MissingMarkers markers = MissingMarkers.withExtra(java.util.Set.of());
    java.util.List<ColumnPlan> plans = java.util.List.of(
        new ColumnPlan("a", ColumnPlan.Storage.NUMBER, '.'), new ColumnPlan("b", ColumnPlan.Storage.STRING, '.'));
    FullParse.Job job = new FullParse.Job(f, probe, ',', true, plans, markers, true,
        org.anomalyworkbench.core.training.CancellationToken.none(), new ProgressTracker(probe.size(), null));
    FullParse.Parsed parsed = FullParse.run(job, 2);
    assertEquals(100_000, parsed.rows());
    return parsed.parts().size();
  }

  private static int findNa(Path f) {
    try (var lines = java.nio.file.Files.lines(f)) {
      var it = lines.skip(1).iterator();
      for (int r = 0; it.hasNext(); r++) {
        if (it.next().split(",", -1)[1].equals("NA")) {
          return r;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("fixture has no NA");
  }
}
