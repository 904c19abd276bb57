package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps cells as trimmed strings ({@code null} = missing). Repeated values share one String
 * through a small pool, which saves memory and time for categorical columns.
 */
final class StringSink extends ColumnSink {
  private final MissingMarkers markers;
  private final StringPool pool = new StringPool();
  private final List<String[]> chunks = new ArrayList<>();
  private String[] current;

  StringSink(MissingMarkers markers) {
    this.markers = markers;
    nextChunk();
  }

  @Override
  boolean set(int slot, char[] buf, int off, int len) {
    int start = off;
    int end = off + len;
    while (start < end && NumberParser.isSpace(buf[start])) {
      start++;
    }
    while (end > start && NumberParser.isSpace(buf[end - 1])) {
      end--;
    }
    current[slot] = markers.isMissing(buf, start, end - start) ? null : pool.get(buf, start, end - start);
    return true;
  }

  @Override
  void nextChunk() {
    current = new String[CHUNK];
    chunks.add(current);
  }

  @Override
  int chunkCount() {
    return chunks.size();
  }

  String[] chunk(int i) {
    return chunks.get(i);
  }

  @Override
  void release() {
    chunks.clear();
    current = null;
  }
}
