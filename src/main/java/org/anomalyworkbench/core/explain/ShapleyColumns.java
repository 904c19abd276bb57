package org.anomalyworkbench.core.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Shapley values as export columns: {@code shapley_base} (the mean score of the row's
 * background) and one {@code shapley_<group>} column per feature group, so that
 * {@code shapley_base} plus the row's values is its score. Only flagged rows are explained, the
 * most anomalous first and at most a given number of them (each costs a
 * {@link RowExplainer.Budget} of scoring); the other rows' cells stay empty.
 */
public final class ShapleyColumns implements FlaggedRecordsWriter.ExtraColumns {
  /** Flagged rows explained by default: bounded, so that an export stays a matter of seconds to minutes. */
  public static final int DEFAULT_MAX_ROWS = 50;

  private final List<String> header;
  private final Map<Integer, RowExplainer.RowExplanation> explained;

  private ShapleyColumns(List<String> header, Map<Integer, RowExplainer.RowExplanation> explained) {
    this.header = header;
    this.explained = explained;
  }

  /**
   * Explains up to {@code maxRows} flagged rows, most anomalous first, each exactly as
   * {@link RowExplainer#explain(TrainedModel, ScoredData, int, RowExplainer.Budget, double, long,
   * DoubleConsumer, CancellationToken)} would with the same arguments.
   *
   * @param flags one decision per row, in file order
   * @param threshold rows scoring below it make up each background
   * @param progress receives the fraction done, 0..1
   * @throws IllegalArgumentException for a series model ({@link RowExplainer#unsupported})
   */
  public static ShapleyColumns compute(TrainedModel model, ScoredData scored, boolean[] flags, int maxRows,
      RowExplainer.Budget budget, double threshold, long seed, DoubleConsumer progress, CancellationToken cancel) {
    RowExplainer.unsupported(model).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    if (maxRows < 1) {
      throw new IllegalArgumentException("The number of rows to explain must be at least 1, not " + maxRows + ".");
    }
    List<Integer> rows = new ArrayList<>();
    int[] byRank = scored.sorted().descendingRows();
    for (int rank = 0; rank < byRank.length && rows.size() < maxRows; rank++) {
      if (flags[byRank[rank]]) {
        rows.add(byRank[rank]);
      }
    }
    List<String> header = new ArrayList<>(List.of("shapley_base"));
    RowExplainer.groupNames(model, scored.dataset()).forEach(name -> header.add("shapley_" + name));
    Map<Integer, RowExplainer.RowExplanation> explained = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int done = i;
      int n = rows.size();
      explained.put(rows.get(i), RowExplainer.explain(model, scored, rows.get(i), budget, threshold, seed,
          f -> progress.accept((done + f) / n), cancel));
    }
    progress.accept(1);
    return new ShapleyColumns(List.copyOf(header), explained);
  }

  /** How many rows have values. */
  public int explainedRows() {
    return explained.size();
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public List<String> cells(int row) {
    RowExplainer.RowExplanation e = explained.get(row);
    if (e == null) {
      String[] empty = new String[header.size()];
      Arrays.fill(empty, "");
      return Arrays.asList(empty);
    }
    List<String> cells = new ArrayList<>(header.size());
    cells.add(Double.toString(e.shapley().base()));
    for (double v : e.shapley().values()) {
      cells.add(Double.toString(v));
    }
    return cells;
  }
}
