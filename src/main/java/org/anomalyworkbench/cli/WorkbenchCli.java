package org.anomalyworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import org.anomalyworkbench.core.pipeline.AppInfo;
import org.anomalyworkbench.core.model.MemoryEstimate;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code train}, {@code score}, {@code evaluate}, {@code bench} and helpers. */
@Command(name = "anomaly-workbench", mixinStandardHelpOptions = true,
    versionProvider = WorkbenchCli.Version.class,
    description = "Train anomaly detectors, score new data and evaluate them, without the window.%n"
        + "Run without arguments to open the window.",
    subcommands = {TrainCommand.class, ScoreCommand.class, EvaluateCommand.class, ProjectCommand.class,
        ExplainCommand.class, ReportCommand.class, BenchCommand.class,
        DetectorsCommand.class, InfoCommand.class, CommandLine.HelpCommand.class})
public final class WorkbenchCli implements Runnable {
  /** Top-level options that also mean "command line, not window". */
  private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * True when {@code args} asks for the command line rather than the window: anything but
   * nothing or one data file to open. A mistyped subcommand ({@code trian}) or option
   * ({@code --bogus}) is then a usage error here, not a window that fails without a display.
   */
  public static boolean isCommand(String[] args) {
    if (args.length == 0) {
      return false;
    }
    // The subcommands are read from the annotations above, so a new one needs no second list here.
    if (OPTIONS.contains(args[0]) || new CommandLine(new WorkbenchCli()).getSubcommands().containsKey(args[0])) {
      return true;
    }
    return args.length > 1 || args[0].startsWith("-") || !looksLikeFile(args[0]);
  }

  /** A path to open in the window: an existing file, or a name with a folder or an extension. */
  private static boolean looksLikeFile(String arg) {
    return arg.contains("/") || arg.contains("\\") || arg.contains(".") || java.nio.file.Files.exists(Path.of(arg));
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
    cli.setParameterExceptionHandler(WorkbenchCli::usageError);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli lets Errors through; this one has a remedy the user can apply.
      err.println("Error: " + MemoryEstimate.outOfMemory(Runtime.getRuntime().maxMemory()));
      return 1;
    }
  }

  /** A wrong command line: the problem, close matches for a typo, where to find the options; exit 2. */
  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("Error: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' to see the options.");
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
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
