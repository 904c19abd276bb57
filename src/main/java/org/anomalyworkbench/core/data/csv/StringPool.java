package org.anomalyworkbench.core.data.csv;

/**
 * Returns the same String instance for equal character ranges, for up to {@value #MAX}
 * distinct values; beyond that (a text column) it just creates Strings. Open addressing on
 * the characters, so a repeated value costs a hash and a compare, no allocation.
 */
final class StringPool {
  private static final int MAX = 2048;
  private static final int SLOTS = 4096;
  private final String[] table = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private int size;

  String get(char[] b, int off, int len) {
    if (size >= MAX) {
      return new String(b, off, len);
    }
    int h = hash(b, off, len);
    int i = h & (SLOTS - 1);
    while (table[i] != null) {
      if (hashes[i] == h && equal(table[i], b, off, len)) {
        return table[i];
      }
      i = (i + 1) & (SLOTS - 1);
    }
    String s = new String(b, off, len);
    table[i] = s;
    hashes[i] = h;
    size++;
    return s;
  }

  private static int hash(char[] b, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }

  private static boolean equal(String s, char[] b, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != b[off + i]) {
        return false;
      }
    }
    return true;
  }
}
