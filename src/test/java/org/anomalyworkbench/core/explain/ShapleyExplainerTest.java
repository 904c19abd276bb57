package org.anomalyworkbench.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.CancellationToken;
import org.junit.jupiter.api.Test;

class ShapleyExplainerTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d");

  /** A detector whose score is a known function of the row. */
  private static TrainedDetector scoring(ToDoubleFunction<float[]> f) {
    return new TrainedDetector() {
      @Override
      public String detectorId() {
        return "fake";
      }

      @Override
      public Scores score(PreparedData data) {
        double[] s = new double[data.rows()];
        for (int r = 0; r < s.length; r++) {
          s[r] = f.applyAsDouble(data.row(r));
        }
        return new Scores(s, new float[data.rows() * data.columns()], data.featureNames());
      }

      @Override
      public ScoreSemantics semantics() {
        return ScoreSemantics.nonNegative("fake", "fake");
      }

      @Override
      public void save(ModelArchive.Writer out) {
      }
    };
  }

  private static List<int[]> singles(int m) {
    List<int[]> groups = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      groups.add(new int[] {i});
    }
    return groups;
  }

  private static final PreparedData ROW = new PreparedData(new float[] {1, 2, 3, 4}, NAMES, null);
  private static final PreparedData BACKGROUND = new PreparedData(new float[] {0, 0, 0, 0, 1, 1, 1, 1, 0, 2, -1, 5},
      NAMES, null);

  private static ShapleyExplainer.CoalitionValues values(TrainedDetector d) {
    return new ShapleyExplainer.CoalitionValues(d, ROW.row(0), BACKGROUND, singles(4), CancellationToken.none());
  }

  @Test
  void aLinearScoreGetsEachWeightTimesTheDistanceFromTheBackgroundMean() {
    TrainedDetector linear = scoring(x -> 2 * x[0] - x[1] + 0.5 * x[2]);
    ShapleyValues s = ShapleyExplainer.explain(linear, ROW, 0, BACKGROUND, singles(4), NAMES, 100, 1, p -> { },
        CancellationToken.none());
    // Background means: a 1/3, b 1, c 0, d 8/3.
    assertArrayEquals(new double[] {2 * (1 - 1 / 3.0), -(2 - 1), 0.5 * 3, 0}, s.values(), 1e-9);
    assertTrue(s.exact());
    assertEquals(s.score(), s.base() + java.util.Arrays.stream(s.values()).sum(), 1e-9);
  }

  @Test
  void sampledKernelShapAgreesWithExactValuesOnAnInteraction() {
    TrainedDetector interacting = scoring(x -> x[0] * x[1] + x[2] * x[2]);
    ShapleyValues exact = ShapleyExplainer.exact(values(interacting), 4, NAMES, p -> { });
    ShapleyValues sampled = ShapleyExplainer.sampled(values(interacting), 4, NAMES, 4000, 7, p -> { });
    assertFalse(sampled.exact());
    assertArrayEquals(exact.values(), sampled.values(), 0.05 * (exact.score() - exact.base()));
    assertEquals(0, exact.values()[3], 1e-12, "d is never used");
    assertEquals(sampled.score(), sampled.base() + java.util.Arrays.stream(sampled.values()).sum(), 1e-9,
        "the values add up to the score's distance from the base, sampled or not");
    // Hand check of the exact values: the interaction x0*x1 is split equally between a and b.
    double meanAb = (0 * 0 + 1 * 1 + 0 * 2) / 3.0;
    double aAlone = (1 * 0 + 1 * 1 + 1 * 2) / 3.0;
    double bAlone = (0 * 2 + 1 * 2 + 0 * 2) / 3.0;
    double phiA = 0.5 * (aAlone - meanAb) + 0.5 * (2 - bAlone);
    assertEquals(phiA, exact.values()[0], 1e-9);
  }

  @Test
  void manyGroupsAreSampledAndStillAddUp() {
    int m = 16;
    float[] row = new float[m];
    float[] background = new float[3 * m];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      row[i] = i;
      names.add("f" + i);
    }
    TrainedDetector squared = scoring(x -> {
      double s = 0;
      for (float v : x) {
        s += v * v;
      }
      return s;
    });
    ShapleyValues s = ShapleyExplainer.explain(squared, new PreparedData(row, names, null), 0,
        new PreparedData(background, names, null), singles(m), names, 2000, 3, p -> { }, CancellationToken.none());
    assertFalse(s.exact());
    // Additive score on a zero background: each value is exactly i^2, which the regression recovers.
    for (int i = 0; i < m; i++) {
      assertEquals(i * i, s.values()[i], 1e-6, "feature " + i);
    }
  }
}
