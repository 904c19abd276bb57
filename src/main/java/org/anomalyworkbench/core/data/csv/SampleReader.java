package org.anomalyworkbench.core.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the first records of a file as strings: the header candidate plus the rows that
 * type inference looks at. It decodes the first megabyte (more if that holds too few
 * records, up to {@value #MAX_WINDOW} bytes) and splits it with {@link RecordSplitter}.
 */
final class SampleReader {
  private static final int MAX_WINDOW = 64 << 20;

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

  /** Up to {@code maxRecords} records from the start of the file. */
  static Sample read(Path file, FileProbe probe, char delimiter, int maxRecords) throws IOException {
    long available = probe.size() - probe.dataStart();
    // Enough bytes for the wanted records at the head's line length (plus a fifth), so that
    // one window usually suffices: each larger window is split again from the start.
    long wanted = (long) (probe.bytesPerLine() * (maxRecords + 1) * 1.2) + 4096;
    int window = (int) Math.min(available, Math.min(MAX_WINDOW, Math.max(wanted, FileProbe.HEAD_BYTES)));
    while (true) {
      boolean end = window >= available;
      CharSequence text = decode(file, probe, window, end);
      RecordSplitter.Result r = RecordSplitter.split(text, delimiter, end, maxRecords);
      if (r.records().size() >= maxRecords || end || window >= MAX_WINDOW) {
        return new Sample(r.records(), r.lines(), hasLineBreak(r.records()), end && r.consumedAll());
      }
      window = (int) Math.min(available, Math.min((long) window * 4, MAX_WINDOW));
    }
  }

  /** The first {@code window} bytes after the BOM, decoded; invalid UTF-8 throws. */
  private static CharSequence decode(Path file, FileProbe probe, int window, boolean end) throws IOException {
    byte[] bytes = window + probe.dataStart() <= probe.head().length
        ? probe.head() : readBytes(file, probe.dataStart() + window);
    boolean strict = probe.utf8();
    CharsetDecoder d = probe.charset().newDecoder()
        .onMalformedInput(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
        .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(window + 16);
    CoderResult result = d.decode(ByteBuffer.wrap(bytes, probe.dataStart(), window), out, end);
    if (result.isError()) {
      throw new MalformedInputException(result.length());
    }
    if (end) {
      d.flush(out);
    }
    return out.flip();
  }

  private static byte[] readBytes(Path file, long n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) n);
    }
  }

  private static boolean hasLineBreak(List<String[]> records) {
    for (String[] fields : records) {
      for (String f : fields) {
        if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
