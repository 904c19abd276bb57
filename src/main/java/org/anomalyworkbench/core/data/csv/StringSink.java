package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps cells as trimmed strings ({@code null} = missing). Repeated values share one String
 * through a small pool, which saves memory and time for categorical columns.
 */
final class StringSink extends ColumnSink {
  private final String[] values;
  private final MissingMarkers markers;
  private final StringPool pool = new StringPool();
  private final List<String[]> spill = new ArrayList<>();

  StringSink(String[] values, int start, int capacity, MissingMarkers markers) {
    super(start, capacity);
    this.values = values;
    this.markers = markers;
  }

  @Override
  boolean set(int row, char[] buf, int off, int len) {
    int from = off;
    int end = off + len;
    while (from < end && NumberParser.isSpace(buf[from])) {
      from++;
    }
    while (end > from && NumberParser.isSpace(buf[end - 1])) {
      end--;
    }
    String v = markers.isMissing(buf, from, end - from) ? null : pool.get(buf, from, end - from);
    if (row < capacity) {
      values[start + row] = v;
    } else {
      spillStore(row - capacity, v);
    }
    return true;
  }

  private void spillStore(int k, String v) {
    int chunk = k / CHUNK;
    if (chunk == spill.size()) {
      spill.add(new String[CHUNK]);
    }
    spill.get(chunk)[k % CHUNK] = v;
  }

  @Override
  int spillChunks() {
    return spill.size();
  }

  String[] spillChunk(int i) {
    return spill.get(i);
  }
}
