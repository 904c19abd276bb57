package org.anomalyworkbench.core.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellParsersTest {
  private static double num(String s) {
    return NumberParser.parse(s.toCharArray(), 0, s.length(), '.');
  }

  @Test
  void numbersEqualJdkParsingBitForBit() {
    SplittableRandom rnd = new SplittableRandom(42);
    for (int i = 0; i < 200_000; i++) {
      double v = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(-8, 12));
      String s = switch (i % 4) {
        case 0 -> String.format(Locale.ROOT, "%." + rnd.nextInt(0, 12) + "f", v);
        case 1 -> Double.toString(v);
        case 2 -> String.format(Locale.ROOT, "%.6e", v);
        default -> Long.toString(rnd.nextLong());
      };
      assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(num(s)), s);
    }
  }

  @Test
  void numberEdgeCases() {
    assertEquals(0.5, num(".5"));
    assertEquals(5, num("5."));
    assertEquals(-3, num(" -3 "));
    assertEquals(3, num("+3"));
    assertEquals(12345678901234567890.0, num("12345678901234567890"));
    assertTrue(Double.isNaN(num("   ")) && !NumberParser.failed(num("   ")), "blank is missing");
    for (String bad : new String[] {"-", "abc", "1.2.3", "0x10", "1.5f", "Infinity", "NaN", "1e999", "1,5", "--1", "e5"}) {
      assertTrue(NumberParser.failed(num(bad)), bad);
    }
    assertEquals(1.5, NumberParser.parse("1,5".toCharArray(), 0, 3, ','));
    assertEquals(1500, NumberParser.parse("1,5e3".toCharArray(), 0, 5, ','));
  }

  @Test
  void missingMarkers() {
    MissingMarkers m = MissingMarkers.withExtra(java.util.Set.of(" -999 "));
    for (String s : new String[] {"", " ", "NA", "N/A", "?", "NaN", "null", "NULL", "-", " NA ", "-999"}) {
      assertTrue(m.isMissing(s), "'" + s + "'");
    }
    for (String s : new String[] {"na ok", "0", "none", "-1"}) {
      assertFalse(m.isMissing(s), s);
    }
    assertTrue(m.anyNumeric());
    assertFalse(MissingMarkers.withExtra(java.util.Set.of()).anyNumeric());
  }

  @Test
  void dateTimes() {
    for (String ok : new String[] {"2024-02-29", "2024/2/9", "2024-01-01T00:00", "2024-01-01 23:59:59.123456",
        "2024-01-01T10:00:00Z", "2024-01-01T10:00:00-05:00", "2024-01-01T10:00:00+0130", "2024-01-01 10:00:00+01",
        "01/02/2024", "1.2.2024 7:05", "31-12-2024 23:59:59"}) {
      assertTrue(DateTimeParser.isDateTime(ok.toCharArray(), 0, ok.length()), ok);
    }
    for (String bad : new String[] {"2023-02-29", "2024-13-01", "2024-01-01 25:00", "20240101", "2024-01-01x",
        "32/01/2024", "1/2/24", "001/02/2024", "2024.01.02", "2024-01-01T10", "yesterday", "2024-1-1-1"}) {
      assertFalse(DateTimeParser.isDateTime(bad.toCharArray(), 0, bad.length()), bad);
    }
  }

  @Test
  void dayOrMonthFirstFollowsTheCallersOrder() {
    char[] b = "03/04/2020 08:30".toCharArray();
    assertEquals(java.time.LocalDateTime.of(2020, 4, 3, 8, 30), tech.tablesaw.columns.datetimes.PackedLocalDateTime
        .asLocalDateTime(DateTimeParser.parse(b, 0, b.length, true, null)));
    assertEquals(java.time.LocalDateTime.of(2020, 3, 4, 8, 30), tech.tablesaw.columns.datetimes.PackedLocalDateTime
        .asLocalDateTime(DateTimeParser.parse(b, 0, b.length, false, null)));
    char[] late = "04/25/2020".toCharArray();
    assertEquals(DateTimeParser.FAIL, DateTimeParser.parse(late, 0, late.length, true, null), "no month 25");
  }

  @Test
  void delimiterSniffing() {
    assertEquals(',', DelimiterSniffer.detect("a,b,c\n1,2,3\n", true));
    assertEquals(';', DelimiterSniffer.detect("a;b\n1,5;2,5\n3,1;4\n", true));
    assertEquals('\t', DelimiterSniffer.detect("a b\tc\n1 2\t3\n", true));
    assertEquals(',', DelimiterSniffer.detect("\"x;y\",b\n\"1;2\",3\n", true), "quoted semicolons do not count");
    assertEquals(',', DelimiterSniffer.detect("single\n1\n2\n", true));
  }

  @Test
  void utf8Validation() {
    byte[] ok = "a\u00e9\u6771\ud83d\ude00".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.firstInvalid(ok, 0, ok.length, true));
    assertEquals(-1, Utf8.firstInvalid(ok, 0, ok.length - 1, false), "cut-off sequence is fine mid-stream");
    assertEquals(ok.length - 4, Utf8.firstInvalid(ok, 0, ok.length - 1, true), "but not at the end");
    byte[] latin = "ab\u00e9c".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(2, Utf8.firstInvalid(latin, 0, latin.length, true));
    byte[] overlong = {(byte) 0xc0, (byte) 0x80};
    assertEquals(0, Utf8.firstInvalid(overlong, 0, 2, true));
  }
}
