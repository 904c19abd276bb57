package org.anomalyworkbench.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
  @Test
  void formulaStartsAreNeutralised() {
    assertEquals("'=SUM(A1:A9)", SpreadsheetSafe.text("=SUM(A1:A9)"));
    assertEquals("'+1+2", SpreadsheetSafe.text("+1+2"));
    assertEquals("'-2+3", SpreadsheetSafe.text("-2+3"));
    assertEquals("'@cmd", SpreadsheetSafe.text("@cmd"));
    assertEquals("'\tx", SpreadsheetSafe.text("\tx"));
    assertEquals("plain", SpreadsheetSafe.text("plain"));
    assertEquals("", SpreadsheetSafe.text(""));
  }
}
