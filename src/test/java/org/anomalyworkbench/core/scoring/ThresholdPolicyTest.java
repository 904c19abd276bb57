package org.anomalyworkbench.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThresholdPolicyTest {

  @Test
  void fixedIsItsValue() {
    assertEquals(0.73, new ThresholdPolicy.Fixed(0.73).resolve(ThresholdContext.ofScores(null)));
  }

  @Test
  void meanPlusKSdUsesPopulationSdOfTrainingScores() {
    ThresholdContext ctx = new ThresholdContext(new double[] {1, 2, 3, 4, 5}, new double[] {100}, null, null);
    // mean 3, population variance 2.
    assertEquals(3 + 2 * Math.sqrt(2), new ThresholdPolicy.MeanPlusKSd(2).resolve(ctx), 1e-12);
  }

  @Test
  void contaminationFlagsTheExactCount() {
    SplittableRandom rnd = new SplittableRandom(1);
    double[] s = new double[1000];
    for (int i = 0; i < s.length; i++) {
      s[i] = rnd.nextDouble();
    }
    SortedScores sorted = new SortedScores(s);
    for (double f : new double[] {0.001, 0.05, 0.1234, 1}) {
      double t = new ThresholdPolicy.Contamination(f).resolve(ThresholdContext.ofScores(s));
      assertEquals(Math.round(f * 1000), sorted.countAtOrAbove(t), "fraction " + f);
      assertEquals(Math.round(f * 1000), Flags.of(s, t).count());
    }
    // Pre-sorted scores give the same answer.
    ThresholdContext presorted = new ThresholdContext(null, s, null, null, sorted);
    assertEquals(sorted.thresholdForTopCount(50), new ThresholdPolicy.Contamination(0.05).resolve(presorted));
  }

  @Test
  void bestF1PicksTheBestThresholdNotTheFirst() {
    double[] s = {0.9, 0.8, 0.7, 0.6, 0.5, 0.1};
    int[] y = {1, 1, 0, 1, 0, 0};
    // F1 at 0.9: 2/4, 0.8: 4/5, 0.7: 4/6, 0.6: 6/7 (best), 0.5: 6/8, 0.1: 6/9.
    assertEquals(0.6, new ThresholdPolicy.BestF1().resolve(new ThresholdContext(null, s, y, null)));
  }

  @Test
  void bestF1NeverSplitsTiesAndPrefersFewerFlags() {
    double[] s = {0.9, 0.5, 0.5, 0.1};
    int[] y = {1, 1, 0, 0};
    // At 0.9: F1 = 2/3; at 0.5 (both tied rows): 4/5; at 0.1: 4/6.
    assertEquals(0.5, new ThresholdPolicy.BestF1().resolve(new ThresholdContext(null, s, y, null)));
    // Equal F1 (2/3) at 0.9 and at 0.1: the higher threshold wins.
    assertEquals(0.9, new ThresholdPolicy.BestF1().resolve(
        new ThresholdContext(null, new double[] {0.9, 0.1}, new int[] {1, 0}, null)));
  }

  @Test
  void normalQuantileInterpolatesNormalValidationScores() {
    double[] normal = new double[101];
    for (int i = 0; i < normal.length; i++) {
      normal[i] = (i * 37) % 101; // 0..100 shuffled
    }
    ThresholdContext ctx = new ThresholdContext(null, null, null, normal);
    assertEquals(99, new ThresholdPolicy.NormalQuantile(0.99).resolve(ctx), 1e-12);
    assertEquals(99.5, new ThresholdPolicy.NormalQuantile(0.995).resolve(ctx), 1e-12);
  }

  @Test
  void missingContextSaysWhatIsNeeded() {
    ThresholdContext empty = new ThresholdContext(null, new double[] {1, 2}, null, null);
    assertTrue(assertThrows(IllegalStateException.class, () -> new ThresholdPolicy.MeanPlusKSd(3).resolve(empty))
        .getMessage().contains("training rows"));
    assertTrue(assertThrows(IllegalStateException.class, () -> new ThresholdPolicy.BestF1().resolve(empty))
        .getMessage().contains("label column"));
    assertTrue(assertThrows(IllegalStateException.class, () -> new ThresholdPolicy.NormalQuantile(0.9)
        .resolve(empty)).getMessage().contains("validation fraction"));
    assertTrue(assertThrows(IllegalStateException.class, () -> new ThresholdPolicy.Contamination(0.1)
        .resolve(new ThresholdContext(null, null, null, null))).getMessage().contains("score the data"));
    ThresholdContext noAnomalies = new ThresholdContext(null, new double[] {1, 2}, new int[] {0, 0}, null);
    assertTrue(assertThrows(IllegalStateException.class, () -> new ThresholdPolicy.BestF1().resolve(noAnomalies))
        .getMessage().contains("at least one row labelled 1"));
  }

  @Test
  void textFormRoundTrips() {
    List<ThresholdPolicy> all = List.of(new ThresholdPolicy.Fixed(0.73), new ThresholdPolicy.Fixed(-2),
        new ThresholdPolicy.Fixed(1.0e-9), new ThresholdPolicy.MeanPlusKSd(3), new ThresholdPolicy.MeanPlusKSd(2.5),
        new ThresholdPolicy.Contamination(0.05), new ThresholdPolicy.BestF1(),
        new ThresholdPolicy.NormalQuantile(0.99));
    for (ThresholdPolicy p : all) {
      assertEquals(p, ThresholdPolicy.parse(p.toText()), p.toText());
    }
    assertEquals("fixed:0.73", new ThresholdPolicy.Fixed(0.73).toText());
    assertEquals("sd:3", new ThresholdPolicy.MeanPlusKSd(3).toText());
    assertEquals("contamination:0.05", new ThresholdPolicy.Contamination(0.05).toText());
    assertEquals("best-f1", new ThresholdPolicy.BestF1().toText());
    assertEquals("normal-quantile:0.99", new ThresholdPolicy.NormalQuantile(0.99).toText());
  }

  @Test
  void parseIsLenientAboutCaseSpacesAndPercent() {
    assertEquals(new ThresholdPolicy.MeanPlusKSd(3), ThresholdPolicy.parse(" SD : 3 "));
    assertEquals(new ThresholdPolicy.Contamination(0.05), ThresholdPolicy.parse("contamination:5%"));
    assertEquals(new ThresholdPolicy.BestF1(), ThresholdPolicy.parse("Best-F1"));
  }

  @Test
  void badTextListsTheForms() {
    for (String bad : new String[] {"foo", "sd", "sd:abc", "best-f1:2", "", "fixed:"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.parse(bad));
      assertTrue(e.getMessage().contains("normal-quantile:<q>"), e.getMessage());
    }
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ThresholdPolicy.parse("sd:abc"))
        .getMessage().contains("'abc' is not a number"));
    IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
        () -> ThresholdPolicy.parse("contamination:5"));
    assertTrue(range.getMessage().contains("'contamination:5'") && range.getMessage().contains("(0, 1]"),
        range.getMessage());
  }

  @Test
  void describeIsReadable() {
    assertEquals("fixed threshold 0.73", new ThresholdPolicy.Fixed(0.73).describe());
    assertEquals("mean + 3 sd of the training scores", new ThresholdPolicy.MeanPlusKSd(3).describe());
    assertEquals("top 5% of the scored rows", new ThresholdPolicy.Contamination(0.05).describe());
    assertEquals("0.99 quantile of the normal validation scores", new ThresholdPolicy.NormalQuantile(0.99).describe());
  }

  @Test
  void bestF1NeverChoosesANaNScore() {
    // NaN rows are never flagged; labelled anomalies among them must not pull the search onto
    // them. F1 at 3: 2/(1+3); at 2: 2/(2+3); 1 is "flag every scored row" and is skipped.
    double[] s = {3, 2, 1, Double.NaN, Double.NaN};
    int[] y = {1, 0, 0, 1, 1};
    assertEquals(3.0, new ThresholdPolicy.BestF1().resolve(new ThresholdContext(null, s, y, null)));
    // Only NaN scores: nothing can be flagged, and that is no error.
    ThresholdChoice none = new ThresholdPolicy.BestF1().choose(
        new ThresholdContext(null, new double[] {Double.NaN, Double.NaN}, new int[] {1, 0}, null));
    assertEquals(Double.POSITIVE_INFINITY, none.value());
  }

  @Test
  void bestF1SkipsFlagEverythingEvenWhenEveryOtherCandidateHasF1Zero() {
    // F1 is 0 at 3 and at 2; flagging all three rows would give 2/4, but separates nothing.
    ThresholdChoice c = new ThresholdPolicy.BestF1().choose(
        new ThresholdContext(null, new double[] {3, 2, 1}, new int[] {0, 0, 1}, null));
    assertEquals(3.0, c.value());
    assertEquals("", c.note());
  }

  @Test
  void bestF1TiesGoToTheHigherThresholdAcrossDistantCandidates() {
    // F1 at 6: 2/(1+3) = 0.5; at 5, 4, 3: lower; at 2: 2*2/(5+3) = 0.5 again; 1 is flag-all.
    double[] s = {6, 5, 4, 3, 2, 1};
    int[] y = {1, 0, 0, 0, 1, 1};
    assertEquals(6.0, new ThresholdPolicy.BestF1().resolve(new ThresholdContext(null, s, y, null)));
  }

  @Test
  void tinyAndHugeNumbersAreWrittenInScientificNotation() {
    assertEquals("1.0E-9", ThresholdText.number(1e-9));
    assertEquals("-2.5E20", ThresholdText.number(-2.5e20));
    assertEquals("0", ThresholdText.number(0));
    assertEquals("0.125", ThresholdText.number(0.125));
    assertEquals(new ThresholdPolicy.Fixed(1e-9), ThresholdPolicy.parse(new ThresholdPolicy.Fixed(1e-9).toText()));
  }

  @Test
  void policiesWithoutTiesChooseTheirResolvedNumberWithoutANote() {
    ThresholdContext ctx = new ThresholdContext(new double[] {1, 3}, new double[] {1, 2, 3}, null, new double[] {0, 4});
    for (ThresholdPolicy p : List.of(new ThresholdPolicy.Fixed(0.7), new ThresholdPolicy.MeanPlusKSd(1),
        new ThresholdPolicy.NormalQuantile(0.5))) {
      ThresholdChoice c = p.choose(ctx);
      assertEquals(p.resolve(ctx), c.value(), p.toText());
      assertEquals("", c.note(), p.toText());
    }
    assertEquals(3.0, new ThresholdPolicy.MeanPlusKSd(1).choose(ctx).value(), "mean 2 + 1 sd");
  }
}
