package org.anomalyworkbench.core.detector.gan;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.ParallelChunks;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link GanDetector}: the four networks, the training-input clip, the score kind and
 * the mean reconstruction error and latent distance of the training rows (which put the two
 * parts of the {@code both} score on one scale).
 *
 * <p>Contributions: each feature's share of the row's squared reconstruction error, scaled so that
 * a row's contributions add up to its score. For the reconstruction score that is exactly each
 * feature's squared error / d, as the autoencoder's; for the latent and discriminator scores it
 * says which features the generator could not rebuild, the usual explanation of a GANomaly score.
 */
final class TrainedGan implements TrainedDetector {
  static final String META = "gan.json";
  static final String ENCODER = "encoder.bin";
  static final String DECODER = "decoder.bin";
  static final String ENCODER2 = "encoder2.bin";
  static final String DISCRIMINATOR = "discriminator.bin";

  /** What is saved next to the parameters. */
  record Meta(int inputs, List<Integer> encoder, HiddenActivation activation, double inputClip, GanConfig.Score score,
      double latentScoreWeight, double reconstructionMean, double latentMean) {
  }

  private final Ganomaly model;
  private final Meta meta;

  private TrainedGan(Ganomaly model, Meta meta) {
    this.model = model;
    this.meta = meta;
  }

  /** Wraps a trained model, measuring the training rows' mean reconstruction error and latent distance. */
  static TrainedGan fitted(Ganomaly model, GanConfig config, PreparedData trainingRows) {
    List<Integer> encoder = config.encoderFor(model.inputs);
    Meta provisional = new Meta(model.inputs, encoder, config.activation(), config.inputClip(), config.score(),
        config.latentScoreWeight(), 1, 1);
    Parts parts = new TrainedGan(model, provisional).parts(trainingRows);
    double rec = mean(parts.rec);
    double lat = mean(parts.lat);
    // A perfect fit (0) would divide by zero; the floor keeps the parts comparable and finite.
    return new TrainedGan(model, new Meta(model.inputs, encoder, config.activation(), config.inputClip(),
        config.score(), config.latentScoreWeight(), Math.max(rec, 1e-12), Math.max(lat, 1e-12)));
  }

  /** The same networks scored another way (tuning tools compare the score kinds on one training). */
  TrainedGan withScore(GanConfig.Score score) {
    return new TrainedGan(model, new Meta(meta.inputs(), meta.encoder(), meta.activation(), meta.inputClip(), score,
        meta.latentScoreWeight(), meta.reconstructionMean(), meta.latentMean()));
  }

  @Override
  public String detectorId() {
    return GanDetector.ID;
  }

  /** The per-row parts of the score for all rows, computed in chunks over the CPUs. */
  record Parts(double[] rec, double[] lat, double[] disc, double[] feat, float[] squaredErrors) {
  }

  Parts parts(PreparedData data) {
    Nd4jMatrices.checkColumns(data, model.inputs, "GAN");
    int n = data.rows();
    int d = model.inputs;
    Parts p = new Parts(new double[n], new double[n], new double[n], new double[n], new float[n * d]);
    float[] raw = data.values();
    // One scorer (its passes) per worker; the parameters are shared and only read.
    ParallelChunks.forEach(n, () -> {
      Ganomaly.Scorer scorer = model.new Scorer();
      return (from, to) -> {
        int b = to - from;
        double[] rec = new double[b];
        double[] lat = new double[b];
        double[] disc = new double[b];
        double[] feat = new double[b];
        float[] sq = new float[b * d];
        float[] clipped = Nd4jMatrices.clippedRows(raw, d, from, to, meta.inputClip());
        scorer.parts(raw, from, to, clipped, rec, lat, disc, feat, sq);
        System.arraycopy(rec, 0, p.rec, from, b);
        System.arraycopy(lat, 0, p.lat, from, b);
        System.arraycopy(disc, 0, p.disc, from, b);
        System.arraycopy(feat, 0, p.feat, from, b);
        System.arraycopy(sq, 0, p.squaredErrors, from * d, sq.length);
      };
    });
    return p;
  }

  @Override
  public Scores score(PreparedData data) {
    Parts p = parts(data);
    return combine(meta.score(), meta.latentScoreWeight(), meta.reconstructionMean(), meta.latentMean(), p.rec, p.lat,
        p.disc, p.squaredErrors, data);
  }

  /**
   * Scores of the chosen kind from the per-sample parts, and contributions: each value's share of
   * the sample's squared reconstruction error, scaled to add up to the score ({@code squaredErrors}
   * is turned into them in place). Shared by the dense and the convolutional GAN.
   */
  static Scores combine(GanConfig.Score kind, double latentScoreWeight, double reconstructionMean, double latentMean,
      double[] rec, double[] lat, double[] disc, float[] squaredErrors, PreparedData data) {
    int n = data.rows();
    int d = data.columns();
    double[] values = new double[n];
    float[] contributions = squaredErrors;
    for (int r = 0; r < n; r++) {
      double v = switch (kind) {
        case RECONSTRUCTION -> rec[r];
        case LATENT -> lat[r];
        case BOTH -> rec[r] / reconstructionMean + latentScoreWeight * lat[r] / latentMean;
        case DISCRIMINATOR -> disc[r];
      };
      values[r] = v;
      double sum = rec[r] * d;
      int base = r * d;
      for (int j = 0; j < d; j++) {
        contributions[base + j] = sum > 0 ? (float) (v * contributions[base + j] / sum) : (float) (v / d);
      }
    }
    return new Scores(values, contributions, data.featureNames());
  }

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return v.length == 0 ? 0 : s / v.length;
  }

  @Override
  public ScoreSemantics semantics() {
    return semantics(meta.score(), meta.latentScoreWeight(), "row");
  }

  /** What a score of {@code kind} means, for samples called {@code sample} ("row", "image"). */
  static ScoreSemantics semantics(GanConfig.Score kind, double latentScoreWeight, String sample) {
    return switch (kind) {
      case RECONSTRUCTION -> ScoreSemantics.nonNegative("reconstruction error (MSE)",
          "Mean squared difference between the prepared " + sample + " and the GAN generator's reconstruction of it.");
      case LATENT -> ScoreSemantics.nonNegative("latent distance",
          "Mean squared distance between the generator's code of the " + sample + " and the code of its "
              + "reconstruction (GANomaly's score).");
      case BOTH -> ScoreSemantics.nonNegative("reconstruction + latent (relative)",
          "Reconstruction error plus " + latentScoreWeight + " x latent distance, each divided by its mean "
              + "over the training " + sample + "s: " + (1 + latentScoreWeight) + " is a typical training " + sample
              + ".");
      case DISCRIMINATOR -> ScoreSemantics.nonNegative("-log D(x)",
          "How unlike a training " + sample + " the GAN's discriminator finds the " + sample + ".");
    };
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, meta);
    out.putFloats(ENCODER, model.encoder.params());
    out.putFloats(DECODER, model.decoder.params());
    out.putFloats(ENCODER2, model.encoder2.params());
    out.putFloats(DISCRIMINATOR, model.discriminator.params());
  }

  static TrainedGan load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    // The same shapes training built, filled with the saved parameters.
    Ganomaly shape = Ganomaly.create(meta.inputs(), meta.encoder(), meta.activation(), 0);
    Ganomaly model = new Ganomaly(
        stack(shape.encoder, in, ENCODER), stack(shape.decoder, in, DECODER),
        stack(shape.encoder2, in, ENCODER2), stack(shape.discriminator, in, DISCRIMINATOR));
    return new TrainedGan(model, meta);
  }

  private static DenseStack stack(DenseStack shape, ModelArchive.Reader in, String name) throws IOException {
    float[] params = in.floats(name);
    if (params.length != shape.params().length) {
      throw new IOException("The GAN network in model entry '" + name + "' has " + params.length
          + " parameters where " + shape.params().length + " were expected. Retrain the model or restore the file.");
    }
    return new DenseStack(shape.sizes(), shape.activations(), params);
  }
}
