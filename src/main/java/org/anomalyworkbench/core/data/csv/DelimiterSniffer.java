package org.anomalyworkbench.core.data.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the field delimiter among comma, semicolon, tab and pipe from the first lines.
 *
 * <p>For each candidate it counts occurrences outside double quotes on each of the first
 * {@value #MAX_LINES} records; the candidate whose most common count is positive and shared
 * by the largest fraction of lines wins (ties: more fields, then the order , TAB ; |). A
 * file with none of them is a one-column file and gets a comma.
 */
final class DelimiterSniffer {
  static final char[] CANDIDATES = {',', '\t', ';', '|'};
  private static final int MAX_LINES = 50;

  private DelimiterSniffer() {
  }

  /** The delimiter most consistent over the first records of {@code text}. */
  static char detect(String text, boolean textIsWholeFile) {
    List<String> lines = records(text, textIsWholeFile);
    char best = ',';
    double bestScore = 0;
    int bestFields = 0;
    for (char c : CANDIDATES) {
      int[] counts = counts(lines, c);
      int mode = mode(counts);
      if (mode == 0) {
        continue;
      }
      double score = share(counts, mode);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && mode > bestFields)) {
        best = c;
        bestScore = score;
        bestFields = mode;
      }
    }
    return best;
  }

  /** Records (quote-aware, so a newline inside quotes does not end one), without the last partial one. */
  static List<String> records(String text, boolean whole) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length() && out.size() < MAX_LINES; i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if ((ch == '\n' || ch == '\r') && !quoted) {
        addIfNotBlank(out, text.substring(start, i));
        start = i + 1;
      }
    }
    if (whole && out.size() < MAX_LINES && start < text.length()) {
      addIfNotBlank(out, text.substring(start));
    }
    if (out.isEmpty() && !text.isBlank()) {
      out.add(text);
    }
    return out;
  }

  private static void addIfNotBlank(List<String> out, String line) {
    if (!line.isBlank()) {
      out.add(line);
    }
  }

  private static int[] counts(List<String> lines, char delimiter) {
    int[] counts = new int[lines.size()];
    for (int k = 0; k < counts.length; k++) {
      String line = lines.get(k);
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (ch == '"') {
          quoted = !quoted;
        } else if (ch == delimiter && !quoted) {
          counts[k]++;
        }
      }
    }
    return counts;
  }

  private static int mode(int[] counts) {
    Map<Integer, Integer> freq = new HashMap<>();
    int best = 0;
    int bestFreq = 0;
    for (int c : counts) {
      int f = freq.merge(c, 1, Integer::sum);
      if (f > bestFreq || (f == bestFreq && c > best)) {
        best = c;
        bestFreq = f;
      }
    }
    return best;
  }

  private static double share(int[] counts, int mode) {
    int same = 0;
    for (int c : counts) {
      if (c == mode) {
        same++;
      }
    }
    return (double) same / counts.length;
  }
}
