package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.scoring.KOfN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --k-of-n} end to end: saved by train, applied by score and evaluate, overridden, refused on a table. */
class CliKOfNTest {
  private static final int POINTS = 700;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 0, 0);

  @TempDir
  Path dir;

  /**
   * Quiet noise with three lone spikes (points 100, 200, 300, unlabelled) and a labelled burst
   * (points 500-509), rows shuffled so that file order is not time order.
   */
  private Path series() throws Exception {
    Random rnd = new Random(5);
    List<String> rows = new ArrayList<>();
    for (int t = 0; t < POINTS; t++) {
      boolean burst = t >= 500 && t < 510;
      boolean spike = t == 100 || t == 200 || t == 300;
      double v = 0.1 * rnd.nextGaussian() + (burst || spike ? 5 : 0);
      rows.add(String.format(Locale.ROOT, "%s,%.5f,%d", TIME.format(at(t)), v, burst ? 1 : 0));
    }
    Collections.shuffle(rows, new Random(1));
    rows.add(0, "timestamp,value,label");
    Path p = dir.resolve("series.csv");
    Files.write(p, rows);
    return p;
  }

  private static LocalDateTime at(int point) {
    return T0.plusMinutes(5L * point);
  }

  private Path trainSmoothed(Path data) {
    Path model = dir.resolve("m.awm");
    CliRun train = CliRun.of("train", "--data", data.toString(), "--detector", "zscore", "--threshold",
        "contamination:0.02", "--k-of-n", "3/5", "--model", model.toString(), "-q");
    assertEquals(0, train.code(), train.err() + train.out());
    assertTrue(train.out().contains("Decisions smoothed: 3 of the last 5 points must pass the threshold"), train.out());
    return model;
  }

  @Test
  void trainSavesTheRuleAndScoreAppliesItInTimeOrder() throws Exception {
    Path data = series();
    Path model = trainSmoothed(data);
    assertEquals("3/5", ModelStore.manifest(model).kOfN());
    double threshold = ModelStore.load(model).thresholdValue();

    Path out = dir.resolve("scored.csv");
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--all");
    assertEquals(0, score.code(), score.err());
    assertTrue(score.out().contains("Decisions smoothed: 3 of the last 5 points must pass the threshold (saved with "
        + "the model)"), score.out());

    // Columns: row, timestamp, value, label, score, rank, flagged, top_features; in file order.
    List<String[]> lines = Files.readAllLines(out).stream().skip(1).map(l -> l.split(",")).toList();
    assertEquals(POINTS, lines.size());
    List<String[]> inTime = new ArrayList<>(lines);
    inTime.sort((a, b) -> a[1].compareTo(b[1]));
    double[] scores = inTime.stream().mapToDouble(l -> Double.parseDouble(l[4])).toArray();
    boolean[] expected = new KOfN(3, 5).apply(scores, threshold);
    boolean[] written = new boolean[POINTS];
    int passing = 0;
    for (int k = 0; k < POINTS; k++) {
      written[k] = inTime.get(k)[6].equals("1");
      passing += scores[k] >= threshold ? 1 : 0;
    }
    assertArrayEquals(expected, written, "the flagged column is 3 of 5 in time order");
    int flagged = count(written);
    assertTrue(score.out().contains(String.format(Locale.ROOT, ": %,d of %,d rows flagged", flagged, POINTS)),
        score.out());
    for (int spike : new int[] {100, 200, 300}) {
      assertTrue(scores[spike] >= threshold, "spike " + spike + " passes the threshold");
      assertFalse(written[spike], "but a lone spike is not flagged: " + spike);
    }
    for (int t = 502; t < 510; t++) {
      assertTrue(written[t], "burst point " + t + " has 3 of its last 5 passing");
    }
    assertTrue(flagged < passing, flagged + " flagged of " + passing + " passing");
  }

  @Test
  void scoreAndEvaluateOverrideTheSavedRule() throws Exception {
    Path data = series();
    Path model = trainSmoothed(data);
    Path out = dir.resolve("plain.csv");
    CliRun plain = CliRun.of("score", "--model", model.toString(), "--data", data.toString(), "--out", out.toString(),
        "--k-of-n", "1/1");
    assertEquals(0, plain.code(), plain.err());
    assertFalse(plain.out().contains("Decisions smoothed"), plain.out());
    List<String> rows = Files.readAllLines(out);
    assertTrue(rows.stream().anyMatch(l -> l.contains(TIME.format(at(100)))), "without smoothing the spike is flagged");

    CliRun saved = CliRun.of("evaluate", "--model", model.toString(), "--data", data.toString());
    CliRun single = CliRun.of("evaluate", "--model", model.toString(), "--data", data.toString(), "--k-of-n", "1/1");
    assertEquals(0, saved.code(), saved.err());
    assertEquals(0, single.code(), single.err());
    // Single points: the burst, the three lone spikes and one noise point (the top 2% = 14).
    assertEquals(10, confusion(single.out(), "TP"), single.out());
    assertEquals(4, confusion(single.out(), "FP"), single.out());
    // 3 of 5: the spikes and the noise point go, the burst's first two points wait for a third,
    // and the two points after it stay flagged while 3 of their last 5 pass.
    assertEquals(8, confusion(saved.out(), "TP"), saved.out());
    assertEquals(2, confusion(saved.out(), "FP"), saved.out());
  }

  @Test
  void smoothingIsRefusedOnRowsThatAreNotASeries() throws Exception {
    List<String> rows = new ArrayList<>(List.of("value"));
    Random rnd = new Random(2);
    for (int i = 0; i < 200; i++) {
      rows.add(String.format(Locale.ROOT, "%.4f", rnd.nextGaussian()));
    }
    Path table = dir.resolve("table.csv");
    Files.write(table, rows);
    Path model = dir.resolve("t.awm");
    CliRun refused = CliRun.of("train", "--data", table.toString(), "--detector", "zscore", "--k-of-n", "3/5",
        "--model", model.toString());
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("--k-of-n 3/5 smooths decisions along time, but table.csv is not a series "
        + "(it has no time column): name its time column with --time COLUMN, or leave --k-of-n out"), refused.err());
    assertFalse(Files.exists(model), "refused before training");

    assertEquals(0, CliRun.of("train", "--data", table.toString(), "--detector", "zscore", "--model", model.toString(),
        "-q").code());
    CliRun score = CliRun.of("score", "--model", model.toString(), "--data", table.toString(), "--out",
        dir.resolve("o.csv").toString(), "--k-of-n", "2/3");
    assertEquals(1, score.code());
    assertTrue(score.err().contains("the model reads single rows, not a series"), score.err());

    CliRun typo = CliRun.of("score", "--model", model.toString(), "--data", table.toString(), "--out",
        dir.resolve("o.csv").toString(), "--k-of-n", "5/3");
    assertEquals(1, typo.code());
    assertTrue(typo.err().contains("1 <= k <= n"), typo.err());
  }

  private static int count(boolean[] flags) {
    int n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  private static int confusion(String out, String cell) {
    return Integer.parseInt(out.replaceAll("(?s).*\\(TP \\d+  FP \\d+  TN \\d+  FN \\d+\\).*", "$0")
        .replaceAll("(?s).*\\b" + cell + " (\\d+).*", "$1"));
  }
}
