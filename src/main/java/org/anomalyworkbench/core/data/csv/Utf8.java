package org.anomalyworkbench.core.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the first byte sequence that is not valid UTF-8, to tell the user where it is. */
final class Utf8 {
  private Utf8() {
  }

  /** Where the first invalid byte is: byte offset and 1-based physical line. */
  record Position(long offset, long line) {
  }

  /**
   * Offset of the first invalid sequence in {@code b[from, to)}, or -1. When
   * {@code endOfInput} is false a sequence cut off at {@code to} counts as valid (it
   * continues in bytes not given).
   */
  static int firstInvalid(byte[] b, int from, int to, boolean endOfInput) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need = continuationBytes(c);
      if (need < 0) {
        return i;
      }
      if (i + need >= to) {
        return endOfInput || !continuationsOk(b, i + 1, to) ? i : -1;
      }
      if (!continuationsOk(b, i + 1, i + 1 + need) || overlongOrSurrogate(b, i, c)) {
        return i;
      }
      i += need + 1;
    }
    return -1;
  }

  private static int continuationBytes(int lead) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      return 1;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      return 2;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      return 3;
    }
    return -1;
  }

  private static boolean continuationsOk(byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((b[k] & 0xc0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlongOrSurrogate(byte[] b, int i, int lead) {
    int second = b[i + 1] & 0xff;
    return (lead == 0xe0 && second < 0xa0) || (lead == 0xed && second > 0x9f)
        || (lead == 0xf0 && second < 0x90) || (lead == 0xf4 && second > 0x8f);
  }

  /** Scans the whole file for the first invalid sequence; null when the file is valid. */
  static Position locate(Path file) throws IOException {
    byte[] buf = new byte[1 << 20];
    long base = 0;
    long line = 1;
    int carry = 0;
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.readNBytes(buf, carry, buf.length - carry);
        int filled = carry + n;
        boolean end = n == 0 || filled < buf.length;
        int bad = firstInvalid(buf, 0, filled, end);
        if (bad >= 0) {
          return new Position(base + bad, line + countNewlines(buf, 0, bad));
        }
        int keep = end ? 0 : incompleteTail(buf, filled);
        line += countNewlines(buf, 0, filled - keep);
        base += filled - keep;
        System.arraycopy(buf, filled - keep, buf, 0, keep);
        carry = keep;
        if (end) {
          return null;
        }
      }
    }
  }

  /** Bytes at the end that start a multi-byte sequence not yet complete. */
  private static int incompleteTail(byte[] b, int filled) {
    for (int k = 1; k <= 3 && filled - k >= 0; k++) {
      int c = b[filled - k] & 0xff;
      if (c >= 0xc0) {
        return continuationBytes(c) >= k ? k : 0;
      }
      if (c < 0x80) {
        return 0;
      }
    }
    return 0;
  }

  private static long countNewlines(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
