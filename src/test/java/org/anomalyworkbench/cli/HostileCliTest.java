package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: command lines that would overwrite inputs, mistyped ones, and misleading messages. */
class HostileCliTest {
  @TempDir
  Path dir;

  private Path data;
  private byte[] dataBytes;

  private record Run(int code, String out, String err) {
  }

  private static Run cli(Object... args) {
    String[] a = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = args[i].toString();
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WorkbenchCli.run(a, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void writeData() throws Exception {
    StringBuilder sb = new StringBuilder("a,b,c\n");
    for (int i = 0; i < 200; i++) {
      sb.append(String.format(Locale.ROOT, "%.3f,%.3f,%.3f%n", Math.sin(i), Math.cos(i), i % 7 / 7.0));
    }
    data = Files.writeString(dir.resolve("d.csv"), sb);
    dataBytes = Files.readAllBytes(data);
  }

  private void assertRefused(Run r, String message) throws Exception {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("Error: " + message), r.err());
    assertFalse(r.out().contains("Training"), "refused before any work: " + r.out());
    assertArrayEquals(dataBytes, Files.readAllBytes(data), "the input is untouched");
  }

  @Test
  void flaggedEqualToDataIsRefusedAndTheDataUntouched() throws Exception {
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", dir.resolve("m.awm"),
        "--flagged", data), "--flagged " + data + " is the same file as --data " + data
        + ": writing it would overwrite the input. Choose another file name for --flagged.");
  }

  @Test
  void modelEqualToDataIsRefusedEvenThroughADifferentSpelling() throws Exception {
    Path sameFile = dir.resolve("sub").resolve("..").resolve("d.csv");
    Files.createDirectories(dir.resolve("sub"));
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", sameFile),
        "--model " + sameFile + " is the same file as --data");
  }

  @Test
  void anOutputThatIsALinkToTheInputIsRefused() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", dir.resolve("m.awm"),
        "--flagged", link), "--flagged " + link + " is the same file as --data");
  }

  @Test
  void scoreOutEqualToModelIsRefusedAndTheModelUntouched() throws Exception {
    Path model = dir.resolve("m.awm");
    assertEquals(0, cli("train", "--detector", "zscore", "--data", data, "--model", model, "-q").code());
    byte[] modelBytes = Files.readAllBytes(model);
    Run r = cli("score", "--model", model, "--data", data, "--out", model);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("Error: --out " + model + " is the same file as --model " + model), r.err());
    assertArrayEquals(modelBytes, Files.readAllBytes(model));
  }

  @Test
  void aModelPathThatIsAFolderFailsBeforeTraining() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("models"));
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", folder),
        "--model " + folder + " is a folder. Give a file name, e.g. " + folder.resolve("model.awm") + ".");
  }

  @Test
  void anOutputInsideAFileIsRefusedBeforeTraining() throws Exception {
    Path inside = data.resolve("m.awm");
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", inside),
        "--model " + inside + ": " + data + " is a file, not a folder.");
  }

  @Test
  void twoOutputsNamingOneFileAreRefused() throws Exception {
    Path same = dir.resolve("out.csv");
    assertRefused(cli("train", "--detector", "zscore", "--data", data, "--model", same, "--flagged", same),
        "--flagged and --model both name " + same);
  }

  @Test
  void benchOutOverADatasetInItsFolderIsRefused() throws Exception {
    Run r = cli("bench", "--data", dir, "--detectors", "zscore", "--out", data);
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("is the same file as --data " + dir + " (a file in that folder)"), r.err());
    assertArrayEquals(dataBytes, Files.readAllBytes(data));
  }

  @Test
  void anUnknownDetectorIsReportedBeforeAnythingIsPrinted() {
    Run r = cli("train", "--detector", "autoencodr", "--data", data, "--model", dir.resolve("m.awm"));
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("Error: Unknown detector 'autoencodr'. Known detectors: "), r.err());
  }

  @Test
  void aBadParameterSaysAnIntegerBeforeReadingTheData() {
    Run r = cli("train", "--detector", "autoencoder", "-p", "epochs=many", "--data", data,
        "--model", dir.resolve("m.awm"));
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals("Error: Parameter 'epochs' must be an integer, not 'many'.", r.err().strip());
  }

  @Test
  void aMistypedSubcommandIsAUsageErrorWithASuggestion() {
    assertTrue(WorkbenchCli.isCommand(new String[] {"trian"}), "not the window");
    Run r = cli("trian");
    assertEquals(2, r.code());
    assertEquals("Error: Unmatched argument at index 0: 'trian'\nDid you mean: anomaly-workbench train?\n"
        + "Run 'anomaly-workbench --help' to see the options.", r.err().strip().replace("\r", ""));
  }

  @Test
  void anUnknownOptionIsAUsageErrorNotTheWindow() {
    assertTrue(WorkbenchCli.isCommand(new String[] {"--bogus"}), "not the window");
    Run r = cli("--bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Error: Unknown option: '--bogus'"), r.err());
    assertFalse(WorkbenchCli.isCommand(new String[] {"readings.csv"}), "a data file still opens the window");
  }
}
