package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the command line, as the tests see it: exit code, standard output and
 * standard error.
 */
record CliRun(int code, String out, String err) {

  /** Runs {@code args} through {@link WorkbenchCli#run} with captured output. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WorkbenchCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
