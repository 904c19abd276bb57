package org.anomalyworkbench.core.data.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Parses a decimal number from a {@code char[]} range without allocating.
 *
 * <p>Plain decimals ({@code -12.345}, up to 18 digits, no exponent) take an exact fast path:
 * the digits form an integer m below 2^53 and the result is {@code m / 10^k} with k &le; 22,
 * which IEEE division rounds correctly (Clinger's fast path), so the value equals
 * {@link Double#parseDouble}'s. Everything else that looks like a number (exponents, long
 * mantissas) goes to FastDoubleParser, which is also exact. Texts with other characters
 * (hex, {@code Infinity}, {@code 1.5f}) are not numbers here, and neither are values that
 * overflow to infinity.
 *
 * <p>Failure is signalled by the {@link #FAIL} NaN payload instead of an exception, because
 * the caller decides what a non-number means (missing marker, text column, or an error).
 * Surrounding spaces and tabs are ignored; an empty range is missing ({@link Double#NaN}).
 */
final class NumberParser {
  /** Bits of the NaN returned when the text is not a number. */
  static final long FAIL_BITS = 0x7ff8_0000_0000_0badL;
  /** The NaN returned when the text is not a number; test with {@link #failed(double)}. */
  static final double FAIL = Double.longBitsToDouble(FAIL_BITS);

  private static final double[] POW10 = new double[23];
  private static final long MAX_EXACT = 1L << 53;

  static {
    double p = 1;
    for (int i = 0; i < POW10.length; i++) {
      POW10[i] = p;
      p *= 10;
    }
  }

  private NumberParser() {
  }

  /** Whether a parse result means "not a number". */
  static boolean failed(double v) {
    return Double.doubleToRawLongBits(v) == FAIL_BITS;
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** True when the range holds a finite number (spaces allowed around it). */
  static boolean isNumber(char[] b, int off, int len, char decimalPoint) {
    int start = skipSpaces(b, off, off + len);
    int end = trimEnd(b, start, off + len);
    return start < end && !failed(parse(b, off, len, decimalPoint));
  }

  /**
   * The number in {@code b[off, off+len)}, {@link Double#NaN} when the range is blank, or
   * {@link #FAIL} when it is not a number.
   *
   * @param decimalPoint '.' normally, ',' for columns written with a decimal comma
   */
  static double parse(char[] b, int off, int len, char decimalPoint) {
    int start = skipSpaces(b, off, off + len);
    int end = trimEnd(b, start, off + len);
    if (start == end) {
      return Double.NaN;
    }
    double fast = parseSimpleDecimal(b, start, end, decimalPoint);
    return failed(fast) ? parseGeneral(b, start, end, decimalPoint) : fast;
  }

  private static int skipSpaces(char[] b, int i, int end) {
    while (i < end && isSpace(b[i])) {
      i++;
    }
    return i;
  }

  private static int trimEnd(char[] b, int start, int end) {
    while (end > start && isSpace(b[end - 1])) {
      end--;
    }
    return end;
  }

  /**
   * Optional sign, then digits with at most one decimal point, at most 18 digits in all;
   * FAIL for anything else. One loop, one unsigned compare per digit: this is the hottest
   * code of a numeric import.
   */
  private static double parseSimpleDecimal(char[] b, int i, int end, char decimalPoint) {
    boolean negative = b[i] == '-';
    if (negative || b[i] == '+') {
      i++;
    }
    int digitsStart = i;
    int point = -1;
    long m = 0;
    for (; i < end; i++) {
      int d = b[i] - '0';
      if (Integer.compareUnsigned(d, 10) < 0) {
        m = m * 10 + d;
      } else if (b[i] == decimalPoint && point < 0) {
        point = i;
      } else {
        return FAIL;
      }
    }
    int digits = end - digitsStart - (point < 0 ? 0 : 1);
    // More than 18 digits may have overflowed m: the general parser handles those.
    if (digits == 0 || digits > 18 || m > MAX_EXACT) {
      return FAIL;
    }
    int fracDigits = point < 0 ? 0 : end - point - 1;
    double v = fracDigits == 0 ? (double) m : m / POW10[fracDigits];
    return negative ? -v : v;
  }

  /** Exponents and long mantissas: FastDoubleParser, after checking the characters. */
  private static double parseGeneral(char[] b, int start, int end, char decimalPoint) {
    char[] text = b;
    int off = start;
    if (!onlyNumberChars(b, start, end, decimalPoint)) {
      return FAIL;
    }
    if (decimalPoint != '.') {
      text = new char[end - start];
      for (int i = start; i < end; i++) {
        char c = b[i];
        text[i - start] = c == decimalPoint ? '.' : c == '.' ? ',' : c;
      }
      off = 0;
    }
    try {
      double v = JavaDoubleParser.parseDouble(text, off, end - start);
      return Double.isInfinite(v) ? FAIL : v;
    } catch (NumberFormatException e) {
      return FAIL;
    }
  }

  private static boolean onlyNumberChars(char[] b, int start, int end, char decimalPoint) {
    for (int i = start; i < end; i++) {
      char c = b[i];
      if (!(isDigit(c) || c == decimalPoint || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the text has number syntax but overflows a double (for a precise message). */
  static boolean isTooLarge(String text, char decimalPoint) {
    String t = text.strip().replace(decimalPoint, '.');
    if (!onlyNumberChars(t.toCharArray(), 0, t.length(), '.')) {
      return false;
    }
    try {
      return Double.isInfinite(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
