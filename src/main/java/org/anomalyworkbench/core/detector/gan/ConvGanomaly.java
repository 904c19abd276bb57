package org.anomalyworkbench.core.detector.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.convae.ConvNetwork;
import org.anomalyworkbench.core.detector.convae.ConvPass;
import org.anomalyworkbench.core.detector.convae.ConvStack;
import org.anomalyworkbench.core.detector.dl4j.AdamStep;
import org.anomalyworkbench.core.training.ConcurrentTrainings;
import org.anomalyworkbench.core.detector.dl4j.WorkerResults;

/**
 * GANomaly's four networks for images, built from the convolutional autoencoder's blocks
 * ({@link ConvStack}, run by {@link ConvPass} over OpenBLAS), and one training step over them:
 *
 * <ul>
 *   <li>encoder and second encoder: the conv autoencoder's encoder ({@link ConvNetwork#encoder}:
 *       stride-2 3x3 convolutions with leaky ReLU, then a dense layer to a linear code);
 *   <li>decoder: its decoder ({@link ConvNetwork#decoder}: dense back to the last map, then
 *       nearest upsampling and 3x3 convolutions, linear output);
 *   <li>discriminator: the same stride-2 convolutions, then a dense layer to one logit; its
 *       features (for the generator's feature-matching term) are the last convolution's map.
 * </ul>
 *
 * The losses are {@link Ganomaly}'s, means over values: the discriminator's binary
 * cross-entropy, and the generator's {@code wAdv * |f(x) - f(x')|^2 + wRec * |x - x'|^2 +
 * wLat * |z - z'|^2}. Each batch is split over threads (each with its own passes and gradient
 * arrays, summed in a fixed order), so a seed gives the same networks for the same thread count.
 */
final class ConvGanomaly implements GanModel {
  final SampleShape.Image image;
  final int[] filters;
  final int latent;
  final ConvStack encoder;
  final ConvStack decoder;
  final ConvStack encoder2;
  final ConvStack discriminator;

  private ConvGanomaly(SampleShape.Image image, int[] filters, int latent, ConvStack encoder, ConvStack decoder,
      ConvStack encoder2, ConvStack discriminator) {
    this.image = image;
    this.filters = filters.clone();
    this.latent = latent;
    this.encoder = encoder;
    this.decoder = decoder;
    this.encoder2 = encoder2;
    this.discriminator = discriminator;
  }

  /** Fresh networks for {@code image}, with {@code config}'s filters and code, seeded as {@link Ganomaly#create}. */
  static ConvGanomaly create(SampleShape.Image image, GanConfig config, long seed) {
    int[] filters = config.imageFilters().stream().mapToInt(Integer::intValue).toArray();
    return create(image, filters, config.imageCode(), seed);
  }

  static ConvGanomaly create(SampleShape.Image image, int[] filters, int latent, long seed) {
    return new ConvGanomaly(image, filters, latent, encoderLayout(image, filters, latent).initialised(seed * 4 + 1),
        decoderLayout(image, filters, latent).initialised(seed * 4 + 2),
        encoderLayout(image, filters, latent).initialised(seed * 4 + 3),
        discriminatorLayout(image, filters).initialised(seed * 4 + 4));
  }

  /** The same shapes over saved parameters (encoder, decoder, second encoder, discriminator). */
  static ConvGanomaly over(SampleShape.Image image, int[] filters, int latent, float[][] params) {
    return new ConvGanomaly(image, filters, latent, encoderLayout(image, filters, latent).over(params[0]),
        decoderLayout(image, filters, latent).over(params[1]), encoderLayout(image, filters, latent).over(params[2]),
        discriminatorLayout(image, filters).over(params[3]));
  }

  private static ConvStack.Builder encoderLayout(SampleShape.Image image, int[] filters, int latent) {
    return ConvNetwork.encoder(new ConvStack.Builder(image.height(), image.width(), image.channels()), filters, latent);
  }

  private static ConvStack.Builder decoderLayout(SampleShape.Image image, int[] filters, int latent) {
    // A linear output as the conv autoencoder's: with a sigmoid, thin-stroke digits collapsed to a blank image.
    return ConvNetwork.decoder(new ConvStack.Builder(1, 1, latent), image.height(), image.width(), image.channels(),
        filters, ConvNetwork.Output.IDENTITY);
  }

  private static ConvStack.Builder discriminatorLayout(SampleShape.Image image, int[] filters) {
    ConvStack.Builder b = new ConvStack.Builder(image.height(), image.width(), image.channels());
    for (int f : filters) {
      b.conv(f, 2, ConvStack.Act.LEAKY_RELU);
    }
    return b.dense(1, ConvStack.Act.IDENTITY);
  }

  /** Layers of the discriminator up to its features (the last convolution's output). */
  int featureLayers() {
    return filters.length;
  }

  /** Values of the discriminator's features per image. */
  int featureWidth() {
    return discriminator.layers().get(featureLayers() - 1).outSize();
  }

  List<ConvStack> stacks() {
    return List.of(encoder, decoder, encoder2, discriminator);
  }

  @Override
  public int inputs() {
    return image.size();
  }

  @Override
  public Trainer trainer(GanConfig config, long seed) {
    return new Trainer(config.learningRate(), GanTraining.BETA1, Ganomaly.Weights.of(config),
        ConcurrentTrainings.defaultThreads(2), config.batchSize());
  }

  @Override
  public double validationLoss(float[] validation, GanConfig config) {
    int d = inputs();
    int rows = validation.length / d;
    double[] rec = new double[rows];
    double[] lat = new double[rows];
    new Scorer().parts(validation, 0, rows, validation, rec, lat, null, new float[rows * d]);
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      sum += config.reconstructionWeight() * rec[r] + config.latentWeight() * lat[r];
    }
    return sum / rows;
  }

  @Override
  public float[][] snapshot() {
    return stacks().stream().map(s -> s.params().clone()).toArray(float[][]::new);
  }

  @Override
  public void restore(float[][] params) {
    List<ConvStack> stacks = stacks();
    for (int i = 0; i < params.length; i++) {
      System.arraycopy(params[i], 0, stacks.get(i).params(), 0, params[i].length);
    }
  }

  /** One thread's passes and gradients over its share of a batch. */
  private final class Worker {
    final ConvPass enc;
    final ConvPass dec;
    final ConvPass enc2;
    final ConvPass real;
    final ConvPass fake;
    final float[] gEnc = new float[encoder.params().length];
    final float[] gDec = new float[decoder.params().length];
    final float[] gEnc2 = new float[encoder2.params().length];
    final float[] gReal = new float[discriminator.params().length];
    final float[] gFake = new float[discriminator.params().length];

    Worker(int capacity) {
      enc = new ConvPass(encoder, capacity);
      dec = new ConvPass(decoder, capacity);
      enc2 = new ConvPass(encoder2, capacity);
      real = new ConvPass(discriminator, capacity);
      fake = new ConvPass(discriminator, capacity);
    }

    /**
     * Forward and backward over images {@code from..to} of {@code x} (channel-major), the losses
     * being means over all {@code total} images of the batch; returns the sums of squared
     * reconstruction, latent and feature errors and of the discriminator's cross-entropy terms.
     */
    double[] run(float[] x, int from, int to, int total, Ganomaly.Weights w) {
      int n = to - from;
      int d = inputs();
      int k = latent;
      int h = featureWidth();
      int f = featureLayers();
      int top = encoder.layers().size();
      int dTop = discriminator.layers().size();
      enc.loadImages(x, null, from, n);
      float[] z = enc.forward(n);
      dec.load(z, n);
      float[] xh = dec.forward(n);
      enc2.load(xh, n);
      float[] zh = enc2.forward(n);
      float[] xp = enc.input();
      real.load(xp, n);
      float[] logitReal = real.forward(n);
      fake.load(xh, n);
      float[] logitFake = fake.forward(n);

      // Generator terms and d loss / d x', d loss / d z', d loss / d z (pixel-major like the passes).
      double rec = 0;
      double scaleRec = 2 * w.reconstruction() / ((double) total * d);
      float[] gX = dec.delta(decoder.layers().size());
      for (int i = 0; i < n * d; i++) {
        float e = xh[i] - xp[i];
        rec += (double) e * e;
        gX[i] = (float) (scaleRec * e);
      }
      double lat = 0;
      double scaleLat = 2 * w.latent() / ((double) total * k);
      float[] gZh = enc2.delta(top);
      float[] gZ = enc.delta(top);
      for (int i = 0; i < n * k; i++) {
        float e = zh[i] - z[i];
        lat += (double) e * e;
        gZh[i] = (float) (scaleLat * e);
        gZ[i] = (float) (-scaleLat * e);
      }
      float[] featReal = real.activation(f);
      float[] featFake = fake.activation(f);
      double adv = 0;
      for (int i = 0; i < n * h; i++) {
        float e = featFake[i] - featReal[i];
        adv += (double) e * e;
      }

      // Discriminator: binary cross-entropy, real images 1 and reconstructions 0, averaged over both halves.
      double dLoss = 0;
      double half = 0.5 / total;
      float[] gLogit = real.delta(dTop);
      for (int r = 0; r < n; r++) {
        double l = logitReal[r];
        dLoss += Ganomaly.softplus(-l);
        gLogit[r] = (float) ((Ganomaly.sigmoid(l) - 1) * half);
      }
      real.backward(n, dTop, gReal, false);
      gLogit = fake.delta(dTop);
      for (int r = 0; r < n; r++) {
        double l = logitFake[r];
        dLoss += Ganomaly.softplus(l);
        gLogit[r] = (float) (Ganomaly.sigmoid(l) * half);
      }
      // First the discriminator's own gradient on this pass: a second backward over it may ask for the input only.
      fake.backward(n, dTop, gFake, false);

      // Generator: through the second encoder into x', through the discriminator's features into x'
      // (its weights are not moved by this), through the decoder into z, then the encoder.
      enc2.backward(n, top, gEnc2, true);
      add(gX, enc2.inputGradient(), n * d);
      if (w.adversarial() > 0) {
        double scaleAdv = 2 * w.adversarial() / ((double) total * h);
        float[] gF = fake.delta(f);
        for (int i = 0; i < n * h; i++) {
          gF[i] = (float) (scaleAdv * (featFake[i] - featReal[i]));
        }
        fake.backward(n, f, null, true);
        add(gX, fake.inputGradient(), n * d);
      }
      dec.backward(n, decoder.layers().size(), gDec, true);
      add(gZ, dec.inputGradient(), n * k);
      enc.backward(n, top, gEnc, false);
      return new double[] {rec, lat, adv, dLoss};
    }
  }

  private static void add(float[] target, float[] add, int n) {
    for (int i = 0; i < n; i++) {
      target[i] += add[i];
    }
  }

  /** Optimiser state, worker threads and gradient sums of one training run. */
  final class Trainer implements GanModel.Trainer {
    private final Ganomaly.Weights weights;
    private final Worker[] workers;
    private final ExecutorService pool;
    private final AdamStep adamEncoder;
    private final AdamStep adamDecoder;
    private final AdamStep adamEncoder2;
    private final AdamStep adamDiscriminator;
    private final float[] gradDiscriminator = new float[discriminator.params().length];

    Trainer(double learningRate, double beta1, Ganomaly.Weights weights, int threads, int batch) {
      this.weights = weights;
      int n = Math.max(1, Math.min(threads, batch));
      int share = (batch + n - 1) / n;
      workers = new Worker[n];
      for (int i = 0; i < n; i++) {
        workers[i] = new Worker(share);
      }
      pool = n == 1 ? null : Executors.newFixedThreadPool(n - 1, r -> {
        Thread t = new Thread(r, "awb-gan-conv-worker");
        t.setDaemon(true);
        return t;
      });
      adamEncoder = new AdamStep(encoder.params().length, learningRate, beta1);
      adamDecoder = new AdamStep(decoder.params().length, learningRate, beta1);
      adamEncoder2 = new AdamStep(encoder2.params().length, learningRate, beta1);
      adamDiscriminator = new AdamStep(discriminator.params().length, learningRate, beta1);
    }

    @Override
    public void reinitialiseDiscriminator(long seed) {
      discriminator.initialise(seed);
      adamDiscriminator.reset();
    }

    @Override
    public Ganomaly.StepLosses step(float[] x, int rows) {
      Ganomaly.StepLosses losses = gradients(x, rows);
      adamEncoder.apply(encoder.params(), gradient(encoder));
      adamDecoder.apply(decoder.params(), gradient(decoder));
      adamEncoder2.apply(encoder2.params(), gradient(encoder2));
      adamDiscriminator.apply(discriminator.params(), gradDiscriminator);
      return losses;
    }

    /**
     * The losses of both players on {@code rows} images of {@code x} and their gradients
     * ({@link #gradient}), without moving any weight.
     */
    Ganomaly.StepLosses gradients(float[] x, int rows) {
      int parts = Math.min(workers.length, rows);
      if ((rows + parts - 1) / parts > workers[0].enc.capacity()) {
        throw new IllegalArgumentException("batch of " + rows + " images; this trainer holds " + workers.length
            + " x " + workers[0].enc.capacity());
      }
      List<Future<double[]>> futures = new ArrayList<>();
      for (int p = 1; p < parts; p++) {
        int part = p;
        futures.add(pool.submit(() -> part(part, parts, x, rows)));
      }
      double[] sums = part(0, parts, x, rows);
      for (Future<double[]> f : futures) {
        double[] s = WorkerResults.join(f);
        for (int i = 0; i < sums.length; i++) {
          sums[i] += s[i];
        }
      }
      Worker first = workers[0];
      for (int p = 1; p < parts; p++) {
        Worker w = workers[p];
        add(first.gEnc, w.gEnc, first.gEnc.length);
        add(first.gDec, w.gDec, first.gDec.length);
        add(first.gEnc2, w.gEnc2, first.gEnc2.length);
        add(first.gReal, w.gReal, first.gReal.length);
        add(first.gFake, w.gFake, first.gFake.length);
      }
      for (int i = 0; i < gradDiscriminator.length; i++) {
        gradDiscriminator[i] = first.gReal[i] + first.gFake[i];
      }
      double rec = sums[0] / ((double) rows * inputs());
      double lat = sums[1] / ((double) rows * latent);
      double adv = sums[2] / ((double) rows * featureWidth());
      double dLoss = sums[3] * 0.5 / rows;
      double g = weights.adversarial() * adv + weights.reconstruction() * rec + weights.latent() * lat;
      return new Ganomaly.StepLosses(g, dLoss, adv, rec, lat);
    }

    private double[] part(int p, int parts, float[] x, int rows) {
      int lo = (int) ((long) rows * p / parts);
      int hi = (int) ((long) rows * (p + 1) / parts);
      return workers[p].run(x, lo, hi, rows, weights);
    }

    /** The gradient of {@code stack} left by the last {@link #gradients} call. */
    float[] gradient(ConvStack stack) {
      if (stack == encoder) {
        return workers[0].gEnc;
      }
      if (stack == decoder) {
        return workers[0].gDec;
      }
      return stack == encoder2 ? workers[0].gEnc2 : gradDiscriminator;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Images per forward pass when scoring: bounds the im2col buffers (a few MB per pass). */
  static final int SCORE_BATCH = 256;

  /** Per-image parts of the score; one per thread. */
  final class Scorer {
    private final ConvPass enc = new ConvPass(encoder, SCORE_BATCH);
    private final ConvPass dec = new ConvPass(decoder, SCORE_BATCH);
    private final ConvPass enc2 = new ConvPass(encoder2, SCORE_BATCH);
    private ConvPass disc;

    /**
     * For images {@code from..to} of {@code raw}: the generator reads {@code clipped} (the same
     * images clipped as in training, indexed like {@code raw}), errors are measured against the
     * raw images. Fills the mean squared reconstruction error per image, the mean squared latent
     * distance per image, -log D(x) per image (null = skip; the discriminator sees the raw image)
     * and the squared error per value, channel-major, from index 0 for image {@code from}.
     */
    void parts(float[] raw, int from, int to, float[] clipped, double[] rec, double[] lat, double[] discScores,
        float[] squaredErrors) {
      int d = inputs();
      int pixels = image.height() * image.width();
      float[] recon = new float[d];
      for (int at = from; at < to; at += SCORE_BATCH) {
        int n = Math.min(SCORE_BATCH, to - at);
        enc.loadImages(clipped, null, at, n);
        float[] z = enc.forward(n);
        dec.load(z, n);
        float[] xh = dec.forward(n);
        enc2.load(xh, n);
        float[] zh = enc2.forward(n);
        for (int i = 0; i < n; i++) {
          int r = at - from + i;
          ConvPass.toChannelMajor(xh, i * d, recon, 0, pixels, image.channels());
          double s = 0;
          int base = (at + i) * d;
          for (int j = 0; j < d; j++) {
            float e = raw[base + j] - recon[j];
            float e2 = e * e;
            squaredErrors[r * d + j] = e2;
            s += e2;
          }
          rec[r] = s / d;
          double l = 0;
          for (int j = 0; j < latent; j++) {
            double e = zh[i * latent + j] - z[i * latent + j];
            l += e * e;
          }
          lat[r] = l / latent;
        }
        if (discScores != null) {
          if (disc == null) {
            disc = new ConvPass(discriminator, SCORE_BATCH);
          }
          disc.loadImages(raw, null, at, n);
          float[] logit = disc.forward(n);
          for (int i = 0; i < n; i++) {
            discScores[at - from + i] = Ganomaly.softplus(-logit[i]);
          }
        }
      }
    }

    /** The generator's reconstruction of image {@code row} of {@code clipped}, channel-major. */
    float[] reconstruct(float[] clipped, int row) {
      enc.loadImages(clipped, null, row, 1);
      float[] z = enc.forward(1);
      dec.load(z, 1);
      float[] xh = dec.forward(1);
      float[] out = new float[inputs()];
      ConvPass.toChannelMajor(xh, 0, out, 0, image.height() * image.width(), image.channels());
      return out;
    }
  }
}
