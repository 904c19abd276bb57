package org.anomalyworkbench.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongLinesTest {
  @TempDir
  Path dir;

  @Test
  void namesTheFirstLineOverTheLimitAndItsLength() throws Exception {
    // The real limit is FastCSV's 16 MB field; the search is the same with a small one.
    Path f = Files.writeString(dir.resolve("long.csv"), "a,b\n1,2\n3," + "x".repeat(25) + "\n4," + "y".repeat(40));
    assertArrayEquals(new long[] {3, 27}, LongLines.first(f, 20));
    assertArrayEquals(new long[] {4, 42}, LongLines.first(f, 30), "a last line without a line break counts too");
    assertNull(LongLines.first(f, 100));
  }
}
