package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.List;

/** Parses cells as Tablesaw packed date-times; missing cells are Tablesaw's missing value. */
final class DateTimeSink extends ColumnSink {
  private final MissingMarkers markers;
  private final List<long[]> chunks = new ArrayList<>();
  private long[] current;

  DateTimeSink(MissingMarkers markers) {
    this.markers = markers;
    nextChunk();
  }

  @Override
  boolean set(int slot, char[] buf, int off, int len) {
    long v = DateTimeParser.parse(buf, off, len);
    if (v == DateTimeParser.FAIL) {
      if (!markers.isMissing(buf, off, len)) {
        return false;
      }
      v = DateTimeParser.MISSING;
    }
    current[slot] = v;
    return true;
  }

  @Override
  void nextChunk() {
    current = new long[CHUNK];
    chunks.add(current);
  }

  @Override
  int chunkCount() {
    return chunks.size();
  }

  long[] chunk(int i) {
    return chunks.get(i);
  }

  @Override
  void release() {
    chunks.clear();
    current = null;
  }
}
