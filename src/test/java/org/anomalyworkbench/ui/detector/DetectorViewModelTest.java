package org.anomalyworkbench.ui.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.detector.ParameterSpec;
import org.anomalyworkbench.ui.FakeDetector;
import org.anomalyworkbench.ui.train.TrainingPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DetectorViewModelTest {
  SimpleObjectProperty<Dataset> data = new SimpleObjectProperty<>();
  DetectorViewModel vm;

  @BeforeEach
  void setUp() {
    data.set(SyntheticData.dataset("s", 100, 3, 0.1, 1));
    vm = new DetectorViewModel(List.of(new FakeDetector("ae", false), new FakeDetector("clf", true)), data);
  }

  ParameterField field(String name) {
    return vm.fields().stream().filter(f -> f.spec().name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void formIsGeneratedFromTheDeclarationsWithDefaults() {
    assertEquals(List.of("epochs", "learningRate", "hidden", "denoise", "activation", "batchSize"),
        vm.fields().stream().map(f -> f.spec().name()).toList());
    assertEquals("10", field("epochs").textProperty().get());
    assertEquals(ParameterSpec.Type.INTEGER_LIST, field("hidden").spec().type());
    assertEquals(List.of("RELU", "TANH"), field("activation").spec().choices());
    assertEquals("between 1 and 1000", field("epochs").boundsHint());
    assertTrue(vm.validProperty().get());
  }

  @Test
  void eachFieldIsValidatedAsYouTypeWithTheBindersMessage() {
    field("epochs").textProperty().set("0");
    assertEquals("Parameter 'epochs' must be between 1 and 1000, not 0.", field("epochs").errorProperty().get());
    assertFalse(vm.validProperty().get());
    field("epochs").textProperty().set("ten");
    assertTrue(field("epochs").errorProperty().get().contains("must be a integer") 
        || field("epochs").errorProperty().get().contains("must be an integer")
        || field("epochs").errorProperty().get().contains("'ten'"), field("epochs").errorProperty().get());
    field("epochs").textProperty().set("5");
    assertEquals("", field("epochs").errorProperty().get());
    assertTrue(vm.validProperty().get());
  }

  @Test
  void crossFieldRulesOfTheConfigRecordShowAsAFormError() {
    field("epochs").textProperty().set("1");
    field("batchSize").textProperty().set("20000");
    assertEquals("", field("batchSize").errorProperty().get(), "each value alone is fine");
    assertTrue(vm.formErrorProperty().get().contains("too large"), vm.formErrorProperty().get());
    assertFalse(vm.validProperty().get());
    assertThrows(IllegalStateException.class, () -> vm.plan());
  }

  @Test
  void planCarriesOnlyChangedValuesAndPreparation() {
    field("epochs").textProperty().set(" 3 ");
    vm.scalingProperty().set(Scaling.ROBUST);
    vm.validationPercentProperty().set("10");
    vm.seedProperty().set("7");
    TrainingPlan p = vm.plan();
    assertEquals("ae", p.detectorId());
    assertEquals(Map.of("epochs", "3"), p.parameters());
    assertEquals("ROBUST", p.scaling());
    assertEquals(0.1, p.validationFraction(), 1e-12);
    assertEquals(7, p.seed());
  }

  @Test
  void preparationFieldsAreValidated() {
    vm.validationPercentProperty().set("80");
    assertTrue(vm.preparationErrorProperty().get().contains("between 0 and 50"));
    assertFalse(vm.validProperty().get());
    vm.validationPercentProperty().set("20");
    vm.seedProperty().set("1.5");
    assertTrue(vm.preparationErrorProperty().get().contains("whole number"));
  }

  @Test
  void editsAreRememberedPerDetectorAndResettable() {
    field("epochs").textProperty().set("77");
    vm.select("clf");
    assertEquals("10", field("epochs").textProperty().get());
    vm.select("ae");
    assertEquals("77", field("epochs").textProperty().get());
    vm.resetDefaults();
    assertEquals("10", field("epochs").textProperty().get());
  }

  @Test
  void detectorsThatNeedLabelsSayWhatToDoWhenThereAreNone() {
    vm.select("clf");
    assertTrue(vm.validProperty().get());
    data.set(data.get().withSchema(data.get().schema().withRole("label", ColumnRole.IGNORED)));
    assertFalse(vm.validProperty().get());
    assertTrue(vm.compatibilityProperty().get().contains("mark a 0/1 column as Label"),
        vm.compatibilityProperty().get());
    data.set(null);
    assertEquals("Load a dataset in the Data step first.", vm.firstError());
  }

  @Test
  void theWindowTravelsInThePlanAndNonsenseIsRefused() {
    assertEquals(0, vm.plan().window(), "single rows by default");
    vm.windowProperty().set("32");
    assertTrue(vm.validProperty().get());
    assertEquals(32, vm.plan().window());
    vm.windowProperty().set("-1");
    assertFalse(vm.validProperty().get());
    assertTrue(vm.firstError().startsWith("Window must be a whole number of points"), vm.firstError());
  }

  @Test
  void aRuleBetweenFieldsIsJudgedOnTheValuesOnScreenNotOnTheDefaults() {
    data.set(org.anomalyworkbench.core.data.SyntheticSeries.serverMetrics("s", 1000, 1));
    DetectorViewModel lstm = new DetectorViewModel(
        List.of(new org.anomalyworkbench.core.detector.lstm.LstmDetector()), data);
    lstm.select("lstm");
    ParameterField warmUp = lstm.fields().stream().filter(f -> f.spec().name().equals("warmUp")).findFirst().get();
    ParameterField window = lstm.fields().stream().filter(f -> f.spec().name().equals("window")).findFirst().get();
    warmUp.textProperty().set("16");
    window.textProperty().set("32"); // alone, against the default warm-up of 32, this would break the rule
    assertTrue(lstm.validProperty().get(), lstm.firstError());
    assertEquals("", window.errorProperty().get());
    assertEquals(Map.of("warmUp", "16", "window", "32"), lstm.plan().parameters());
    window.textProperty().set("16");
    assertFalse(lstm.validProperty().get());
    assertEquals("", window.errorProperty().get(), "not a problem of the window field alone");
    assertTrue(lstm.firstError().contains("Warm-up (16) must be shorter than the window (16)"), lstm.firstError());
  }
}
