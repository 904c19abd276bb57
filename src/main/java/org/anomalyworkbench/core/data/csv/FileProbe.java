package org.anomalyworkbench.core.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.anomalyworkbench.core.data.DataImportException;

/**
 * First look at a file before parsing: size, byte-order mark, encoding, whether it is text
 * at all, and the first megabyte decoded for delimiter sniffing.
 *
 * <p>Encoding: UTF-8 (with or without BOM) is expected; UTF-16 is read when it has a BOM.
 * Bytes that are not valid UTF-8 make the importer read the file as Windows-1252 (a superset
 * of ISO-8859-1's printable characters, which is what spreadsheet programs on Windows write)
 * and say so in a note, rather than fail: such files are common and the numbers in them read
 * the same either way.
 *
 * @param size file size in bytes
 * @param dataStart offset of the first byte after the byte-order mark
 * @param charset encoding the parser uses
 * @param head up to the first {@value #HEAD_BYTES} bytes
 * @param headText {@code head} decoded (from {@code dataStart}), for sniffing
 * @param lineFeeds LF bytes in the head
 * @param carriageReturns CR bytes in the head
 */
record FileProbe(long size, int dataStart, Charset charset, byte[] head, String headText, int lineFeeds,
    int carriageReturns) {
  static final int HEAD_BYTES = 1 << 20;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reads the head of {@code file} and rejects files that cannot be CSV text. */
  static FileProbe probe(Path file) {
    long size = sizeOf(file);
    byte[] head = readHead(file, (int) Math.min(size, HEAD_BYTES));
    if (size == 0) {
      throw new DataImportException(file, 0, null, "The file is empty. Choose a CSV or TSV file "
          + "with a header line and at least one data row.");
    }
    Charset bomCharset = bomCharset(head);
    int dataStart = bomLength(head);
    if (bomCharset == null) {
      rejectBinary(file, head);
    }
    Charset charset = bomCharset != null ? bomCharset : guessCharset(head, size);
    String text = decode(head, dataStart, charset);
    if (size <= HEAD_BYTES && text.isBlank()) {
      throw new DataImportException(file, 0, null, "The file has no content"
          + (dataStart > 0 ? " after its byte-order mark" : "") + " (only blank lines or spaces). "
          + "Choose a CSV or TSV file with a header line and at least one data row.");
    }
    return new FileProbe(size, dataStart, charset, head, text, count(head, '\n'), count(head, '\r'));
  }

  /** The same probe with another charset (used when UTF-8 decoding fails later in the file). */
  FileProbe withCharset(Charset other) {
    return new FileProbe(size, dataStart, other, head, decode(head, dataStart, other), lineFeeds, carriageReturns);
  }

  boolean utf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** Average bytes per line in the head (for sizing the column arrays). */
  double bytesPerLine() {
    return (double) head.length / Math.max(1, Math.max(lineFeeds, carriageReturns));
  }

  /** At least the number of records when the head is the whole file (CR, LF and CRLF all end a line). */
  int lineCountUpperBound() {
    return lineFeeds + carriageReturns + 1;
  }

  private static int count(byte[] head, char c) {
    int n = 0;
    for (byte b : head) {
      if (b == c) {
        n++;
      }
    }
    return n;
  }

  /** Whether the head is the whole file. */
  boolean headIsWholeFile() {
    return head.length >= size;
  }

  private static long sizeOf(Path file) {
    if (!Files.exists(file)) {
      throw new DataImportException(file, 0, null, "The file does not exist. Check the path: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new DataImportException(file, 0, null, "This is not a regular file (a folder?). Choose a CSV or TSV file.");
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new DataImportException(file, 0, null, "The file cannot be read: " + e.getMessage());
    }
  }

  private static byte[] readHead(Path file, int n) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    } catch (IOException e) {
      throw new DataImportException(file, 0, null, "The file cannot be read (" + e.getMessage()
          + "). Check that you may read it and that no other program locks it.");
    }
  }

  private static Charset bomCharset(byte[] h) {
    if (startsWith(h, 0xef, 0xbb, 0xbf)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(h, 0xff, 0xfe)) {
      return StandardCharsets.UTF_16LE;
    }
    if (startsWith(h, 0xfe, 0xff)) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static int bomLength(byte[] h) {
    return startsWith(h, 0xef, 0xbb, 0xbf) ? 3 : startsWith(h, 0xff, 0xfe) || startsWith(h, 0xfe, 0xff) ? 2 : 0;
  }

  private static boolean startsWith(byte[] h, int... prefix) {
    if (h.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((h[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Known binary formats get a specific message; any NUL byte marks binary data. */
  private static void rejectBinary(Path file, byte[] h) {
    String what = knownBinaryFormat(h);
    if (what != null) {
      throw new DataImportException(file, 0, null, "This is " + what + ", not a CSV text file. "
          + "Export or save the data as CSV (UTF-8) and import that file.");
    }
    for (int i = 0; i < h.length; i++) {
      if (h[i] == 0) {
        throw new DataImportException(file, lineOf(h, i), null, "This looks like a binary file, "
            + "not CSV text (it contains a NUL byte at byte " + i + "). Choose a CSV or TSV text "
            + "file, or export the data as CSV (UTF-8).");
      }
    }
  }

  private static String knownBinaryFormat(byte[] h) {
    if (startsWith(h, 'P', 'K', 3, 4)) {
      return "a zip archive (for example an Excel .xlsx workbook)";
    }
    if (startsWith(h, 0xd0, 0xcf, 0x11, 0xe0)) {
      return "an old Excel (.xls) or other Office file";
    }
    if (startsWith(h, 0x1f, 0x8b)) {
      return "a gzip-compressed file (decompress it first)";
    }
    if (startsWith(h, 'P', 'A', 'R', '1')) {
      return "a Parquet file";
    }
    if (startsWith(h, '%', 'P', 'D', 'F')) {
      return "a PDF document";
    }
    return null;
  }

  private static long lineOf(byte[] h, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (h[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** UTF-8 unless the head has invalid UTF-8 (a sequence cut off at the end of the head is fine). */
  private static Charset guessCharset(byte[] head, long size) {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(head.length + 16);
    boolean whole = head.length >= size;
    return strict.decode(ByteBuffer.wrap(head), out, whole).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
  }

  /** Decodes leniently: a character cut off at the end of the head is dropped. */
  private static String decode(byte[] head, int from, Charset cs) {
    CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer out = CharBuffer.allocate(head.length - from + 16);
    d.decode(ByteBuffer.wrap(head, from, head.length - from), out, false);
    out.flip();
    return out.toString();
  }
}
