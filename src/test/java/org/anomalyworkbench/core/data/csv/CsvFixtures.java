package org.anomalyworkbench.core.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small fixture files for importer tests. */
final class CsvFixtures {
  private CsvFixtures() {
  }

  static Path write(Path dir, String name, String content) {
    return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code header} then {@code rows} generated lines, joined with '\n'. */
  static String lines(String header, int rows, java.util.function.IntFunction<String> row) {
    StringBuilder sb = new StringBuilder(header).append('\n');
    for (int r = 0; r < rows; r++) {
      sb.append(row.apply(r)).append('\n');
    }
    return sb.toString();
  }
}
