package org.anomalyworkbench.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sample splitter must cut records exactly as the full parse (FastCSV) does. */
class RecordSplitterTest {
  private static final char[] ALPHABET = {'a', 'b', ',', ',', '"', '"', '\n', '\r', ' ', ';', '1'};

  @Test
  void agreesWithFastCsvOnRandomText() {
    SplittableRandom rnd = new SplittableRandom(3);
    for (int trial = 0; trial < 40_000; trial++) {
      char delimiter = trial % 2 == 0 ? ',' : ';';
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
      }
      String text = sb.toString();
      List<String[]> expected = new ArrayList<>();
      List<Long> expectedLines = new ArrayList<>();
      try (CsvReader<CsvRecord> csv = RangeWorker.builder(delimiter).ofCsvRecord(text)) {
        for (CsvRecord r : csv) {
          expected.add(r.getFields().toArray(new String[0]));
          expectedLines.add(r.getStartingLineNumber());
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (de.siegmar.fastcsv.reader.CsvParseException e) {
        // FastCSV fails on a lone quote as the very last character; the full parse reports that.
        assertTrue(text.endsWith("\""), text);
        continue;
      }
      RecordSplitter.Result got = RecordSplitter.split(text, delimiter, true, Integer.MAX_VALUE);
      String shown = text.replace("\r", "\\r").replace("\n", "\\n");
      assertEquals(expected.size(), got.records().size(), shown);
      for (int i = 0; i < expected.size(); i++) {
        assertArrayEquals(expected.get(i), got.records().get(i), shown + " record " + i);
      }
      assertEquals(expectedLines, got.lines(), shown);
      assertTrue(got.consumedAll());
    }
  }

  @Test
  void leavesOutARecordCutOffByTheWindow() {
    RecordSplitter.Result r = RecordSplitter.split("a,b\n1,2\n3,\"x", ',', false, 100);
    assertEquals(2, r.records().size());
    assertFalse(r.consumedAll());
    RecordSplitter.Result upToMax = RecordSplitter.split("a\n1\n2\n", ',', true, 2);
    assertEquals(2, upToMax.records().size());
    assertFalse(upToMax.consumedAll());
  }
}
