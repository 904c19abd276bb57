package org.anomalyworkbench.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void compactCountsHaveAtMostThreeSignificantDigits() {
    assertEquals("999", Format.compact(999));
    assertEquals("1k", Format.compact(1_000));
    assertEquals("1.23k", Format.compact(1_234));
    assertEquals("23.4k", Format.compact(23_412));
    assertEquals("961k", Format.compact(961_200));
    assertEquals("1M", Format.compact(999_600));
    assertEquals("1.5M", Format.compact(1_500_000));
    assertEquals("-23.4k", Format.compact(-23_412));
  }
}
