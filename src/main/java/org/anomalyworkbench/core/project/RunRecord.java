package org.anomalyworkbench.core.project;

import java.time.Instant;
import java.util.Map;

/**
 * What a project remembers of one training besides its model: when and how long, with which
 * detector and config, and what it gave (rows, flagged rows at the threshold, label metrics
 * when the data has labels). Shown in the Runs panel and compared across runs.
 *
 * @param id unique within the project, e.g. {@code run-3}
 * @param name what the Runs panel shows, e.g. "isolation-forest #3"
 * @param detectorId the detector trained
 * @param config its full configuration, in text form
 * @param started when the training started
 * @param durationMillis how long it took
 * @param rows rows scored
 * @param flagged rows flagged at the run's threshold
 * @param threshold the threshold policy's text form
 * @param thresholdValue the number the policy gave (or the analyst chose)
 * @param rocAuc ROC-AUC against the labels; null without labels
 * @param averagePrecision average precision against the labels; null without labels
 */
public record RunRecord(
    String id,
    String name,
    String detectorId,
    Map<String, String> config,
    Instant started,
    long durationMillis,
    int rows,
    int flagged,
    String threshold,
    double thresholdValue,
    Double rocAuc,
    Double averagePrecision) {

  public RunRecord {
    if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
      throw new IllegalArgumentException("A run id is 1 to 64 letters, digits, '-' or '_', not '" + id + "'.");
    }
    if (rows < 0 || flagged < 0 || flagged > rows || durationMillis < 0) {
      throw new IllegalArgumentException("Run " + id + " has impossible counts: " + flagged + " of " + rows
          + " rows flagged in " + durationMillis + " ms.");
    }
    config = config == null ? Map.of() : Map.copyOf(config);
    name = name == null || name.isBlank() ? id : name;
  }
}
