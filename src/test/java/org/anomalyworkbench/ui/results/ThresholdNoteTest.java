package org.anomalyworkbench.ui.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The results step says when its threshold is not what the rule promises (ties), does not
 * carry a fixed threshold over to new scores, and knows the policy behind what it shows so
 * that saving keeps it.
 */
class ThresholdNoteTest {
  ResultsViewModel vm;

  @BeforeEach
  void setUp() {
    vm = new ResultsViewModel(new CoreThresholds());
  }

  private static ResultsData constant(int n, double score) {
    Dataset d = SyntheticData.dataset("flat", n, 2, 0.1, 1);
    double[] s = new double[n];
    Arrays.fill(s, score);
    return new ResultsData(d, new Scores(s, new float[2 * n], List.of("x1", "x2")),
        d.table().intColumn("label").asIntArray(), new SortedScores(s), s, new double[0], "score", Medians.of(d), null);
  }

  @Test
  void constantScoresFlagNothingAndTheNoteSaysWhy() {
    vm.setData(constant(400, 0.25));
    assertEquals(0, vm.flaggedCountProperty().get());
    assertEquals("all scores are equal (0.25): no threshold can flag 5%, so none is flagged. The detector cannot "
        + "tell these rows apart; try other features or another detector.", vm.thresholdNoteProperty().get());
  }

  @Test
  void draggingClearsTheNoteAndMakesTheShownPolicyFixed() {
    vm.setData(constant(400, 0.25));
    vm.thresholdProperty().set(0.2);
    assertEquals(400, vm.flaggedCountProperty().get());
    assertEquals("", vm.thresholdNoteProperty().get());
    assertEquals(new ThresholdPolicy.Fixed(0.2), vm.shownPolicy());
  }

  @Test
  void aRuleIsWhatTheShownPolicySays() {
    vm.setData(ResultsFixtures.linear(1000));
    assertEquals(new ThresholdPolicy.Contamination(0.05), vm.shownPolicy());
    vm.strategyProperty().set(ThresholdStrategy.MEAN_K_SD);
    vm.strategyParameterProperty().set("2");
    assertTrue(vm.applyStrategy());
    assertEquals(new ThresholdPolicy.MeanPlusKSd(2), vm.shownPolicy());
  }

  @Test
  void aFixedThresholdDoesNotSilentlyFlagNothingOnANewTraining() {
    vm.setData(ResultsFixtures.linear(1000));
    vm.thresholdProperty().set(950.5); // dragged on the first result's scores (0..999)
    assertEquals(ThresholdStrategy.FIXED, vm.strategyProperty().get());

    vm.setData(ResultsFixtures.linear(100)); // new scores 0..99: 950.5 would flag none
    assertEquals(ThresholdStrategy.CONTAMINATION, vm.strategyProperty().get());
    assertEquals(5, vm.flaggedCountProperty().get());
    assertEquals(95.0, vm.getThreshold());
    assertEquals("The fixed threshold of the previous result does not carry over to new scores: showing the top 5%. "
        + "Drag the line or type a value to change it.", vm.thresholdNoteProperty().get());
  }

  @Test
  void aSavedThresholdIsShownAsItsNumberWithWhereItCameFrom() {
    vm.setData(ResultsFixtures.linear(1000));
    vm.showSavedThreshold(990, new ThresholdPolicy.Contamination(0.05),
        "top 5% of the training data's scores, saved with the model");
    assertEquals(10, vm.flaggedCountProperty().get(), "the saved number, not a fresh top 5% (50 rows)");
    assertEquals(ThresholdStrategy.FIXED, vm.strategyProperty().get());
    assertEquals("Threshold 990: top 5% of the training data's scores, saved with the model.",
        vm.thresholdNoteProperty().get());
    assertEquals(new ThresholdPolicy.Contamination(0.05), vm.shownPolicy(), "saving again keeps its origin");
  }
}
