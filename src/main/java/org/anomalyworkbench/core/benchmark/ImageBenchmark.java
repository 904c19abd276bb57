package org.anomalyworkbench.core.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.ImageSet;
import org.anomalyworkbench.core.data.images.ImageTable;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.prep.Scaling;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.evaluation.Metrics;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * The one-class protocol behind {@code bench --kind images}: a folder holds one sub-folder per
 * class; each class in turn is normal and every other class anomalous. A detector trains (with
 * its defaults, pixels scaled to [0, 1], no labels, no validation part) on a seeded 80% of the
 * normal class and scores the other 20% and every image of the other classes; ROC-AUC and
 * average precision are measured on those scored images only.
 */
public final class ImageBenchmark {
  /** Share of the normal class used for training. */
  public static final double TRAINING_SHARE = 0.8;

  private ImageBenchmark() {
  }

  /** The seeded split of one class: training indices and test indices (into the image set). */
  public record ClassSplit(String normalClass, int[] training, int[] test, int[] testLabels) {
  }

  /** The split for {@code normalClass}: the same seed gives the same images whatever the detector. */
  public static ClassSplit split(ImageSet images, String normalClass, long seed) {
    List<Integer> normal = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      (images.classes().get(i).equals(normalClass) ? normal : others).add(i);
    }
    Collections.shuffle(normal, new Random(seed));
    int cut = (int) Math.round(normal.size() * TRAINING_SHARE);
    int[] training = normal.subList(0, cut).stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Integer> test = new ArrayList<>(normal.subList(cut, normal.size()));
    test.addAll(others);
    Collections.sort(test);
    int[] testRows = test.stream().mapToInt(Integer::intValue).toArray();
    int[] labels = IntStream.of(testRows).map(i -> images.classes().get(i).equals(normalClass) ? 0 : 1).toArray();
    return new ClassSplit(normalClass, training, testRows, labels);
  }

  /**
   * Runs every detector with every class normal in turn, reporting each row as soon as it is
   * measured; {@code dataset} of a row is the normal class.
   *
   * @throws IllegalArgumentException when the images are not in at least two classes
   */
  public static List<BenchmarkRow> run(ImageSet images, List<String> detectorIds, long seed,
      Consumer<BenchmarkRow> onRow, CancellationToken cancel) {
    return run(images, detectorIds, Map.of(), seed, onRow, cancel);
  }

  /** As above, with {@code parameters} over every detector's defaults (e.g. an ensemble's {@code trim=0}). */
  public static List<BenchmarkRow> run(ImageSet images, List<String> detectorIds, Map<String, String> parameters,
      long seed, Consumer<BenchmarkRow> onRow, CancellationToken cancel) {
    Set<String> classes = images.classCounts().keySet();
    if (!images.hasClasses() || classes.size() < 2) {
      throw new IllegalArgumentException("The image benchmark needs one sub-folder per class, at least two; "
          + images.root() + " has " + (images.hasClasses() ? "one" : "none") + ".");
    }
    for (String id : detectorIds) {
      if (DetectorRegistry.byId(id).requiresLabels()) {
        throw new IllegalArgumentException("'" + id + "' needs labels; bench runs unsupervised detectors only.");
      }
    }
    Dataset data = ImageTable.dataset(images, Set.of());
    List<BenchmarkRow> rows = new ArrayList<>();
    for (String normalClass : classes) {
      if (normalClass.isEmpty()) {
        continue;
      }
      ClassSplit split = split(images, normalClass, seed);
      for (String id : detectorIds) {
        cancel.throwIfCancelled();
        BenchmarkRow row = runOne(data, split, id, parameters, seed, cancel);
        rows.add(row);
        onRow.accept(row);
      }
    }
    return rows;
  }

  static BenchmarkRow runOne(Dataset data, ClassSplit split, String detectorId, Map<String, String> parameters,
      long seed, CancellationToken cancel) {
    long t0 = System.nanoTime();
    PreparationConfig config = PreparationConfig.defaults().withScaling(Scaling.MIN_MAX).withValidationFraction(0);
    Preparation preparation = Preparation.fit(data, split.training(), config);
    PreparedData all = preparation.transform(data);
    PreparedData training = all.select(split.training());
    TrainedDetector trained = DetectorRegistry.train(detectorId, parameters, training,
        new TrainingContext(seed, TrainingListener.NONE, cancel, null));
    long t1 = System.nanoTime();
    Scores scores = trained.score(all.select(split.test())).requireFinite(detectorId);
    long t2 = System.nanoTime();
    return new BenchmarkRow(split.normalClass(), detectorId, split.test().length, all.columns(),
        Metrics.rocAuc(scores.values(), split.testLabels()), Metrics.averagePrecision(scores.values(), split.testLabels()),
        (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
