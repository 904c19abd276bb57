package org.anomalyworkbench.ui;

import java.util.List;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.Param;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/** A detector declaration for form tests: every parameter type, bounds and a cross-field rule. */
public final class FakeDetector implements Detector<FakeDetector.Config> {
  private final String id;
  private final boolean needsLabels;

  public FakeDetector(String id, boolean needsLabels) {
    this.id = id;
    this.needsLabels = needsLabels;
  }

  /** Activation choices. */
  public enum Activation { RELU, TANH }

  /** Parameters of the fake detector. */
  public record Config(
      @Param(label = "Epochs", description = "Passes over the data.", min = 1, max = 1000) int epochs,
      @Param(label = "Learning rate", description = "Step size.", min = 1e-6, max = 1) double learningRate,
      @Param(label = "Hidden layers", description = "Units per layer.", min = 1, max = 4096) List<Integer> hidden,
      @Param(label = "Denoise", description = "Add input noise.") boolean denoise,
      @Param(label = "Activation", description = "Non-linearity.") Activation activation,
      @Param(label = "Batch size", description = "Rows per step.", min = 1, max = 100000) int batchSize)
      implements DetectorConfig {
    public Config {
      hidden = List.copyOf(hidden);
      if (hidden.isEmpty()) {
        throw new IllegalArgumentException("Parameter 'hidden' needs at least one layer.");
      }
      if (batchSize > 10 * epochs * 1000) {
        throw new IllegalArgumentException("Batch size " + batchSize + " is too large for " + epochs + " epochs.");
      }
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String displayName() {
    return "Fake " + id;
  }

  @Override
  public String description() {
    return "A detector used by the UI tests. It declares every kind of parameter.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR);
  }

  @Override
  public boolean requiresLabels() {
    return needsLabels;
  }

  @Override
  public Config defaultConfig() {
    return new Config(10, 0.001, List.of(16, 8, 16), false, Activation.RELU, 256);
  }

  @Override
  public TrainedDetector train(PreparedData data, Config config, TrainingContext context) {
    throw new UnsupportedOperationException("UI tests train through ScriptedTraining");
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, Config config) {
    throw new UnsupportedOperationException();
  }
}
