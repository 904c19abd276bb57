package org.anomalyworkbench.core.project;

import java.nio.file.Path;

/**
 * A project file that cannot be read or written, with a message that names the file, says
 * what is wrong and what to do; never a library's stack trace.
 */
public final class ProjectFileException extends RuntimeException {
  /** @param problem what is wrong and what to do, as a sentence */
  public ProjectFileException(Path file, String problem, Throwable cause) {
    super(file.getFileName() + ": " + problem, cause);
  }
}
