package org.anomalyworkbench.core.detector;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A family of anomaly detectors the user can pick. Stateless: {@link #train} returns a
 * {@link TrainedDetector}.
 *
 * @param <C> the config record type
 */
public interface Detector<C extends Record & DetectorConfig> {
  /** Stable id persisted in model files and used on the command line: never rename. */
  String id();

  /** Name shown in the picker. */
  String displayName();

  /** One paragraph: what it scores and when to use it, shown in the picker. */
  String description();

  /** The data kinds it accepts. */
  Set<DataKind> accepts();

  /** The defaults a new user gets. */
  C defaultConfig();

  /** True when training needs a label column (the supervised classifier). */
  default boolean requiresLabels() {
    return false;
  }

  /**
   * Checks what a config cannot check alone (e.g. that an ensemble's members exist), so that a
   * bad configuration fails before any work; throws {@link IllegalArgumentException} with what to
   * change.
   */
  default void validate(C config) {
  }

  /**
   * Values of parameters added after model files of this detector were first written, as those
   * older files meant them; a parameter missing from a saved configuration otherwise takes
   * today's default, which may describe a different training.
   */
  default Map<String, String> olderFileDefaults() {
    return Map.of();
  }

  /** The parameters of {@link #defaultConfig()}, for forms and CLI help. */
  default List<ParameterSpec> parameters() {
    C defaults = defaultConfig();
    return ConfigBinder.specs(defaults.getClass(), defaults);
  }

  /**
   * Trains on {@code data}. Unsupervised detectors ignore labels.
   *
   * @throws org.anomalyworkbench.core.training.TrainingCancelledException if cancelled
   * @throws org.anomalyworkbench.core.training.TrainingFailedException if the loss diverges
   */
  TrainedDetector train(PreparedData data, C config, TrainingContext context);

  /** Reads what {@link TrainedDetector#save} wrote. */
  TrainedDetector load(ModelArchive.Reader in, C config) throws IOException;
}
