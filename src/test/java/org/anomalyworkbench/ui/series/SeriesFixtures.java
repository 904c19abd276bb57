package org.anomalyworkbench.ui.series;

import java.time.LocalDateTime;
import java.util.List;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.data.ColumnKind;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.Schema;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.scoring.SortedScores;
import org.anomalyworkbench.ui.results.Medians;
import org.anomalyworkbench.ui.results.ResultsData;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Scored series with hand-placed events, stored in reversed file order so time order must be restored. */
final class SeriesFixtures {
  static final LocalDateTime START = LocalDateTime.of(2020, 3, 9, 10, 0);

  private SeriesFixtures() {
  }

  /**
   * {@code n} points one minute apart, two channels (a sine and a ramp) and score 0.1 everywhere
   * except the given time-ordered points, which score {@code 1 + k / 1000} (so a later point
   * of a run peaks). Labels mark the same points. File row {@code n - 1 - k} holds point k.
   */
  static ResultsData withSpikes(int n, int... spikes) {
    double[] scoreByPoint = new double[n];
    int[] labelByPoint = new int[n];
    java.util.Arrays.fill(scoreByPoint, 0.1);
    for (int k : spikes) {
      scoreByPoint[k] = 1 + k / 1000.0;
      labelByPoint[k] = 1;
    }
    LocalDateTime[] times = new LocalDateTime[n];
    double[] sine = new double[n];
    double[] ramp = new double[n];
    double[] scores = new double[n];
    int[] labels = new int[n];
    for (int k = 0; k < n; k++) {
      int row = n - 1 - k;
      times[row] = START.plusMinutes(k);
      sine[row] = Math.sin(k / 10.0) + (labelByPoint[k] == 1 ? 3 : 0);
      ramp[row] = k;
      scores[row] = scoreByPoint[k];
      labels[row] = labelByPoint[k];
    }
    Table t = Table.create("series", DateTimeColumn.create("timestamp", times), DoubleColumn.create("sine", sine),
        DoubleColumn.create("ramp", ramp), IntColumn.create("label", labels));
    Schema schema = new Schema(List.of(
        new ColumnInfo("timestamp", ColumnKind.DATETIME, ColumnRole.TIME, 0, n),
        new ColumnInfo("sine", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, n),
        new ColumnInfo("ramp", ColumnKind.NUMERIC, ColumnRole.FEATURE, 0, n),
        new ColumnInfo("label", ColumnKind.NUMERIC, ColumnRole.LABEL, 0, 2)));
    Dataset d = new Dataset("series", null, t, schema);
    float[] contributions = new float[2 * n];
    for (int r = 0; r < n; r++) {
      contributions[2 * r] = (float) scores[r] / 2;
      contributions[2 * r + 1] = (float) scores[r] / 2;
    }
    return new ResultsData(d, new Scores(scores, contributions, List.of("sine", "ramp")), labels,
        new SortedScores(scores), scores, new double[0], "prediction error", Medians.of(d), null);
  }

  /** {@code n} rows of a table without a time column, all scoring 0. */
  static ResultsData tabular(int n) {
    Dataset d = org.anomalyworkbench.core.data.SyntheticData.dataset("t", n, 2, 0.1, 1);
    double[] s = new double[n];
    return new ResultsData(d, new Scores(s, new float[2 * n], List.of("x1", "x2")), null, new SortedScores(s), s,
        new double[0], "score", java.util.Map.of(), null);
  }
}
