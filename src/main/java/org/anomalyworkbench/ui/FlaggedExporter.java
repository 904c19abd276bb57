package org.anomalyworkbench.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.anomalyworkbench.ui.results.ResultsData;

/** Writes the flagged rows of a result to a CSV file (core's flagged-records writer in the app). */
@FunctionalInterface
public interface FlaggedExporter {
  /** @return the number of rows written */
  int export(ResultsData data, double threshold, Path out) throws IOException;
}
