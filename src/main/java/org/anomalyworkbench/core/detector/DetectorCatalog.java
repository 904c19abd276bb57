package org.anomalyworkbench.core.detector;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.data.PreparedData;

/**
 * The detectors a composite detector (the ensemble) may build its members from, looked up by id.
 * It is handed in rather than reached through the registry so that the registry, which lists the
 * ensemble, and the ensemble, which trains and loads members, do not depend on each other.
 */
public interface DetectorCatalog {
  /** The detector with this id, if there is one. */
  Optional<Detector<?>> find(String id);

  /** Every known detector id, in picker order. */
  List<String> ids();

  /** The full configuration, in text form, that {@code parameters} give over the defaults. */
  Map<String, String> resolveConfig(String id, Map<String, String> parameters);

  /** Trains detector {@code id} with {@code parameters} applied over its defaults. */
  TrainedDetector train(String id, Map<String, String> parameters, PreparedData data, TrainingContext context);

  /** Loads a model of detector {@code id} saved with the given configuration. */
  TrainedDetector load(String id, Map<String, String> config, ModelArchive.Reader in) throws IOException;
}
