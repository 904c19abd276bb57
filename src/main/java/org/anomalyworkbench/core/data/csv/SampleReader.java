package org.anomalyworkbench.core.data.csv;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first records of a file as strings: the header candidate plus the rows that
 * type inference looks at. Blank lines are skipped, as in the full parse.
 */
final class SampleReader {
  private SampleReader() {
  }

  /**
   * The sample.
   *
   * @param records fields of each record, in file order
   * @param lines physical line on which each record starts (1-based)
   * @param multiLineFields whether some field contains a line break (then the file is parsed
   *     on one thread, because a byte range could start inside such a field)
   * @param wholeFile whether the sample holds every record of the file
   */
  record Sample(List<String[]> records, List<Long> lines, boolean multiLineFields, boolean wholeFile) {
    int size() {
      return records.size();
    }
  }

  /** The builder every parse in this package uses, so they all read the same way. */
  static CsvReader.CsvReaderBuilder builder(char delimiter) {
    return CsvReader.builder()
        .fieldSeparator(delimiter)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .commentCharacter('\u0001')
        .skipEmptyLines(true)
        .ignoreDifferentFieldCount(true);
  }

  /** Up to {@code maxRecords} records from the start of the file. */
  static Sample read(Path file, FileProbe probe, char delimiter, int maxRecords) throws IOException {
    List<String[]> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    boolean multiLine = false;
    boolean whole = true;
    try (Reader in = RangeInput.open(file, probe.dataStart(), probe.size(), probe.charset(), null);
         CsvReader<CsvRecord> csv = builder(delimiter).ofCsvRecord(in)) {
      for (CsvRecord r : csv) {
        if (records.size() == maxRecords) {
          whole = false;
          break;
        }
        String[] fields = r.getFields().toArray(new String[0]);
        multiLine |= hasLineBreak(fields);
        records.add(fields);
        lines.add(r.getStartingLineNumber());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Sample(records, lines, multiLine, whole);
  }

  private static boolean hasLineBreak(String[] fields) {
    for (String f : fields) {
      if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        return true;
      }
    }
    return false;
  }
}
