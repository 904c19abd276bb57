package org.anomalyworkbench.core.training;

import java.time.Instant;
import java.util.Map;

/**
 * Where a trained model came from: enough to reproduce and to audit a run.
 *
 * @param detectorId stable id of the detector
 * @param config the detector's configuration, as name to text value
 * @param dataHash hash of the prepared training matrix
 * @param seed random seed used
 * @param rows training rows
 * @param features prepared feature columns
 * @param appVersion version of this application
 * @param libraryVersions e.g. {@code dl4j=1.0.0-M2.1}
 * @param backend compute backend, e.g. {@code CPU (nd4j-native, 2 threads)}
 * @param trainedAt when training finished
 * @param trainingMillis wall time of training
 */
public record RunProvenance(
    String detectorId,
    Map<String, String> config,
    String dataHash,
    long seed,
    int rows,
    int features,
    String appVersion,
    Map<String, String> libraryVersions,
    String backend,
    Instant trainedAt,
    long trainingMillis) {

  public RunProvenance {
    config = Map.copyOf(config);
    libraryVersions = Map.copyOf(libraryVersions);
  }
}
