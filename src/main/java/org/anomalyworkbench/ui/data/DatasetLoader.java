package org.anomalyworkbench.ui.data;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Reads a data file into a {@link Dataset} with guessed column roles. The app's loader is
 * core's CSV importer; tests may pass a loader over generated data.
 */
@FunctionalInterface
public interface DatasetLoader {
  /**
   * @param progress receives 0..1 as the file is read (from the loading thread)
   * @throws org.anomalyworkbench.core.data.DataImportException with file, line and column
   */
  Dataset load(Path file, CancellationToken cancel, DoubleConsumer progress) throws Exception;
}
