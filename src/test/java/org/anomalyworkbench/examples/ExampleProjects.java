package org.anomalyworkbench.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.anomalyworkbench.cli.WorkbenchCli;

/**
 * Makes the example projects in {@code projects/} from scratch: writes each one's data
 * ({@link ExampleData}) and trains its runs through the command line ({@code train --project}),
 * so the projects are exactly what a user would get by typing the commands in each README.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp-test.txt)
 * org.anomalyworkbench.examples.ExampleProjects projects}
 */
public final class ExampleProjects {
  /** One example: folder name, data path inside it, and the train commands' varying arguments. */
  record Example(String folder, String data, List<List<String>> runs) {
  }

  static final List<Example> EXAMPLES = List.of(
      new Example("card-fraud", "transactions.csv", List.of(
          List.of("--id", "transaction_id", "--label", "fraud", "--detector", "isolation-forest"),
          List.of("--id", "transaction_id", "--label", "fraud", "--detector", "ensemble"))),
      new Example("server-incidents", "metrics.csv", List.of(
          List.of("--time", "timestamp", "--label", "incident", "--detector", "zscore", "--window", "15"),
          List.of("--time", "timestamp", "--label", "incident", "--detector", "isolation-forest", "--window",
              "15"))),
      new Example("washer-inspection", "images", List.of(
          List.of("--normal-class", "ok", "--detector", "conv-autoencoder", "-p", "epochs=30"),
          List.of("--normal-class", "ok", "--detector", "isolation-forest"))));

  private ExampleProjects() {
  }

  /** Writes every example's data under {@code root}/{folder}/. */
  static void writeData(Path root) throws IOException {
    ExampleData.cardTransactions(root.resolve("card-fraud/transactions.csv"), 2026);
    ExampleData.serverMetrics(root.resolve("server-incidents/metrics.csv"), 504);
    ExampleData.washers(root.resolve("washer-inspection/images"), 24);
  }

  /** The project file of {@code e} under {@code root}. */
  static Path projectFile(Path root, Example e) {
    return root.resolve(e.folder()).resolve(e.folder() + ".awp");
  }

  /** Trains {@code e}'s runs into its project file, through the command line. */
  static void train(Path root, Example e, PrintWriter out, PrintWriter err) {
    Path project = projectFile(root, e);
    for (List<String> run : e.runs()) {
      List<String> args = new ArrayList<>(Arrays.asList("train", "--data", root.resolve(e.folder()).resolve(e.data())
          .toString(), "--project", project.toString(), "--seed", "7", "-q"));
      args.addAll(run);
      int code = WorkbenchCli.run(args.toArray(String[]::new), out, err);
      if (code != 0) {
        throw new IllegalStateException("Training " + e.folder() + " failed: " + args);
      }
    }
  }

  /** Makes every example project under {@code args[0]} (default {@code projects}). */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "projects");
    writeData(root);
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    for (Example e : EXAMPLES) {
      Files.deleteIfExists(projectFile(root, e));
      train(root, e, out, err);
    }
  }
}
