package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkbenchCliTest {
  @Test
  void subcommandsAndTopLevelOptionsSelectTheCommandLine() {
    for (String first : new String[] {"train", "score", "evaluate", "bench", "detectors", "info", "help", "--version"}) {
      assertTrue(WorkbenchCli.isCommand(new String[] {first}), first);
    }
  }

  @Test
  void nothingOrADataFileOpensTheWindow() {
    assertFalse(WorkbenchCli.isCommand(new String[0]));
    assertFalse(WorkbenchCli.isCommand(new String[] {"data.csv"}));
  }

  /**
   * picocli formats option descriptions with String.format: a bare "80% of" in a description
   * printed three warnings above {@code bench --help} and left the text unformatted.
   */
  @Test
  void everyCommandsHelpRendersWithoutFormatWarnings() throws Exception {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      picocli.CommandLine root = new picocli.CommandLine(new WorkbenchCli());
      java.util.List<picocli.CommandLine> all = new java.util.ArrayList<>(root.getSubcommands().values());
      all.add(root);
      for (picocli.CommandLine command : all) {
        String help = command.getUsageMessage();
        assertFalse(help.contains("%n"), command.getCommandName() + " help left unformatted");
      }
    } finally {
      System.setErr(err);
    }
    String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(warnings.contains("WARN"), warnings);
  }
}
