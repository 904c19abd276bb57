package org.anomalyworkbench.core.pipeline;

import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.SeriesScoring;
import org.anomalyworkbench.core.model.TrainedModel;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.prep.Preparation;
import org.anomalyworkbench.core.data.prep.Split;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.registry.DetectorRegistry;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.scoring.KOfN;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.LossCurve;
import org.anomalyworkbench.core.training.RunProvenance;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * The one training path the window, the command line and the benchmark share: split, fit the
 * preparation on the training rows, train the detector, score every row, and record
 * provenance.
 */
public final class TrainingPipeline {
  private TrainingPipeline() {
  }

  /** The trained model and the scores of every row of the training dataset. */
  public record TrainingResult(TrainedModel model, ScoredData scored) {
  }

  /**
   * Trains {@code request.detectorId()} on {@code dataset}.
   *
   * @throws IllegalArgumentException for a bad request (unknown detector, bad parameter,
   *     no features, labels needed but absent), with a message for the user
   */
  public static TrainingResult train(Dataset dataset, TrainingRequest request, TrainingListener listener,
      CancellationToken cancel) {
    Detector<?> detector = DetectorRegistry.byId(request.detectorId());
    Map<String, String> config = DetectorRegistry.resolveConfig(detector.id(), request.parameters());
    if (!dataset.isImages() && dataset.schema().features().isEmpty()) {
      throw new IllegalArgumentException("No column is marked as a feature: mark at least one column as a feature.");
    }
    checkDataKind(detector, dataset);
    boolean hasLabel = dataset.schema().label().isPresent();
    if (detector.requiresLabels() && !hasLabel) {
      throw new IllegalArgumentException(detector.displayName()
          + " learns from labels: mark a column with 0/1 (normal/anomaly) values as the label.");
    }
    checkThresholdCanResolve(request, hasLabel);
    // A series is read in time order and holds out its end, never rows shuffled across time;
    // single rows keep the seeded random split.
    Optional<SeriesScoring> series = SeriesScoring.of(detector, dataset, request.preparation().window());
    Split.TrainValidation split = series.isPresent()
        ? series.get().split(request.preparation().validationFraction())
        : Split.trainValidation(dataset.rows(), request.preparation().validationFraction(), request.seed());
    split = normalImagesOnly(dataset, split);
    Preparation preparation = Preparation.fit(dataset, split.training(), request.preparation());
    PreparedData all = preparation.transform(dataset);
    PreparedData training = all.select(split.training());
    PreparedData validation = split.validation().length == 0 ? null : all.select(split.validation());
    if (!detector.requiresLabels()) {
      training = training.withoutLabels();
      validation = validation == null ? null : validation.withoutLabels();
    }
    if (series.isPresent()) {
      training = series.get().trainingInput(training);
      validation = series.get().validationInput(validation);
    }

    cancel.throwIfCancelled();
    long started = System.nanoTime();
    LossCurve.Recorder losses = new LossCurve.Recorder(listener);
    TrainedDetector trained = DetectorRegistry.train(detector.id(), config, training,
        new TrainingContext(request.seed(), losses, cancel, validation));
    long trainingMillis = (System.nanoTime() - started) / 1_000_000;
    cancel.throwIfCancelled();

    Scores scores = (series.isPresent() ? series.get().score(trained, all) : trained.score(all))
        .requireFinite(detector.id());
    double[] trainingScores = pick(scores.values(), split.training());
    double[] normalValidation = normalScores(scores.values(), split.validation(), all.labels());
    RunProvenance provenance = new RunProvenance(detector.id(), config, DataHash.of(training), request.seed(),
        training.rows(), training.columns(), AppInfo.version(), AppInfo.libraryVersions(),
        ComputeBackend.describe().summary(), Instant.now(), trainingMillis);
    TrainedModel model = new TrainedModel(dataset.schema(), preparation, trained, config, provenance,
        trainingScores, normalValidation, request.threshold(), Double.NaN, KOfN.OFF, losses.curve());
    ScoredData scored = ScoredData.of(dataset, scores, all.labels());
    // Resolved once on the rows the user sees (labels included, for best F1), and saved as a
    // number: new batches are judged against it instead of re-resolving "top 5%" on each.
    return new TrainingResult(model.withThreshold(request.threshold(), scored), scored);
  }

  /**
   * With classes marked normal, a detector of images learns what normal looks like from
   * normal-class images only (the one-class setting the classes are marked for); every image is
   * still scored. Tables keep every training row: there a label is ground truth to evaluate,
   * and unsupervised detectors are meant to cope with a few anomalies among their rows.
   */
  static Split.TrainValidation normalImagesOnly(Dataset dataset, Split.TrainValidation split) {
    if (!dataset.isImages() || dataset.schema().label().isEmpty()) {
      return split;
    }
    tech.tablesaw.api.IntColumn labels = dataset.table().intColumn(dataset.schema().label().get().name());
    int[] training = java.util.Arrays.stream(split.training()).filter(r -> labels.getInt(r) == 0).toArray();
    int[] validation = java.util.Arrays.stream(split.validation()).filter(r -> labels.getInt(r) == 0).toArray();
    if (training.length == 0) {
      throw new IllegalArgumentException("No image of a normal class is in the training part: mark at least one "
          + "class with images as normal.");
    }
    return new Split.TrainValidation(training, validation);
  }

  /** Images go to detectors that read images (flattened pixels or convolutions), and only images to image-only ones. */
  static void checkDataKind(Detector<?> detector, Dataset dataset) {
    boolean readsImages = detector.accepts().contains(DataKind.IMAGES);
    if (dataset.isImages() && !readsImages) {
      throw new IllegalArgumentException(detector.displayName() + " does not read images. Pick one that does: "
          + String.join(", ", DetectorRegistry.all().stream().filter(d -> d.accepts().contains(DataKind.IMAGES))
              .map(Detector::id).toList()) + ".");
    }
    if (!dataset.isImages() && readsImages && detector.accepts().size() == 1) {
      throw new IllegalArgumentException(detector.displayName() + " reads images only; open a folder of images, "
          + "or pick a detector for tables and series.");
    }
  }

  /** Fails before a long training when the threshold policy could not be resolved after it. */
  private static void checkThresholdCanResolve(TrainingRequest request, boolean hasLabel) {
    if (request.threshold() instanceof ThresholdPolicy.BestF1 && !hasLabel) {
      throw new IllegalArgumentException("The threshold 'best F1' needs a label column (0 = normal, 1 = anomaly). "
          + "Mark a label column, or choose another threshold, e.g. contamination:0.05.");
    }
    if (request.threshold() instanceof ThresholdPolicy.NormalQuantile
        && !(request.preparation().validationFraction() > 0)) {
      throw new IllegalArgumentException("The threshold '" + request.threshold().describe() + "' needs validation "
          + "rows: set a validation fraction above 0 (e.g. 0.2), or choose another threshold.");
    }
  }

  private static double[] pick(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }

  /**
   * Validation rows count as normal unless a label says otherwise: without labels the user is
   * asserting that the training data is (mostly) normal.
   */
  private static double[] normalScores(double[] values, int[] validationRows, int[] labels) {
    return java.util.Arrays.stream(validationRows)
        .filter(r -> labels == null || labels[r] == 0)
        .mapToDouble(r -> values[r])
        .toArray();
  }
}
