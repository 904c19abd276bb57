package org.anomalyworkbench.core.detector;

import org.anomalyworkbench.core.detector.registry.DetectorRegistry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigBinderTest {
  enum Mode { FAST, CAREFUL }

  record Sample(
      @Param(label = "Epochs", description = "Passes over the data.", min = 1, max = 1000) int epochs,
      @Param(label = "Rate", description = "Learning rate.", min = 0, max = 1) double rate,
      @Param(label = "Layers", description = "Hidden widths.", min = 1) List<Integer> layers,
      @Param(label = "Mode", description = "How.") Mode mode,
      @Param(label = "Shuffle", description = "Shuffle rows.") boolean shuffle) implements DetectorConfig {
    Sample {
      layers = List.copyOf(layers);
      if (layers.isEmpty()) {
        throw new IllegalArgumentException("Layers must not be empty.");
      }
    }
  }

  private static final Sample DEFAULTS = new Sample(10, 0.001, List.of(16, 8), Mode.FAST, true);

  @Test
  void specsFollowDeclarations() {
    List<ParameterSpec> specs = ConfigBinder.specs(Sample.class, DEFAULTS);
    assertEquals(List.of("epochs", "rate", "layers", "mode", "shuffle"), specs.stream().map(ParameterSpec::name).toList());
    assertEquals(ParameterSpec.Type.INTEGER, specs.get(0).type());
    assertEquals(1, specs.get(0).min());
    assertEquals("10", specs.get(0).defaultValue());
    assertEquals(ParameterSpec.Type.INTEGER_LIST, specs.get(2).type());
    assertEquals("16,8", specs.get(2).defaultValue());
    assertEquals(List.of("FAST", "CAREFUL"), specs.get(3).choices());
    assertEquals(ParameterSpec.Type.BOOLEAN, specs.get(4).type());
  }

  @Test
  void textRoundTrip() {
    Sample s = ConfigBinder.bind(DEFAULTS, Map.of("epochs", "25", "layers", "32, 4", "mode", "careful", "shuffle", "false"));
    assertEquals(new Sample(25, 0.001, List.of(32, 4), Mode.CAREFUL, false), s);
    assertEquals(s, ConfigBinder.bind(DEFAULTS, ConfigBinder.toText(s)));
  }

  @Test
  void errorsNameTheParameterAndWhatIsAllowed() {
    var outOfRange = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("epochs", "0")));
    assertTrue(outOfRange.getMessage().contains("'epochs' must be between 1 and 1000"), outOfRange.getMessage());
    var notNumber = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("rate", "fast")));
    assertTrue(notNumber.getMessage().contains("'rate'"), notNumber.getMessage());
    var unknown = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("epoch", "3")));
    assertTrue(unknown.getMessage().contains("Unknown parameter 'epoch'"), unknown.getMessage());
    var badChoice = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("mode", "slow")));
    assertTrue(badChoice.getMessage().contains("[FAST, CAREFUL]"), badChoice.getMessage());
    var listElement = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("layers", "8,0")));
    assertTrue(listElement.getMessage().contains("'layers'"), listElement.getMessage());
    var compact = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("layers", "")));
    assertEquals("Layers must not be empty.", compact.getMessage());
    var bool = assertThrows(IllegalArgumentException.class, () -> ConfigBinder.bind(DEFAULTS, Map.of("shuffle", "yes")));
    assertTrue(bool.getMessage().contains("true or false"), bool.getMessage());
  }

  @Test
  void compactConstructorsCanCheckTheDeclaredBounds() {
    ConfigBinder.requireDeclaredBounds(Sample.class, 10, 0.5, List.of(4), Mode.FAST, true);
    var epochs = assertThrows(IllegalArgumentException.class,
        () -> ConfigBinder.requireDeclaredBounds(Sample.class, 0, 0.5, List.of(4), Mode.FAST, true));
    assertEquals("Parameter 'epochs' must be between 1 and 1000, not 0.", epochs.getMessage());
    var layers = assertThrows(IllegalArgumentException.class,
        () -> ConfigBinder.requireDeclaredBounds(Sample.class, 1, 0.5, List.of(4, 0), Mode.FAST, true));
    assertTrue(layers.getMessage().startsWith("Parameter 'layers' must be between 1 and"), layers.getMessage());
    var missing = assertThrows(IllegalArgumentException.class,
        () -> ConfigBinder.requireDeclaredBounds(Sample.class, 1, 0.5, List.of(4), null, true));
    assertEquals("Parameter 'mode' is required.", missing.getMessage());
  }

  @Test
  void deepConfigsRejectOutOfBoundsValuesBuiltInCode() {
    var e = assertThrows(IllegalArgumentException.class, () -> new org.anomalyworkbench.core.detector.autoencoder
        .AutoencoderConfig(List.of(), org.anomalyworkbench.core.detector.dl4j.HiddenActivation.TANH, 0, 0, 128,
        1e-3, 0.1, 1e-5, 0, 1.5, 10, 20_000, 1));
    assertTrue(e.getMessage().startsWith("Parameter 'epochs' must be between 1 and"), e.getMessage());
  }

  @Test
  void everyRegisteredDetectorDeclaresItsParametersAndRoundTrips() {
    for (Detector<?> d : DetectorRegistry.all()) {
      List<ParameterSpec> specs = d.parameters();
      for (ParameterSpec p : specs) {
        assertTrue(!p.label().isBlank() && !p.description().isBlank(), d.id() + "." + p.name());
      }
      Map<String, String> text = DetectorRegistry.resolveConfig(d.id(), Map.of());
      assertEquals(text, DetectorRegistry.resolveConfig(d.id(), text), d.id());
      assertTrue(!d.description().isBlank() && !d.displayName().isBlank(), d.id());
    }
  }
}
