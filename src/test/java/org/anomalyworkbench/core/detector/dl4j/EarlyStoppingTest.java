package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

  @Test
  void stopsAfterPatienceEpochsWithoutImprovementAndRemembersTheBest() {
    EarlyStopping s = new EarlyStopping(2);
    assertTrue(s.record(1, 5.0));
    assertTrue(s.record(2, 4.0));
    assertFalse(s.record(3, 4.5));
    assertFalse(s.shouldStop());
    assertFalse(s.record(4, 4.2));
    assertTrue(s.shouldStop());
    assertEquals(2, s.bestEpoch());
    assertEquals(4.0, s.best());
  }

  @Test
  void tinyImprovementsDoNotResetPatience() {
    EarlyStopping s = new EarlyStopping(2);
    s.record(1, 1.0);
    assertFalse(s.record(2, 0.99995), "0.005% better is noise");
    assertFalse(s.record(3, 0.9999));
    assertTrue(s.shouldStop());
    assertEquals(1, s.bestEpoch());
  }

  @Test
  void patienceZeroNeverStops() {
    EarlyStopping s = new EarlyStopping(0);
    s.record(1, 1.0);
    for (int e = 2; e < 50; e++) {
      s.record(e, 2.0);
    }
    assertFalse(s.shouldStop());
  }

  @Test
  void nanIsNeverAnImprovement() {
    EarlyStopping s = new EarlyStopping(1);
    assertFalse(s.record(1, Double.NaN));
    assertTrue(s.shouldStop());
  }
}
