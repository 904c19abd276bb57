package org.anomalyworkbench.core.detector.registry;

import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.DetectorCatalog;
import org.anomalyworkbench.core.detector.DetectorConfig;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.autoencoder.AutoencoderDetector;
import org.anomalyworkbench.core.detector.classifier.ClassifierDetector;
import org.anomalyworkbench.core.detector.convae.ConvAutoencoderDetector;
import org.anomalyworkbench.core.detector.ensemble.EnsembleDetector;
import org.anomalyworkbench.core.detector.gan.GanDetector;
import org.anomalyworkbench.core.detector.iforest.IsolationForestDetector;
import org.anomalyworkbench.core.detector.latent.LatentKnnDetector;
import org.anomalyworkbench.core.detector.density.DensityDetector;
import org.anomalyworkbench.core.detector.lstm.LstmDetector;
import org.anomalyworkbench.core.detector.neighbours.KnnDetector;
import org.anomalyworkbench.core.detector.neighbours.LofDetector;
import org.anomalyworkbench.core.detector.statistical.MadDetector;
import org.anomalyworkbench.core.detector.statistical.ZScoreDetector;
import org.anomalyworkbench.core.detector.vae.VaeDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * The detectors a user can pick, as an explicit list (no classpath scanning), and the
 * type-safe glue that trains or loads one from its id and text parameters.
 */
public final class DetectorRegistry {
  /** The registry as the ensemble sees it (declared first: the list below hands it out). */
  private static final DetectorCatalog CATALOG = new RegistryCatalog();

  private static final List<Detector<?>> ALL = List.of(
      new ZScoreDetector(),
      new MadDetector(),
      new IsolationForestDetector(),
      new KnnDetector(),
      new LofDetector(),
      new DensityDetector(),
      new AutoencoderDetector(),
      new VaeDetector(),
      new LatentKnnDetector(),
      new GanDetector(),
      new ClassifierDetector(),
      new LstmDetector(),
      new ConvAutoencoderDetector(),
      new EnsembleDetector(CATALOG));

  private DetectorRegistry() {
  }

  /** Every detector, in the order the picker shows them. */
  public static List<Detector<?>> all() {
    return ALL;
  }

  /** The detectors that train without labels. */
  public static List<Detector<?>> unsupervised() {
    return ALL.stream().filter(d -> !d.requiresLabels()).toList();
  }

  /** Unsupervised detectors that read table rows (the tabular benchmark's and the ensemble's choice). */
  public static List<Detector<?>> unsupervisedTabular() {
    return ALL.stream().filter(d -> !d.requiresLabels() && d.accepts().contains(DataKind.TABULAR)).toList();
  }

  /** The registry as a {@link DetectorCatalog}, for code that is handed one. */
  public static DetectorCatalog catalog() {
    return CATALOG;
  }

  /** The detector with this id, if there is one. */
  public static Optional<Detector<?>> find(String id) {
    return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** The detector with this id, or an {@link IllegalArgumentException} listing the known ids. */
  public static Detector<?> byId(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown detector '" + id
        + "'. Known detectors: " + String.join(", ", ids())));
  }

  /** Every detector id, in picker order. */
  public static List<String> ids() {
    return ALL.stream().map(Detector::id).toList();
  }

  /** The full configuration, in text form, that {@code parameters} give over the defaults. */
  public static Map<String, String> resolveConfig(String id, Map<String, String> parameters) {
    return ConfigBinder.toText(bind(byId(id), parameters));
  }

  /** Trains detector {@code id} with {@code parameters} applied over its defaults. */
  public static TrainedDetector train(String id, Map<String, String> parameters, PreparedData data,
      TrainingContext context) {
    return trainTyped(byId(id), parameters, data, context);
  }

  /** Loads a model of detector {@code id} saved with the given configuration. */
  public static TrainedDetector load(String id, Map<String, String> config, ModelArchive.Reader in)
      throws IOException {
    return loadTyped(byId(id), config, in);
  }

  private static <C extends Record & DetectorConfig> C bind(Detector<C> detector, Map<String, String> parameters) {
    C config = ConfigBinder.bind(detector.defaultConfig(), parameters);
    detector.validate(config);
    return config;
  }

  private static <C extends Record & DetectorConfig> TrainedDetector trainTyped(Detector<C> detector,
      Map<String, String> parameters, PreparedData data, TrainingContext context) {
    return detector.train(data, bind(detector, parameters), context);
  }

  private static <C extends Record & DetectorConfig> TrainedDetector loadTyped(Detector<C> detector,
      Map<String, String> config, ModelArchive.Reader in) throws IOException {
    Map<String, String> saved = new java.util.HashMap<>(detector.olderFileDefaults());
    saved.putAll(config);
    return detector.load(in, bind(detector, saved));
  }

  /** Forwards to the static registry; calls arrive only after the class is initialised. */
  private static final class RegistryCatalog implements DetectorCatalog {
    @Override
    public Optional<Detector<?>> find(String id) {
      return DetectorRegistry.find(id);
    }

    @Override
    public List<String> ids() {
      return DetectorRegistry.ids();
    }

    @Override
    public Map<String, String> resolveConfig(String id, Map<String, String> parameters) {
      return DetectorRegistry.resolveConfig(id, parameters);
    }

    @Override
    public TrainedDetector train(String id, Map<String, String> parameters, PreparedData data,
        TrainingContext context) {
      return DetectorRegistry.train(id, parameters, data, context);
    }

    @Override
    public TrainedDetector load(String id, Map<String, String> config, ModelArchive.Reader in) throws IOException {
      return DetectorRegistry.load(id, config, in);
    }
  }
}
