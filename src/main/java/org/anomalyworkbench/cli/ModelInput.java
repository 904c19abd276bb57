package org.anomalyworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.model.MemoryEstimate;
import org.anomalyworkbench.core.model.TrainedModel;

/**
 * The data a saved model is applied to ({@code score}, {@code explain}): a folder of images read
 * at the model's size and colour for a model of images, else a CSV; the other kind is refused
 * with what to give instead.
 */
final class ModelInput {
  private ModelInput() {
  }

  static Dataset read(TrainedModel model, Path data, PrintWriter err) throws IOException {
    if (model.preparation().imageOptions().isPresent()) {
      return ImageInput.read(data, model.preparation().imageOptions().get(), List.of(), err);
    }
    if (Files.isDirectory(data)) {
      throw new IllegalArgumentException("The model was trained on a table: give a CSV as --data, not the folder "
          + data + ".");
    }
    MemoryEstimate.checkFits(data);
    return CsvImporter.read(data, CsvImportOptions.defaults());
  }
}
