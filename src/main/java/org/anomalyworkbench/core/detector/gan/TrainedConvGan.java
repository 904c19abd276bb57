package org.anomalyworkbench.core.detector.gan;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.convae.ConvStack;
import org.anomalyworkbench.core.detector.dl4j.ParallelChunks;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link GanDetector} on images: the four convolutional networks ({@link ConvGanomaly}),
 * the training-input clip, the score kind and the training images' mean reconstruction error and
 * latent distance (which put the two parts of the {@code both} score on one scale), scored as
 * {@link TrainedGan} scores rows. Contributions are each pixel's share of the image's squared
 * reconstruction error (the error map, channel-major, adding up to the score), and
 * {@link #reconstruct} gives the generator's reconstruction for the image detail view.
 */
final class TrainedConvGan implements TrainedDetector, Reconstructing {
  /** Marks a model file's GAN as the convolutional one ({@link GanDetector#load} looks for it). */
  static final String META = "gan-conv.json";

  /** What is saved next to the parameters. */
  record Meta(int height, int width, int channels, List<Integer> filters, int latent, double inputClip,
      GanConfig.Score score, double latentScoreWeight, double reconstructionMean, double latentMean) {
  }

  private final ConvGanomaly model;
  private final Meta meta;

  private TrainedConvGan(ConvGanomaly model, Meta meta) {
    this.model = model;
    this.meta = meta;
  }

  /** Wraps a trained model, measuring the training images' mean reconstruction error and latent distance. */
  static TrainedConvGan fitted(ConvGanomaly model, GanConfig config, PreparedData trainingImages) {
    Meta provisional = meta(model, config, 1, 1);
    TrainedGan.Parts parts = new TrainedConvGan(model, provisional).parts(trainingImages, false);
    // A perfect fit (0) would divide by zero; the floor keeps the parts comparable and finite.
    return new TrainedConvGan(model, meta(model, config, Math.max(TrainedGan.mean(parts.rec()), 1e-12),
        Math.max(TrainedGan.mean(parts.lat()), 1e-12)));
  }

  private static Meta meta(ConvGanomaly model, GanConfig config, double rec, double lat) {
    SampleShape.Image image = model.image;
    return new Meta(image.height(), image.width(), image.channels(),
        java.util.Arrays.stream(model.filters).boxed().toList(), model.latent, config.inputClip(), config.score(),
        config.latentScoreWeight(), rec, lat);
  }

  /** The same networks scored another way (tuning tools compare the score kinds on one training). */
  TrainedConvGan withScore(GanConfig.Score score) {
    return new TrainedConvGan(model, new Meta(meta.height(), meta.width(), meta.channels(), meta.filters(),
        meta.latent(), meta.inputClip(), score, meta.latentScoreWeight(), meta.reconstructionMean(),
        meta.latentMean()));
  }

  @Override
  public String detectorId() {
    return GanDetector.ID;
  }

  /** The per-image parts of the score for all images, computed in chunks over the CPUs. */
  private TrainedGan.Parts parts(PreparedData data, boolean discriminator) {
    checkShape(data);
    int n = data.rows();
    int d = model.inputs();
    TrainedGan.Parts p = new TrainedGan.Parts(new double[n], new double[n], discriminator ? new double[n] : null,
        null, new float[n * d]);
    float[] raw = data.values();
    float[] clipped = GanTraining.clipped(raw, meta.inputClip());
    // One scorer (its passes) per worker; the parameters are shared and only read.
    ParallelChunks.forEach(n, () -> {
      ConvGanomaly.Scorer scorer = model.new Scorer();
      return (from, to) -> {
        int b = to - from;
        double[] rec = new double[b];
        double[] lat = new double[b];
        double[] disc = discriminator ? new double[b] : null;
        float[] sq = new float[b * d];
        scorer.parts(raw, from, to, clipped, rec, lat, disc, sq);
        System.arraycopy(rec, 0, p.rec(), from, b);
        System.arraycopy(lat, 0, p.lat(), from, b);
        if (disc != null) {
          System.arraycopy(disc, 0, p.disc(), from, b);
        }
        System.arraycopy(sq, 0, p.squaredErrors(), from * d, sq.length);
      };
    });
    return p;
  }

  @Override
  public Scores score(PreparedData data) {
    TrainedGan.Parts p = parts(data, meta.score() == GanConfig.Score.DISCRIMINATOR);
    return TrainedGan.combine(meta.score(), meta.latentScoreWeight(), meta.reconstructionMean(), meta.latentMean(),
        p.rec(), p.lat(), p.disc(), p.squaredErrors(), data);
  }

  @Override
  public synchronized float[] reconstruct(PreparedData data, int row) {
    checkShape(data);
    if (row < 0 || row >= data.rows()) {
      throw new IndexOutOfBoundsException("image " + row + " of " + data.rows());
    }
    int d = model.inputs();
    float[] one = GanTraining.clipped(java.util.Arrays.copyOfRange(data.values(), row * d, (row + 1) * d),
        meta.inputClip());
    return model.new Scorer().reconstruct(one, 0);
  }

  private void checkShape(PreparedData data) {
    if (!(data.shape() instanceof SampleShape.Image image) || !image.equals(model.image)) {
      throw new IllegalArgumentException("This GAN was trained on " + meta.height() + "x" + meta.width() + "x"
          + meta.channels() + " images; this data is " + data.shape() + ". Prepare the images at the training size "
          + "(a saved model's own preparation does).");
    }
  }

  @Override
  public ScoreSemantics semantics() {
    return TrainedGan.semantics(meta.score(), meta.latentScoreWeight(), "image");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, meta);
    out.putFloats(TrainedGan.ENCODER, model.encoder.params());
    out.putFloats(TrainedGan.DECODER, model.decoder.params());
    out.putFloats(TrainedGan.ENCODER2, model.encoder2.params());
    out.putFloats(TrainedGan.DISCRIMINATOR, model.discriminator.params());
  }

  static TrainedConvGan load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    SampleShape.Image image = new SampleShape.Image(meta.height(), meta.width(), meta.channels());
    int[] filters = meta.filters().stream().mapToInt(Integer::intValue).toArray();
    float[][] params = {in.floats(TrainedGan.ENCODER), in.floats(TrainedGan.DECODER), in.floats(TrainedGan.ENCODER2),
        in.floats(TrainedGan.DISCRIMINATOR)};
    try {
      return new TrainedConvGan(ConvGanomaly.over(image, filters, meta.latent(), params), meta);
    } catch (IllegalArgumentException e) {
      throw new IOException("The GAN's convolutional networks in this model file are damaged (" + e.getMessage()
          + "). Retrain the model or restore the file.", e);
    }
  }

  /** The four stacks (for tests). */
  List<ConvStack> stacks() {
    return model.stacks();
  }
}
