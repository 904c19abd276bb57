package org.anomalyworkbench.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * (a seeded sample of the rows scoring below the threshold, the row itself excluded), next to
 * the detector's own contributions summed per group. Only the row and its background are
 * prepared again; the scores of every row come with {@code scored}.
 */
public final class RowExplainer {
  /** Background rows by default: enough for stable means, few enough to stay interactive. */
  public static final int DEFAULT_BACKGROUND = 50;
  /** Coalitions sampled by default when there are too many groups to enumerate. */
  public static final int DEFAULT_SAMPLES = 2048;

  private RowExplainer() {
  }

  /**
   * How much work one explanation may do: each coalition is scored on every background row, so
   * the detector scores about {@code background x min(samples, 2^groups)} rows.
   *
   * @param background rows standing for "normal"
   * @param samples coalitions sampled beyond {@value ShapleyExplainer#EXACT_MAX_GROUPS} groups
   */
  public record Budget(int background, int samples) {
    /** A table row, in the window or {@code explain}: 50 x 2,048 (5 s for knn on cardio's 21 columns). */
    public static final Budget TABLE = new Budget(DEFAULT_BACKGROUND, DEFAULT_SAMPLES);
    /**
     * An image's 16 patches: 10 x 256, because a convolutional autoencoder scores a few hundred
     * images a second on two cores (50 x 2,048 took 218 s for a 28x28 digit, this 7 s).
     */
    public static final Budget IMAGE = new Budget(10, 256);
    /** Each of many exported table rows: 20 x 512, a sixteenth of {@link #TABLE}'s scoring. */
    public static final Budget TABLE_EXPORT = new Budget(20, 512);

    public Budget {
      if (background < 1 || samples < 2) {
        throw new IllegalArgumentException("A Shapley budget needs at least 1 background row and 2 coalition "
            + "samples, not " + background + " and " + samples + ".");
      }
    }

    /** The budget for one row explained on request (window, {@code explain}). */
    public static Budget interactive(TrainedModel model) {
      return model.preparation().imageOptions().isPresent() ? IMAGE : TABLE;
    }

    /** The budget for each of the rows of an export. */
    public static Budget export(TrainedModel model) {
      return model.preparation().imageOptions().isPresent() ? IMAGE : TABLE_EXPORT;
    }
  }

  /**
   * One row's explanation.
   *
   * @param row the 0-based row explained
   * @param shapley the Shapley values per group
   * @param ownContributions per group, the sum of the detector's own contributions
   * @param backgroundRows how many rows the background held
   */
  public record RowExplanation(int row, ShapleyValues shapley, double[] ownContributions, int backgroundRows) {
  }

  /**
   * Why {@code model}'s rows cannot be explained, or empty when they can: a series model scores
   * windows spanning several rows, which are not mapped back to single points yet.
   */
  public static Optional<String> unsupported(TrainedModel model) {
    return model.readsSeries()
        ? Optional.of("Shapley values are computed for table rows and images; this model scores windows of a series "
            + "(several points at once), which cannot be explained one point at a time yet.")
        : Optional.empty();
  }

  /** As {@link #explain(TrainedModel, ScoredData, int, Budget, double, long, DoubleConsumer, CancellationToken)} with the model's threshold. */
  public static RowExplanation explain(TrainedModel model, ScoredData scored, int row, int background, int samples,
      long seed, DoubleConsumer progress, CancellationToken cancel) {
    return explain(model, scored, row, new Budget(background, samples), model.thresholdValue(), seed, progress,
        cancel);
  }

  /**
   * @param row 0-based row of {@code scored}'s dataset
   * @param threshold rows scoring below it make up the background
   * @throws IllegalArgumentException for a model that reads a series ({@link #unsupported})
   */
  public static RowExplanation explain(TrainedModel model, ScoredData scored, int row, Budget budget,
      double threshold, long seed, DoubleConsumer progress, CancellationToken cancel) {
    Optional<String> why = unsupported(model);
    if (why.isPresent()) {
      throw new IllegalArgumentException(why.get());
    }
    Dataset data = scored.dataset();
    if (row < 0 || row >= data.rows()) {
      throw new IllegalArgumentException("Row " + (row + 1) + " is outside the data (1 to " + data.rows() + ").");
    }
    int[] background = backgroundRows(scored, threshold, row, budget.background(), seed);
    int[] needed = new int[background.length + 1];
    needed[0] = row;
    System.arraycopy(background, 0, needed, 1, background.length);
    PreparedData prepared = ModelScorer.prepareRows(model, data, needed);
    FeatureGroups groups = FeatureGroups.of(model.preparation(), prepared);
    PreparedData backgroundRows = prepared.slice(1, needed.length);
    ShapleyValues values = ShapleyExplainer.explain(model.detector(), prepared, 0, backgroundRows, groups.indices(),
        groups.names(), budget.samples(), seed, progress, cancel);
    float[] own = scored.scores().contributionsOf(row);
    double[] perGroup = new double[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int f : groups.indices().get(g)) {
        perGroup[g] += own[f];
      }
    }
    return new RowExplanation(row, values, perGroup, background.length);
  }

  /** The names of the groups a row of {@code data} is explained over (e.g. for column headers). */
  public static List<String> groupNames(TrainedModel model, Dataset data) {
    if (data.rows() == 0) {
      return List.of();
    }
    return FeatureGroups.of(model.preparation(), ModelScorer.prepareRows(model, data, new int[] {0})).names();
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
