package org.anomalyworkbench.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into one line for the user, without a stack trace. */
final class UserMessages {
  private UserMessages() {
  }

  static String of(Throwable e) {
    if (e instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    if (e instanceof IOException) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    if (e.getMessage() != null) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName();
  }
}
