package org.anomalyworkbench.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

class LabelEncoderTest {
  private static int[] encode(Column<?> c) {
    return LabelEncoder.fit(c, null).encode(c, null);
  }

  @Test
  void numericZeroOneIsKept() {
    assertArrayEquals(new int[] {0, 1, 1, 0}, encode(DoubleColumn.create("label", 0.0, 1.0, 1.0, 0.0)));
    assertArrayEquals(new int[] {1, 0, 0}, encode(IntColumn.create("label", 1, 0, 0)));
    LabelEncoding zeros = LabelEncoder.fit(IntColumn.create("label", 0, 0), null);
    assertEquals("1", zeros.anomalyValue());
    assertEquals("0", zeros.normalValue());
  }

  @Test
  void knownWordPairsIgnoringCase() {
    assertArrayEquals(new int[] {1, 0, 1}, encode(StringColumn.create("y", "TRUE", "false", "True")));
    assertArrayEquals(new int[] {0, 1}, encode(StringColumn.create("y", "no", "yes")));
    assertArrayEquals(new int[] {1, 0, 0}, encode(StringColumn.create("y", "Anomaly", "normal", "normal")));
    assertArrayEquals(new int[] {0, 1}, encode(StringColumn.create("y", "inlier", "outlier")));
    assertArrayEquals(new int[] {1, 0}, encode(StringColumn.create("y", "o", "n")));
    // "attack" is not in the normal list but "normal" is: the other value is the anomaly,
    // even though here it is the majority.
    assertArrayEquals(new int[] {1, 1, 0}, encode(StringColumn.create("y", "attack", "attack", "normal")));
  }

  @Test
  void otherwiseTheMinorityIsTheAnomalyAndTheExplanationSaysSo() {
    StringColumn c = StringColumn.create("class", "cat", "cat", "dog", "cat");
    LabelEncoding e = LabelEncoder.fit(c, null);
    assertEquals("dog", e.anomalyValue());
    assertArrayEquals(new int[] {0, 0, 1, 0}, e.encode(c, null));
    assertTrue(e.explanation().contains("'dog' = anomaly (1 of 4 rows; the rarer value)"), e.explanation());
  }

  @Test
  void explicitChoiceWins() {
    StringColumn c = StringColumn.create("class", "cat", "cat", "dog");
    assertArrayEquals(new int[] {1, 1, 0}, LabelEncoder.fit(c, "CAT", null).encode(c, null));
  }

  @Test
  void missingCellsAreMinusOneOrAnError() {
    StringColumn c = StringColumn.create("label", "yes", "", "no");
    LabelEncoding e = LabelEncoder.fit(c, null);
    assertArrayEquals(new int[] {1, LabelEncoding.MISSING, 0}, e.encode(c, null));
    DataImportException ex = assertThrows(DataImportException.class, () -> e.encodeComplete(c, null));
    assertTrue(ex.getMessage().contains("1 row has no label (the first is row 2)"), ex.getMessage());
    assertEquals("label", ex.column());
  }

  @Test
  void threeValuesOrNoneAreRejected() {
    DataImportException three = assertThrows(DataImportException.class,
        () -> LabelEncoder.fit(StringColumn.create("label", "a", "b", "c"), null));
    assertTrue(three.getMessage().contains("more than two values (a, b, c"), three.getMessage());
    assertThrows(DataImportException.class, () -> LabelEncoder.fit(StringColumn.create("label", "", ""), null));
    LabelEncoding e = LabelEncoder.fit(StringColumn.create("label", "yes", "no"), null);
    DataImportException third = assertThrows(DataImportException.class,
        () -> e.encode(StringColumn.create("label", "yes", "maybe"), null));
    assertTrue(third.getMessage().contains("Row 2 has the label 'maybe'"), third.getMessage());
  }

  @Test
  void singleUnknownValueHasNoNormalValue() {
    LabelEncoding e = LabelEncoder.fit(StringColumn.create("label", "bad", "bad"), null);
    assertEquals("bad", e.anomalyValue());
    assertNull(e.normalValue());
  }
}
