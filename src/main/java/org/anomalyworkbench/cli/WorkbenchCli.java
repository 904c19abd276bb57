package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.util.Set;
import org.anomalyworkbench.core.project.AppInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code train}, {@code score}, {@code evaluate}, {@code bench} and helpers. */
@Command(name = "anomaly-workbench", mixinStandardHelpOptions = true,
    versionProvider = WorkbenchCli.Version.class,
    description = "Train anomaly detectors, score new data and evaluate them, without the window.%n"
        + "Run without arguments to open the window.",
    subcommands = {TrainCommand.class, ScoreCommand.class, EvaluateCommand.class, BenchCommand.class,
        DetectorsCommand.class, InfoCommand.class, CommandLine.HelpCommand.class})
public final class WorkbenchCli implements Runnable {
  /** Top-level options that also mean "command line, not window". */
  private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** True when {@code args} asks for the command line rather than the window. */
  public static boolean isCommand(String[] args) {
    if (args.length == 0) {
      return false;
    }
    // The subcommands are read from the annotations above, so a new one needs no second list here.
    return OPTIONS.contains(args[0]) || new CommandLine(new WorkbenchCli()).getSubcommands().containsKey(args[0]);
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage error). */
  public static int run(String[] args) {
    return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** Runs with the given output streams (tests capture them). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new WorkbenchCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("Error: " + UserMessages.of(ex));
      return 1;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Prints the version and the compute backend. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"Anomaly Workbench " + AppInfo.version()};
    }
  }
}
