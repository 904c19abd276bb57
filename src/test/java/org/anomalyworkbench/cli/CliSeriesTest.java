package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Series end to end through the command line: train, score and both bench protocols. */
class CliSeriesTest {
  private static final int POINTS = 700;

  @TempDir
  Path dir;

  private static CliRun cli(String... args) {
    return CliRun.of(args);
  }

  /**
   * A sine of period 50 sampled every 5 minutes with a labelled burst (points 500-519 jump by 3),
   * written with its rows shuffled: series detectors must read it in time order anyway.
   */
  private Path series(String name, boolean shuffled) throws Exception {
    Random rnd = new Random(3);
    DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    LocalDateTime t0 = LocalDateTime.of(2026, 3, 1, 0, 0);
    List<String> rows = new ArrayList<>();
    for (int t = 0; t < POINTS; t++) {
      boolean burst = t >= 500 && t < 520;
      double v = Math.sin(2 * Math.PI * t / 50) + 0.05 * rnd.nextGaussian() + (burst ? 3 : 0);
      rows.add(String.format(Locale.ROOT, "%s,%.5f,%d,%d", f.format(t0.plusMinutes(5L * t)), v,
          t == 505 ? 1 : 0, burst ? 1 : 0));
    }
    if (shuffled) {
      Collections.shuffle(rows, new Random(1));
    }
    rows.add(0, "timestamp,value,anomaly_point,label");
    Path p = dir.resolve(name);
    Files.write(p, rows);
    return p;
  }

  @Test
  void lstmTrainsOnAShuffledSeriesAndScoreWritesEveryPointInFileOrder() throws Exception {
    Path data = series("shuffled.csv", true);
    Path model = dir.resolve("m.awm");
    CliRun train = cli("train", "--data", data.toString(), "--detector", "lstm", "-p", "epochs=3", "-p", "window=16",
        "-p", "warmUp=8", "-p", "hidden=8", "--model", model.toString(), "-q");
    assertEquals(0, train.code(), train.err() + train.out());
    assertTrue(train.out().contains("(700 rows, 1 feature column)"), train.out());
    double auc = Double.parseDouble(train.out().replaceAll("(?s).*ROC-AUC (\\S+).*", "$1"));
    assertTrue(auc > 0.9, "the burst stands out: " + auc);

    Path scored = dir.resolve("scored.csv");
    CliRun score = cli("score", "--model", model.toString(), "--data", data.toString(), "--out", scored.toString(), "--all");
    assertEquals(0, score.code(), score.err());
    List<String> lines = Files.readAllLines(scored);
    assertEquals(POINTS + 1, lines.size());
    List<String> input = Files.readAllLines(data);
    for (int i = 1; i <= POINTS; i++) {
      String time = input.get(i).split(",")[0];
      assertTrue(lines.get(i).startsWith(i + "," + time + ","),
          "line " + i + " is input row " + i + ": " + lines.get(i) + " vs " + input.get(i));
    }
    // The highest-ranked point lies in the burst (columns: row, timestamp, value, anomaly_point,
    // label, score, rank, ...); scores are smoothed over the last 32 points, so it may trail the
    // burst's start but not by more than that.
    String top = lines.stream().skip(1).filter(l -> l.split(",")[6].equals("1")).findFirst().orElseThrow();
    String topTime = top.split(",")[1];
    assertTrue(topTime.compareTo("2026-03-02 17:40:00") >= 0 && topTime.compareTo("2026-03-02 21:55:00") <= 0,
        "rank 1 is in the burst (points 500-519) or the 32 after it: " + top);
  }

  @Test
  void aSeriesDetectorWithoutATimeColumnSaysWhatToMark() throws Exception {
    Path data = dir.resolve("no-time.csv");
    Files.writeString(data, "a,b\n1,2\n3,4\n5,6\n");
    CliRun train = cli("train", "--data", data.toString(), "--detector", "lstm", "--model", dir.resolve("x.awm").toString());
    assertEquals(1, train.code());
    assertTrue(train.err().contains("reads a time series: mark the column that holds each row's time"), train.err());
  }

  @Test
  void benchReportsEventMeasuresAndTheBaselineForEverySeriesUnderTheFolder() throws Exception {
    Files.createDirectories(dir.resolve("a/b"));
    Files.move(series("s1.csv", false), dir.resolve("a/s1.csv"));
    Files.move(series("s2.csv", true), dir.resolve("a/b/s2.csv"));
    // A run without a label column (like SKAB's anomaly-free file) has nothing to judge: skipped.
    Files.writeString(dir.resolve("a/b/unlabelled.csv"), "t;x;y\n2026-01-01 00:00:00;1;2.5\n2026-01-01 00:01:00;2;7\n");
    Path out = dir.resolve("bench.csv");
    CliRun bench = cli("bench", "--kind", "timeseries", "--data", dir.resolve("a").toString(), "--detectors", "zscore",
        "--window", "8", "--out", out.toString());
    assertEquals(0, bench.code(), bench.err() + bench.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals("dataset,detector,rows,features,roc_auc,pr_auc,fit_seconds,score_seconds,"
        + "event_recall,event_precision,event_f1,vus_pr", lines.get(0));
    assertEquals(5, lines.size(), "baseline and zscore on the two labelled series");
    Map<String, String[]> byKey = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(",");
      byKey.put(c[0] + "/" + c[1], c);
    }
    // Top 1% = 7 points; the burst (20 points) is one labelled event. A point scores as the worst
    // window containing it, so the 7 points before the burst tie with it: most flags are inside.
    String[] z = byKey.get("s1/zscore/w8");
    assertEquals(1.0, Double.parseDouble(z[8]), 0, "event recall");
    assertTrue(Double.parseDouble(z[9]) >= 0.5, "precision of flagged points " + z[9]);
    // The file order of s2 does not change what is measured.
    assertEquals(z[4], byKey.get("s2/zscore/w8")[4], "same ROC-AUC shuffled");
    assertTrue(byKey.containsKey("s1/rolling-zscore"));
  }

  @Test
  void trainRowsProtocolPoolsPointF1OverTheTestPoints() throws Exception {
    Files.createDirectories(dir.resolve("skab"));
    Files.move(series("s1.csv", false), dir.resolve("skab/s1.csv"));
    Path out = dir.resolve("skab.csv");
    CliRun bench = cli("bench", "--kind", "timeseries", "--data", dir.resolve("skab").toString(), "--detectors", "zscore",
        "--window", "1", "--train-rows", "400", "--threshold", "train-quantile:0.99x1.5", "--out", out.toString());
    assertEquals(0, bench.code(), bench.err() + bench.out());
    String[] row = Files.readAllLines(out).get(1).split(",");
    assertEquals("300", row[2], "700 points - 400 training");
    int tp = Integer.parseInt(row[3]);
    int fp = Integer.parseInt(row[4]);
    int fn = Integer.parseInt(row[5]);
    assertEquals(20, tp + fn, "the burst's 20 points are the test anomalies");
    assertEquals(2.0 * tp / (2.0 * tp + fp + fn), Double.parseDouble(row[6]), 1e-4);
    assertTrue(tp >= 18 && fp <= 2, "a jump of 3 sd passes 1.5 x the training 99% quantile: " + String.join(",", row));
    assertTrue(bench.out().contains("pooled over 1 series"), bench.out());
  }

  @Test
  void aPreparationWindowForTheLstmIsRefusedNotIgnored() throws Exception {
    Path data = series("s.csv", false);
    CliRun train = cli("train", "--data", data.toString(), "--detector", "lstm", "--window", "32", "--model",
        dir.resolve("x.awm").toString());
    assertEquals(1, train.code());
    assertTrue(train.err().contains("cuts the series into windows itself"), train.err());
  }
}
