package org.anomalyworkbench.core.detector.vae;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.EpochTrainer;
import org.anomalyworkbench.core.detector.dl4j.MatrixIterator;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Variational autoencoder detector (Kingma &amp; Welling, "Auto-Encoding Variational Bayes",
 * 2014), scored by reconstruction probability as in An &amp; Cho, "Variational Autoencoder
 * based Anomaly Detection using Reconstruction Probability" (SNU Data Mining Center, 2015): a
 * row's score is -log p(x | z) under a Gaussian decoder, averaged over latent samples z drawn
 * from the encoder's q(z | x). Unlike a plain autoencoder's squared error, the decoder also
 * predicts each feature's variance, so a deviation in a feature that is normally precise counts
 * more than the same deviation in a noisy one.
 *
 * <p>Per-feature contributions: for the reconstruction decoded from the latent mean, each
 * feature's (x - mu)^2 / (2 sigma^2), the data term of its Gaussian negative log-likelihood
 * (non-negative; they do not add up to the score, which also holds the log-variance terms).
 *
 * <p>Scoring uses fixed latent noise (see {@link VaeScorer}), so a row's score does not depend
 * on which other rows are scored with it. Defaults were tuned like the autoencoder's (17
 * ODDS/ADBench sets): 20 epochs but at least 1,500 gradient steps, inputs clipped at 3 standard
 * deviations (the likelihood is of the unclipped row), 16 latent samples.
 */
public final class VaeDetector implements Detector<VaeConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "vae";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Variational autoencoder (reconstruction probability)";
  }

  @Override
  public String description() {
    return "A variational autoencoder models the distribution of normal rows; rows it finds improbable score "
        + "high (An & Cho 2015). Weighs each feature by how precisely the model expects it. "
        + "Score: negative reconstruction log-probability; contributions: each feature's squared error "
        + "relative to its predicted variance.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TABULAR, DataKind.IMAGES);
  }

  @Override
  public VaeConfig defaultConfig() {
    return VaeConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, VaeConfig config, TrainingContext context) {
    PreparedData rows = TrainingRows.cap(data.withoutLabels(), config.maxTrainingRows(), context.seed() + 2);
    int d = rows.columns();
    MultiLayerNetwork net = VaeNetwork.build(d, config, context.seed());
    TrainedVae.Meta meta = new TrainedVae.Meta(d, config.inputClip(), config.samples(), context.seed() + 3);
    float[] x = clip(rows.values(), config.inputClip());
    MatrixIterator batches = MatrixIterator.autoencoder(x, d, config.batchSize(), context.seed() + 1, 0);
    EpochTrainer.Validation validation = null;
    if (context.hasValidation()) {
      Nd4jMatrices.checkColumns(context.validation(), d, "VAE");
      validation = new EpochTrainer.Validation(clip(context.validation().values(), config.inputClip()), d, null, 0);
    }
    VaeScorer evaluator = new VaeScorer(net, Math.min(config.samples(), 4), meta.noiseSeed());
    EpochTrainer.train(VaeNetwork.trainable(net, evaluator), batches, validation,
        new EpochTrainer.Settings(
            EpochTrainer.epochsFor(config.epochs(), config.minSteps(), batches.batchesPerEpoch(), context.listener()), config.patience(),
            "lower the learning rate (now " + config.learningRate() + ") or raise the L2 penalty"),
        context);
    return new TrainedVae(net, meta);
  }

  private static float[] clip(float[] values, double clip) {
    if (clip <= 0) {
      return values;
    }
    float c = (float) clip;
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.max(-c, Math.min(c, values[i]));
    }
    return out;
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, VaeConfig config) throws IOException {
    return TrainedVae.load(in);
  }
}
