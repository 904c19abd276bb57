package org.anomalyworkbench.core.data.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the first physical line longer than a limit, by streaming the file's bytes once: the
 * CSV reader only says that a field overflowed its buffer, not where.
 */
final class LongLines {
  private LongLines() {
  }

  /** {line (1-based), length in bytes} of the first line longer than {@code limit}, or null. */
  static long[] first(Path file, long limit) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      long line = 1;
      long length = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            if (length > limit) {
              return new long[] {line, length};
            }
            line++;
            length = 0;
          } else {
            length++;
          }
        }
      }
      return length > limit ? new long[] {line, length} : null;
    } catch (IOException e) {
      return null;
    }
  }
}
