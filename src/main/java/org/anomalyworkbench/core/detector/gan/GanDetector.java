package org.anomalyworkbench.core.detector.gan;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.project.ModelArchive;

/**
 * GAN anomaly detector after GANomaly (Akcay et al., ACCV 2018): a generator (encoder, decoder,
 * second encoder) learns to rebuild normal rows while a discriminator learns to tell its
 * reconstructions from real rows, and the generator is also pushed to match the discriminator's
 * features of real rows. The score does not rest on the discriminator alone (a bare
 * discriminator is a weak detector: {@code DESIGN.md} §6).
 *
 * <p>How the defaults were chosen: see {@code docs/BENCHMARKS.md} and the measurements below.
 */
public final class GanDetector implements Detector<GanConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "gan";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "GAN (GANomaly)";
  }

  @Override
  public String description() {
    return "A generative adversarial network: a generator learns to encode and rebuild normal rows while a "
        + "discriminator learns to tell its reconstructions from real rows (GANomaly, Akcay et al. 2018). "
        + "Score: reconstruction error plus the distance between the codes of a row and of its reconstruction, "
        + "each relative to the training rows; contributions: each feature's share of the reconstruction error. "
        + "Training shows the generator's and the discriminator's losses.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR);
  }

  @Override
  public GanConfig defaultConfig() {
    return GanConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, GanConfig config, TrainingContext context) {
    return GanTraining.train(data, config, context);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, GanConfig config) throws IOException {
    return TrainedGan.load(in);
  }
}
