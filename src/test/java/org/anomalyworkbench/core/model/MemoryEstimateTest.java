package org.anomalyworkbench.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.anomalyworkbench.core.data.DataImportException;
import org.junit.jupiter.api.Test;

/** Issue 11, item 11: a CSV too large for the heap is refused before reading, saying how much memory to give Java. */
class MemoryEstimateTest {
  private static final long MB = 1L << 20;

  @Test
  void aFileNeedsThreeTimesItsSizePlusTheApplication() {
    assertEquals(3 * 500 * MB + 64 * MB, MemoryEstimate.bytesNeeded(500 * MB));
  }

  @Test
  void a500MbCsvUnderOneGigabyteIsRefusedWithWhatToDo() {
    DataImportException e = assertThrows(DataImportException.class,
        () -> MemoryEstimate.checkFits(Path.of("big.csv"), 500 * MB, 1024 * MB));
    assertEquals("big.csv: the file is 500 MB; reading and training on it needs about 1.5 GB of memory, but Java "
        + "may use only 1.0 GB. Give Java more memory: start it with JAVA_TOOL_OPTIONS=-Xmx2g in the environment "
        + "(e.g. JAVA_TOOL_OPTIONS=-Xmx2g anomaly-workbench ...), or with java -Xmx2g -jar ..., or use a smaller file.",
        e.getMessage());
  }

  @Test
  void aFileThatFitsPasses() {
    MemoryEstimate.checkFits(Path.of("ok.csv"), 300 * MB, 1024 * MB);
  }

  @Test
  void outOfMemorySuggestsTwiceTheHeapInWholeGigabytes() {
    String m = MemoryEstimate.outOfMemory(3L << 30);
    assertTrue(m.startsWith("out of memory: Java may use only 3.0 GB and this needs more. "), m);
    assertTrue(m.contains("JAVA_TOOL_OPTIONS=-Xmx6g"), m);
  }
}
