package org.anomalyworkbench.core.detector.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;

class MatrixIteratorTest {
  /** 10 rows x 2 columns; row i is (i, -i). */
  private static float[] rows() {
    float[] x = new float[20];
    for (int i = 0; i < 10; i++) {
      x[2 * i] = i;
      x[2 * i + 1] = -i;
    }
    return x;
  }

  private static List<Float> firstColumnOfEpoch(MatrixIterator it) {
    List<Float> out = new ArrayList<>();
    while (it.hasNext()) {
      DataSet b = it.next();
      for (int r = 0; r < b.numExamples(); r++) {
        out.add(b.getFeatures().getFloat(r, 0));
      }
    }
    return out;
  }

  @Test
  void everyEpochServesEveryRowOnceInASeededOrder() {
    MatrixIterator a = MatrixIterator.autoencoder(rows(), 2, 3, 42, 0);
    MatrixIterator b = MatrixIterator.autoencoder(rows(), 2, 3, 42, 0);
    List<Float> e1 = firstColumnOfEpoch(a);
    assertEquals(e1, firstColumnOfEpoch(b), "same seed, same order");
    assertEquals(10, e1.stream().distinct().count());
    a.reset();
    List<Float> e2 = firstColumnOfEpoch(a);
    assertEquals(10, e2.stream().distinct().count());
    assertNotEquals(e1, e2, "each epoch reshuffles");
    assertEquals(20, a.rowsServed());
    assertEquals(4, a.batchesPerEpoch());
  }

  @Test
  void autoencoderTargetsAreTheCleanFeaturesEvenWithNoise() {
    MatrixIterator it = MatrixIterator.autoencoder(rows(), 2, 10, 1, 0.5);
    DataSet b = it.next();
    assertFalse(it.hasNext());
    float[] features = Nd4jMatrices.toFloats(b.getFeatures());
    float[] targets = Nd4jMatrices.toFloats(b.getLabels());
    for (int r = 0; r < 10; r++) {
      float i = targets[2 * r];
      assertEquals(-i, targets[2 * r + 1], 0f, "targets are exact rows");
      assertNotEquals(i, features[2 * r], "features carry noise");
      // Rows differ by 1: a feature row paired with its neighbour's target would be ~1 off.
      assertEquals(i, features[2 * r], 2.0f, "noise of sd 0.5 stays within 4 sd");
    }
    double squares = 0;
    for (int v = 0; v < 20; v++) {
      squares += (features[v] - targets[v]) * (features[v] - targets[v]);
    }
    double rms = Math.sqrt(squares / 20);
    assertTrue(rms > 0.25 && rms < 0.8, "noise RMS " + rms + " for sd 0.5 (rows out of step give > 1)");
  }

  @Test
  void separateTargetsFollowTheirRows() {
    float[] y = new float[10];
    for (int i = 0; i < 10; i++) {
      y[i] = i * 10;
    }
    MatrixIterator it = new MatrixIterator(rows(), 2, y, 1, 4, 3, 0);
    while (it.hasNext()) {
      DataSet b = it.next();
      for (int r = 0; r < b.numExamples(); r++) {
        assertEquals(b.getFeatures().getFloat(r, 0) * 10, b.getLabels().getFloat(r, 0));
      }
    }
  }

  @Test
  void stoppableIteratorEndsAsSoonAsAsked() {
    boolean[] stop = {false};
    StoppableIterator it = new StoppableIterator(MatrixIterator.autoencoder(rows(), 2, 2, 1, 0), () -> stop[0]);
    it.next();
    stop[0] = true;
    assertFalse(it.hasNext());
  }

  @Test
  void convertsRowsToAndFromNd4j() {
    float[] x = rows();
    assertArrayEquals(java.util.Arrays.copyOfRange(x, 4, 10), Nd4jMatrices.toFloats(Nd4jMatrices.rows(x, 2, 2, 5)));
  }
}
