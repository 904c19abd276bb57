package org.anomalyworkbench.core.detector.iforest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.statistical.DataChecks;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * Isolation forest (Liu, Ting and Zhou, "Isolation Forest", ICDM 2008; extended in ACM TKDD
 * 6(1), 2012): anomalies are few and different, so random axis-parallel splits isolate them
 * in fewer steps than normal rows. Each tree is grown on a small subsample drawn without
 * replacement; a row's score is {@code 2^(-E[h(x)] / c(psi))} in (0, 1] from its average
 * isolation depth. Unsupervised, scale-invariant per feature, fast, and a strong default for
 * tabular data. Pure Java; the seed of the {@link TrainingContext} fixes every tree, so the
 * same seed, data and config give identical scores. Per-feature contributions are explained
 * in {@link IsolationForest}.
 *
 * <p>Option: hyperplane splits, the extended isolation forest (Hariri, Carrasco Kind and
 * Brunner, "Extended Isolation Forest", IEEE TKDE 33(4), 2021). Axis splits give clusters
 * bands of low scores along their axes, "ghost" regions where no data is (between two diagonal
 * clusters, a row at the free corners scores as normal as the clusters); random hyperplanes
 * remove them. See {@link TreeBuilder} for how planes are drawn and the extension level.
 */
public final class IsolationForestDetector implements Detector<IsolationForestConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "isolation-forest";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Isolation forest";
  }

  @Override
  public String description() {
    return "Random trees split the data at random until each row stands alone; anomalies are isolated in few "
        + "splits. Score in (0, 1], near 1 = anomalous. A strong, fast default for tabular data; no scaling "
        + "needed. Contributions show which features' splits isolated a row. Option: hyperplane splits "
        + "(extended isolation forest), which follow diagonal and curved clusters without artefacts along the axes.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public IsolationForestConfig defaultConfig() {
    return IsolationForestConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, IsolationForestConfig config, TrainingContext context) {
    DataChecks.requireTrainable(data, 2, displayName());
    int psi = Math.min(config.subsampleSize(), data.rows());
    int trees = config.trees();
    int planeSize = config.splits() == IsolationForestConfig.SplitKind.HYPERPLANE ? config.planeSize(data.columns())
        : 0;
    SplittableRandom seeds = new SplittableRandom(context.seed());
    List<TreeBuilder.Tree> grown = new ArrayList<>(trees);
    long started = System.nanoTime();
    int reportEvery = Math.max(1, trees / 20);
    for (int t = 0; t < trees; t++) {
      context.cancel().throwIfCancelled();
      // One generator per tree, split off in order: tree t is the same however trees are grown.
      grown.add(TreeBuilder.grow(data, psi, planeSize, seeds.split()));
      if ((t + 1) % reportEvery == 0 || t == trees - 1) {
        // No loss to chart, so no epoch-end events: only progress, in sampled rows per second.
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        context.listener().onProgress(new TrainingProgress(1, 1, t + 1, Double.NaN, Double.NaN,
            (double) (t + 1) * psi / seconds, (t + 1.0) / trees, false));
      }
    }
    if (psi < config.subsampleSize()) {
      context.listener().onMessage("Subsample size capped at the " + psi + " training rows.");
    }
    context.listener().onMessage(String.format(Locale.ROOT, "Grew %d trees on subsamples of %d rows%s in %.2f s.",
        trees, psi, planeSize == 0 ? "" : ", hyperplanes over " + planeSize + " features",
        (System.nanoTime() - started) / 1e9));
    return IsolationForest.of(data.featureNames(), psi, grown);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, IsolationForestConfig config) throws IOException {
    return IsolationForest.load(in);
  }
}
