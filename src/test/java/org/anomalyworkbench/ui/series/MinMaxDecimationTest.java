package org.anomalyworkbench.ui.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Min/max decimation checked against hand-worked columns. */
class MinMaxDecimationTest {

  @Test
  void twoPointsPerColumnKeepTheirExtremes() {
    double[] v = {3, 1, 5, 9, -2, 4, 7, 7};
    MinMaxDecimation.Columns c = MinMaxDecimation.decimate(v, null, null, 0, 8, 4);
    assertArrayEquals(new double[] {1, 5, -2, 7}, c.min());
    assertArrayEquals(new double[] {3, 9, 4, 7}, c.max());
    assertArrayEquals(new int[] {2, 2, 2, 2}, c.count());
    assertEquals(-2, c.low());
    assertEquals(9, c.high());
  }

  @Test
  void aFlaggedPointMarksOnlyItsColumn() {
    double[] v = {0, 0, 0, 0, 0, 0, 0, 0, 0};
    boolean[] flags = new boolean[9];
    flags[4] = true; // 9 points on 3 columns: points 3..5 share column 1
    boolean[] labels = new boolean[9];
    labels[8] = true;
    MinMaxDecimation.Columns c = MinMaxDecimation.decimate(v, flags, labels, 0, 9, 3);
    assertArrayEquals(new boolean[] {false, true, false}, c.flagged());
    assertArrayEquals(new boolean[] {false, false, true}, c.labelled());
  }

  @Test
  void unevenColumnsFollowTheFloorRule() {
    // 5 points on 2 columns: floor(i * 2 / 5) = 0,0,0,1,1.
    double[] v = {1, 2, 10, -1, 0};
    MinMaxDecimation.Columns c = MinMaxDecimation.decimate(v, null, null, 0, 5, 2);
    assertArrayEquals(new int[] {3, 2}, c.count());
    assertArrayEquals(new double[] {1, -1}, c.min());
    assertArrayEquals(new double[] {10, 0}, c.max());
    assertEquals(3, MinMaxDecimation.firstPoint(1, 0, 5, 2));
    assertEquals(1, MinMaxDecimation.column(3, 0, 5, 2));
  }

  @Test
  void aRangeAtTheEndsReadsOnlyItsPoints() {
    double[] v = {100, 1, 2, 3, 4, -100};
    MinMaxDecimation.Columns head = MinMaxDecimation.decimate(v, null, null, 0, 2, 1);
    assertEquals(1, head.min()[0]);
    assertEquals(100, head.max()[0]);
    MinMaxDecimation.Columns tail = MinMaxDecimation.decimate(v, null, null, 4, 6, 2);
    assertArrayEquals(new double[] {4, -100}, tail.min());
    MinMaxDecimation.Columns middle = MinMaxDecimation.decimate(v, null, null, 1, 5, 1);
    assertEquals(1, middle.min()[0]);
    assertEquals(4, middle.max()[0], "the -100 and 100 outside the range are not seen");
  }

  @Test
  void fewerPointsThanColumnsLeaveGapsAndNaNsAreSkipped() {
    double[] v = {5, Double.NaN, 7};
    MinMaxDecimation.Columns c = MinMaxDecimation.decimate(v, null, null, 0, 3, 6);
    // Points fall in columns 0, 2 and 4.
    assertTrue(c.hasValue(0));
    assertFalse(c.hasValue(1));
    assertFalse(c.hasValue(2), "a NaN point counts but has no value");
    assertEquals(1, c.count()[2]);
    assertEquals(7, c.max()[4]);
    assertFalse(c.hasValue(5));
    assertEquals(5, c.low());
  }

  @Test
  void manyPointsUseLongArithmetic() {
    int n = 3_000_000;
    double[] v = new double[n];
    v[n - 1] = 42;
    MinMaxDecimation.Columns c = MinMaxDecimation.decimate(v, null, null, 0, n, 1500);
    assertEquals(42, c.max()[1499]);
    assertEquals(2000, c.count()[0]);
  }

  @Test
  void refusesEmptyOrOutOfBoundsRanges() {
    double[] v = {1, 2};
    assertThrows(IllegalArgumentException.class, () -> MinMaxDecimation.decimate(v, null, null, 1, 1, 4));
    assertThrows(IllegalArgumentException.class, () -> MinMaxDecimation.decimate(v, null, null, 0, 3, 4));
    assertThrows(IllegalArgumentException.class, () -> MinMaxDecimation.decimate(v, null, null, 0, 2, 0));
  }
}
