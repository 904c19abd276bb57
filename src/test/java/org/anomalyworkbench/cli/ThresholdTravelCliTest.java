package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's side of "the threshold travels with the model": {@code train} saves the
 * number it printed, {@code score} applies it to new batches (so a batch of normal rows is not
 * flagged 5%), {@code --threshold} re-resolves and says so, and tied scores are explained.
 */
class ThresholdTravelCliTest {
  @TempDir
  Path dir;

  private static CliRun cli(String... args) {
    return CliRun.of(args);
  }

  /** Two correlated sensors; the first {@code anomalies} rows break the correlation. */
  private Path csv(String name, int rows, int anomalies, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder("a,b\n");
    for (int r = 0; r < rows; r++) {
      double a = rnd.nextGaussian();
      double bb = r < anomalies ? a + 6 + rnd.nextDouble() : a + 0.1 * rnd.nextGaussian();
      b.append(String.format(Locale.ROOT, "%.5f,%.5f%n", a, bb));
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b);
    return p;
  }

  private static int flagged(String out) {
    Matcher m = Pattern.compile("\\): ([\\d,]+) of [\\d,]+ rows flagged").matcher(out);
    assertTrue(m.find(), out);
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  private static String threshold(String out) {
    Matcher m = Pattern.compile("Threshold (\\S+) \\(").matcher(out);
    assertTrue(m.find(), out);
    return m.group(1);
  }

  @Test
  void scoreAppliesTheNumberTrainSavedUnlessTheUserOverridesIt() throws IOException {
    Path model = dir.resolve("m.awm");
    CliRun train = cli("train", "--data", csv("train.csv", 1000, 50, 1).toString(), "--detector", "zscore",
        "--model", model.toString(), "-q");
    assertEquals(0, train.code(), train.err());
    assertEquals(50, flagged(train.out()));
    assertTrue(train.out().contains("top 5% of the scored rows; this number is saved with the model and applied by "
        + "'score')"), train.out());

    Path normal = csv("normal.csv", 400, 0, 2);
    CliRun score = cli("score", "--model", model.toString(), "--data", normal.toString(), "--out",
        dir.resolve("s.csv").toString());
    assertEquals(0, score.code(), score.err());
    assertEquals(threshold(train.out()), threshold(score.out()), "the same number");
    assertTrue(score.out().contains("(top 5% of the training data's scores, saved with the model): "), score.out());
    assertTrue(flagged(score.out()) <= 4, "at most 1% of 400 normal rows: " + score.out());

    CliRun override = cli("score", "--model", model.toString(), "--data", normal.toString(), "--out",
        dir.resolve("o.csv").toString(), "--threshold", "contamination:0.05");
    assertEquals(0, override.code(), override.err());
    assertEquals(20, flagged(override.out()));
    assertTrue(override.out().contains("top 5% of the scored rows, from --threshold, resolved on these rows "
        + "instead of the model's saved threshold"), override.out());
  }

  @Test
  void constantDataIsNotFlaggedWholesaleAndTheSummarySaysWhy() throws IOException {
    StringBuilder b = new StringBuilder("a,b\n");
    for (int r = 0; r < 200; r++) {
      b.append("1,2\n");
    }
    Path flat = dir.resolve("flat.csv");
    Files.writeString(flat, b);
    CliRun train = cli("train", "--data", flat.toString(), "--detector", "zscore", "--model",
        dir.resolve("flat.awm").toString(), "-q");
    assertEquals(0, train.code(), train.err());
    assertEquals(0, flagged(train.out()));
    assertTrue(train.out().contains("Note: all scores are equal ("), train.out());
    assertTrue(train.out().contains("no threshold can flag 5%, so none is flagged."), train.out());
  }
}
