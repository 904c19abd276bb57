package org.anomalyworkbench.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.training.CancellationToken;

/**
 * Explains one scored row (or image) of a dataset with a saved or just-trained model: Shapley
 * values over its {@link FeatureGroups}, against a background of rows the model judged normal
 * (a seeded sample of the rows scoring below its threshold, the row itself excluded), next to
 * the detector's own contributions summed per group.
 */
public final class RowExplainer {
  /** Background rows by default: enough for stable means, few enough to stay interactive. */
  public static final int DEFAULT_BACKGROUND = 50;
  /** Coalitions sampled by default when there are too many groups to enumerate. */
  public static final int DEFAULT_SAMPLES = 2048;

  private RowExplainer() {
  }

  /**
   * One row's explanation.
   *
   * @param shapley the Shapley values per group
   * @param ownContributions per group, the sum of the detector's own contributions
   */
  public record RowExplanation(ShapleyValues shapley, double[] ownContributions) {
  }

  /**
   * @param row 0-based row of {@code scored}'s dataset
   * @throws IllegalArgumentException for a model that reads a series (its samples are windows
   *     spanning several rows, which this does not map back yet)
   */
  public static RowExplanation explain(TrainedModel model, ScoredData scored, int row, int background, int samples,
      long seed, DoubleConsumer progress, CancellationToken cancel) {
    if (model.readsSeries()) {
      throw new IllegalArgumentException("Shapley values are computed for table rows and images; a series model "
          + "scores windows of points, which cannot be explained one point at a time yet.");
    }
    Dataset data = scored.dataset();
    if (row < 0 || row >= data.rows()) {
      throw new IllegalArgumentException("Row " + (row + 1) + " is outside the data (1 to " + data.rows() + ").");
    }
    PreparedData prepared = ModelScorer.prepare(model, data).withoutLabels();
    FeatureGroups groups = FeatureGroups.of(model.preparation(), prepared);
    PreparedData backgroundRows = prepared.select(backgroundRows(scored, model.thresholdValue(), row, background, seed));
    ShapleyValues values = ShapleyExplainer.explain(model.detector(), prepared, row, backgroundRows, groups.indices(),
        groups.names(), samples, seed, progress, cancel);
    float[] own = scored.scores().contributionsOf(row);
    double[] perGroup = new double[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int f : groups.indices().get(g)) {
        perGroup[g] += own[f];
      }
    }
    return new RowExplanation(values, perGroup);
  }

  /** A seeded sample of rows scoring below {@code threshold} (all rows when none does), without {@code row}. */
  static int[] backgroundRows(ScoredData scored, double threshold, int row, int count, long seed) {
    List<Integer> normal = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int r = 0; r < scored.rows(); r++) {
      if (r == row) {
        continue;
      }
      all.add(r);
      if (!(scored.scores().value(r) >= threshold)) {
        normal.add(r);
      }
    }
    List<Integer> pool = normal.isEmpty() ? all : normal;
    if (pool.isEmpty()) {
      throw new IllegalArgumentException("A background needs at least one other row.");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int n = Math.min(count, pool.size());
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(pool.size() - i);
      Integer t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    return pool.subList(0, n).stream().mapToInt(Integer::intValue).sorted().toArray();
  }
}
