package org.anomalyworkbench.core.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.junit.jupiter.api.Test;

class Pca2DTest {

  @Test
  void findsTheDirectionOfTwoPerfectlyCorrelatedFeatures() {
    // a and b move together, c is independent noise of the same variance: after
    // standardisation PC1 is (1,1,0)/sqrt2 explaining 2/3, PC2 is c explaining 1/3.
    SplittableRandom r = new SplittableRandom(1);
    int n = 20_000;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double t = r.nextDouble(-1, 1);
      a[i] = 10 * t;
      b[i] = 3 + 0.5 * t;
      c[i] = r.nextDouble(-1, 1);
    }
    Pca2D pca = Pca2D.fit(new double[][] {a, b, c});
    double[] pc1 = pca.component(0);
    assertEquals(1 / Math.sqrt(2), pc1[0], 1e-3);
    assertEquals(1 / Math.sqrt(2), pc1[1], 1e-3);
    assertEquals(0, pc1[2], 1e-2);
    assertEquals(1, Math.abs(pca.component(1)[2]), 1e-3);
    assertEquals(2.0 / 3, pca.explainedVariance(0), 1e-2);
    assertEquals(1.0 / 3, pca.explainedVariance(1), 1e-2);
  }

  @Test
  void projectionOfCentredDataHasZeroMeanAndOrderedVariances() {
    Dataset d = SyntheticData.dataset("s", 3000, 6, 0.02, 3);
    DatasetProjection p = DatasetProjection.of(d);
    assertEquals(3000, p.rows());
    assertEquals(6, p.features().size(), "label column is not a feature");
    double mx = 0;
    double my = 0;
    for (int r = 0; r < p.rows(); r++) {
      mx += p.x(r);
      my += p.y(r);
    }
    assertEquals(0, mx / p.rows(), 1e-4);
    assertEquals(0, my / p.rows(), 1e-4);
    double vx = 0;
    double vy = 0;
    for (int r = 0; r < p.rows(); r++) {
      vx += p.x(r) * p.x(r);
      vy += p.y(r) * p.y(r);
    }
    assertTrue(vx >= vy, "PC1 carries at least as much variance as PC2");
    assertTrue(p.explainedX() + p.explainedY() <= 1 + 1e-9);
  }

  @Test
  void singleFeatureAndConstantColumnsStillProject() {
    double[] x = {1, 2, 3, 4};
    double[] k = {5, 5, 5, 5};
    Pca2D pca = Pca2D.fit(new double[][] {x, k});
    float[] xy = pca.project(new double[][] {x, k});
    assertEquals(8, xy.length);
    assertTrue(xy[0] < xy[6], "order along PC1 follows x");
    Pca2D one = Pca2D.fit(new double[][] {x});
    assertEquals(0, one.explainedVariance(1));
  }

  @Test
  void missingValuesProjectAsTheMean() {
    double[] x = {1, Double.NaN, 3};
    double[] y = {2, 4, 6};
    float[] xy = Pca2D.fit(new double[][] {x, y}).project(new double[][] {x, y});
    // Row 1 becomes (mean x, y) = (2, 4), which is the centre of the data: it projects to the origin.
    assertEquals(0, xy[2], 1e-6, "imputed row lands at the mean");
    assertEquals(0, xy[3], 1e-6, "imputed row lands at the mean");
    assertTrue(Math.abs(xy[0]) > 0.5 && Math.abs(xy[4]) > 0.5, "the other rows do not");
  }

  @Test
  void aDatasetWithoutNumericFeaturesIsRejectedWithAReason() {
    Dataset d = SyntheticData.dataset("s", 10, 2, 0.1, 3);
    Dataset none = d.withSchema(d.schema().withRole("x1", ColumnRole.IGNORED).withRole("x2", ColumnRole.IGNORED));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetProjection.of(none));
    assertTrue(e.getMessage().contains("numeric feature"));
  }
}
