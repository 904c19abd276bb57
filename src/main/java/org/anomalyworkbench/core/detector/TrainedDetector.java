package org.anomalyworkbench.core.detector;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted detector that scores prepared rows. Scoring must work in bounded memory: deep
 * models score internally in chunks of at most ~10k rows.
 */
public interface TrainedDetector {
  /** The {@link Detector#id()} that made this model. */
  String detectorId();

  /** One score per row, higher = more anomalous, with per-feature contributions. */
  Scores score(PreparedData data);

  /** What the scores mean. */
  ScoreSemantics semantics();

  /** Writes the fitted state; {@link Detector#load} reads it back to identical scores. */
  void save(ModelArchive.Writer out) throws IOException;
}
