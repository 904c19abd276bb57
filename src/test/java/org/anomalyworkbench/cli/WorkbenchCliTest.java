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
}
