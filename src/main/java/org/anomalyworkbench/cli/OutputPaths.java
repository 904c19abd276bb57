package org.anomalyworkbench.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks a command's output files before it does any work, so that a long training never ends
 * in "cannot write" and no output overwrites an input: an output must not be the same file as
 * an input (after resolving links; an input folder counts with the files in it), nor as another
 * output, nor a folder, and its folder must be a folder. A failed check is a usage error (exit 2).
 */
final class OutputPaths {
  private record Named(String option, Path path) {
  }

  private final CommandSpec spec;
  private final List<Named> inputs = new ArrayList<>();
  private final List<Named> outputs = new ArrayList<>();

  private OutputPaths(CommandSpec spec) {
    this.spec = spec;
  }

  /** Starts the checks for the command {@code spec} describes. */
  static OutputPaths of(CommandSpec spec) {
    return new OutputPaths(spec);
  }

  /** A file (or folder of files) the command reads; null when the option was not given. */
  OutputPaths input(String option, Path path) {
    if (path != null) {
      inputs.add(new Named(option, path));
    }
    return this;
  }

  /** A file the command writes; null when the option was not given. */
  OutputPaths output(String option, Path path) {
    if (path != null) {
      outputs.add(new Named(option, path));
    }
    return this;
  }

  /** @throws ParameterException saying which option is wrong and what to do instead */
  void check() {
    for (int i = 0; i < outputs.size(); i++) {
      Named out = outputs.get(i);
      checkWritablePlace(out);
      for (Named in : inputs) {
        if (overwrites(out.path(), in.path())) {
          throw fail(out.option() + " " + out.path() + " is the same file as " + in.option() + " " + in.path()
              + (Files.isDirectory(in.path()) ? " (a file in that folder)" : "")
              + ": writing it would overwrite the input. Choose another file name for " + out.option() + ".");
        }
      }
      for (Named other : outputs.subList(0, i)) {
        if (sameFile(out.path(), other.path())) {
          throw fail(out.option() + " and " + other.option() + " both name " + out.path()
              + ": one would overwrite the other. Give them different file names.");
        }
      }
    }
  }

  private void checkWritablePlace(Named out) {
    Path p = out.path();
    if (Files.isDirectory(p)) {
      throw fail(out.option() + " " + p + " is a folder. Give a file name, e.g. " + p.resolve(example(out)) + ".");
    }
    Path parent = p.toAbsolutePath().getParent();
    for (Path up = parent; up != null; up = up.getParent()) {
      if (Files.exists(up)) {
        if (!Files.isDirectory(up)) {
          throw fail(out.option() + " " + p + ": " + up + " is a file, not a folder. Choose a path in a folder.");
        }
        if (!Files.isWritable(up)) {
          throw fail(out.option() + " " + p + ": the folder " + up + " is not writable. Choose a folder you can write to.");
        }
        return;
      }
    }
  }

  private static String example(Named out) {
    return out.option().equals("--model") ? "model.awm" : "results.csv";
  }

  private static boolean overwrites(Path out, Path in) {
    if (sameFile(out, in)) {
      return true;
    }
    if (!Files.isDirectory(in) || !Files.exists(out)) {
      return false;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(in)) {
      for (Path f : files) {
        if (sameFile(out, f)) {
          return true;
        }
      }
    } catch (IOException e) {
      return false; // an unreadable folder fails the command itself, with the real reason
    }
    return false;
  }

  /** Same file after links (and hard links): by identity when both exist, else by normalised path. */
  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall through to comparing the paths
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private ParameterException fail(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
