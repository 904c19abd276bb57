package org.anomalyworkbench.core.detector.statistical;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/** Test helper: a model through the bytes of a real model file and back. */
public final class ModelFiles {
  private ModelFiles() {
  }

  /** Saves {@code model} into a zip in memory and returns a reader over it. */
  public static ModelArchive.Reader roundTrip(TrainedDetector model) throws IOException {
    ModelArchive.Writer out = new ModelArchive.Writer();
    model.save(out.nested("detector"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    out.writeTo(bytes);
    return ModelArchive.Reader.from(new ByteArrayInputStream(bytes.toByteArray())).nested("detector");
  }
}
