package org.anomalyworkbench.core.archive;

import java.nio.file.Path;

/** A model file that cannot be read, with a message for the user saying what to do. */
public final class ModelFileException extends RuntimeException {
  public ModelFileException(Path file, String problem, Throwable cause) {
    super(file.getFileName() + ": " + problem, cause);
  }
}
