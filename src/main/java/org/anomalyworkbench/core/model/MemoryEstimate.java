package org.anomalyworkbench.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.anomalyworkbench.core.data.DataImportException;

/**
 * Whether a CSV file is likely to fit in the Java heap before it is read, so that a file too
 * large ends in a message saying how much memory to give Java instead of an
 * {@link OutOfMemoryError} minutes later. The estimate is deliberately rough: a numeric cell
 * takes about 8.5 bytes of text and, once imported and prepared, 8 bytes as a double plus 4
 * bytes each in the prepared matrix and its training/validation copies (about 2x the file),
 * plus parse buffers and the detector: {@value #FACTOR} times the file plus
 * {@value #BASELINE_MB} MB for the application itself.
 */
public final class MemoryEstimate {
  /** Heap bytes per byte of CSV (measured: a 51 MB numeric file trains in 250 MB, not in 150 MB). */
  public static final int FACTOR = 3;
  /** Heap the application uses before any data, in MB. */
  public static final int BASELINE_MB = 64;

  private static final long MB = 1L << 20;
  private static final long GB = 1L << 30;

  private MemoryEstimate() {
  }

  /** Estimated heap to import and train on a CSV file of {@code fileBytes}. */
  public static long bytesNeeded(long fileBytes) {
    return FACTOR * fileBytes + BASELINE_MB * MB;
  }

  /**
   * Fails when {@code file} is unlikely to fit in this JVM's maximum heap.
   *
   * @throws DataImportException naming the file, the memory it needs and how to give Java more
   */
  public static void checkFits(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return; // reading the file reports why it cannot be read
    }
    checkFits(file, size, Runtime.getRuntime().maxMemory());
  }

  /** As {@link #checkFits(Path)} for a file of {@code fileBytes} and a heap of at most {@code maxHeap}. */
  public static void checkFits(Path file, long fileBytes, long maxHeap) {
    long need = bytesNeeded(fileBytes);
    if (need > maxHeap) {
      throw new DataImportException(file, 0, null, String.format(Locale.ROOT,
          "the file is %s; reading and training on it needs about %s of memory, but Java may use only %s. %s, "
              + "or use a smaller file.", size(fileBytes), size(need), size(maxHeap), moreMemory(need)));
    }
  }

  /** What to do when Java runs out of memory: how to start it with a heap of at least {@code need} bytes. */
  public static String moreMemory(long need) {
    long gb = Math.max(2, (need + GB - 1) / GB);
    return "Give Java more memory: start it with JAVA_TOOL_OPTIONS=-Xmx" + gb + "g in the environment (e.g. "
        + "JAVA_TOOL_OPTIONS=-Xmx" + gb + "g anomaly-workbench ...), or with java -Xmx" + gb + "g -jar ...";
  }

  /** The message for an {@link OutOfMemoryError} in a JVM whose heap is at most {@code maxHeap}. */
  public static String outOfMemory(long maxHeap) {
    return "out of memory: Java may use only " + size(maxHeap) + " and this needs more. "
        + moreMemory(2 * maxHeap) + ", then run it again.";
  }

  static String size(long bytes) {
    return bytes >= GB ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) GB)
        : String.format(Locale.ROOT, "%d MB", Math.max(1, bytes / MB));
  }
}
