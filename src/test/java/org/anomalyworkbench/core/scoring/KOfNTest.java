package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KOfNTest {
  private static final double[] SCORES = {0, 5, 0, 0, 5, 5, 0, 5, 0, 0, 0};

  @Test
  void flagsAPointWhenKOfTheLastNPass() {
    // passing: 1 at 1, 4, 5, 7. Two of the last three (itself included):
    // p4: {2,3,4} -> 1; p5: {3,4,5} -> 2 yes; p6: {4,5,6} -> 2 yes; p7: {5,6,7} -> 2 yes; p8: {6,7,8} -> 1.
    boolean[] f = new KOfN(2, 3).apply(SCORES, 5);
    assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, true, false, false, false}, f);
  }

  @Test
  void oneOfOneIsThePlainThreshold() {
    boolean[] f = KOfN.OFF.apply(SCORES, 5);
    for (int p = 0; p < SCORES.length; p++) {
      assertEquals(SCORES[p] >= 5, f[p], "point " + p);
    }
  }

  @Test
  void readsItsTextFormsAndRefusesNonsense() {
    assertEquals(new KOfN(3, 5), KOfN.parse("3/5"));
    assertEquals(new KOfN(3, 5), KOfN.parse(" 3 of 5 "));
    assertEquals("3/5", new KOfN(3, 5).toText());
    assertThrows(IllegalArgumentException.class, () -> KOfN.parse("5/3"));
    assertThrows(IllegalArgumentException.class, () -> KOfN.parse("three"));
    assertThrows(IllegalArgumentException.class, () -> new KOfN(0, 4));
  }
}
