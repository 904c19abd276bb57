package org.anomalyworkbench.core.detector.density;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.detector.latent.LatentEmbedding;
import org.anomalyworkbench.core.detector.latent.LatentKnnConfig;
import org.anomalyworkbench.core.detector.statistical.DataChecks;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * Density estimation in the prepared feature space: the score is the negative log density of
 * a row under a model of the training rows. By default a Gaussian mixture whose number of
 * components (1 to {@link DensityConfig#maxComponents()}) has the lowest BIC (Schwarz 1978), so
 * one cluster or several need no choosing; a Gaussian kernel density is the option for shapes
 * no few Gaussians fit.
 *
 * <p>Option ({@link DensityConfig.Space#AUTOENCODER_LATENT}): the density is fitted to the rows'
 * embedding in the bottleneck of an autoencoder trained on the same rows, the one the latent
 * k-NN uses ({@link LatentEmbedding}); see {@link LatentDensity}.
 */
public final class DensityDetector implements Detector<DensityConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "density";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Density (Gaussian mixture)";
  }

  @Override
  public String description() {
    return "Fits the density of the training rows, by default a mixture of Gaussian clusters whose number is "
        + "chosen by BIC; rows in low-density regions score high (negative log density). Good when normal data "
        + "forms a few clusters; full covariance matrices (an option) also model correlated features, a kernel density other shapes. "
        + "Option: fit the density in the latent space of an autoencoder trained on the same rows.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public DensityConfig defaultConfig() {
    return DensityConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, DensityConfig config, TrainingContext context) {
    DataChecks.requireTrainable(data, 2, displayName());
    if (config.space() == DensityConfig.Space.AUTOENCODER_LATENT) {
      return trainLatent(data, config, LatentKnnConfig.defaults(), context);
    }
    return fit(data, config, context);
  }

  /** The latent option with the autoencoder of {@code embeddingConfig} (tests compare it untrained). */
  LatentDensity trainLatent(PreparedData data, DensityConfig config, LatentKnnConfig embeddingConfig,
      TrainingContext context) {
    LatentEmbedding embedding = LatentEmbedding.train(data, embeddingConfig, context);
    PreparedData rows = TrainingRows.cap(data.withoutLabels(), config.maxTrainingRows(), context.seed());
    context.listener().onMessage("Fitting the density to the autoencoder's " + embedding.size()
        + "-dimensional embedding of the rows.");
    return new LatentDensity(embedding, fit(embedding.embed(rows), config, context));
  }

  private TrainedDensity fit(PreparedData data, DensityConfig config, TrainingContext context) {
    long started = System.nanoTime();
    PreparedData rows = TrainingRows.cap(data, config.maxTrainingRows(), context.seed());
    int d = rows.columns();
    if (config.method() == DensityConfig.DensityMethod.KERNEL) {
      KernelDensity kde = KernelDensity.fit(rows.values(), d);
      context.listener().onMessage(String.format(Locale.ROOT, "Kernel density on %,d rows, bandwidth %.4g.",
          rows.rows(), kde.bandwidth));
      return new TrainedDensity(null, kde, d, data.featureNames());
    }
    boolean full = config.fullFor(d);
    GaussianMixture best = null;
    double bestBic = Double.POSITIVE_INFINITY;
    int most = Math.min(config.maxComponents(), Math.max(1, rows.rows() / Math.max(2, d)));
    StringBuilder tried = new StringBuilder();
    for (int k = 1; k <= most; k++) {
      context.cancel().throwIfCancelled();
      GaussianMixture m = GaussianMixture.fit(rows.values(), d, k, full, context.seed() + k);
      double bic = m.bic(rows.values());
      double smallest = java.util.Arrays.stream(m.weights).min().orElse(1);
      boolean allowed = k == 1 || smallest >= config.minComponentWeight();
      tried.append(String.format(Locale.ROOT, "%s%d: %.1f%s", k == 1 ? "" : ", ", k, bic, allowed ? "" : " (small cluster)"));
      if (allowed && bic < bestBic) {
        bestBic = bic;
        best = m;
      }
      context.listener().onProgress(new org.anomalyworkbench.core.training.TrainingProgress(1, 1, k, Double.NaN,
          Double.NaN, rows.rows() * k / Math.max(1e-9, (System.nanoTime() - started) / 1e9), k / (double) most,
          false));
    }
    context.listener().onMessage(String.format(Locale.ROOT,
        "Gaussian mixture with %d component%s (%s covariance) chosen by BIC (%s) in %.2f s.", best.components,
        best.components == 1 ? "" : "s", full ? "full" : "diagonal", tried, (System.nanoTime() - started) / 1e9));
    return new TrainedDensity(best, null, d, data.featureNames());
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, DensityConfig config) throws IOException {
    return in.has(LatentDensity.MARKER) ? LatentDensity.load(in) : TrainedDensity.load(in);
  }
}
