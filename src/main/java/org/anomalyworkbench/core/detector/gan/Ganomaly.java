package org.anomalyworkbench.core.detector.gan;

import java.util.List;
import org.anomalyworkbench.core.detector.dl4j.AdamStep;
import org.anomalyworkbench.core.detector.dl4j.HiddenActivation;

/**
 * The four networks of GANomaly (Akcay, Atapour-Abarghouei &amp; Breckon, "GANomaly:
 * Semi-Supervised Anomaly Detection via Adversarial Training", ACCV 2018) for table rows, and
 * one training step over them:
 *
 * <ul>
 *   <li>generator: encoder {@code x -> z}, decoder {@code z -> x'}, second encoder {@code x' -> z'};
 *   <li>discriminator: {@code x -> features -> logit}, telling training rows from reconstructions.
 * </ul>
 *
 * The discriminator minimises binary cross-entropy (real rows 1, reconstructions 0). The
 * generator minimises {@code wAdv * |f(x) - f(x')|^2 + wRec * |x - x'|^2 + wLat * |z - z'|^2}
 * (means over units): feature matching on the discriminator's last hidden layer, the
 * reconstruction, and the latent consistency GANomaly scores with. GANomaly's image version uses
 * an L1 reconstruction term; squared error is used here because the score and the per-feature
 * contributions are squared errors too (as the autoencoder's).
 */
final class Ganomaly implements GanModel {
  final int inputs;
  final int latent;
  final DenseStack encoder;
  final DenseStack decoder;
  final DenseStack encoder2;
  final DenseStack discriminator;

  Ganomaly(DenseStack encoder, DenseStack decoder, DenseStack encoder2, DenseStack discriminator) {
    this.encoder = encoder;
    this.decoder = decoder;
    this.encoder2 = encoder2;
    this.discriminator = discriminator;
    this.inputs = encoder.inputs();
    this.latent = encoder.outputs();
  }

  @Override
  public int inputs() {
    return inputs;
  }

  @Override
  public Trainer trainer(GanConfig config, long seed) {
    return new Trainer(config.learningRate(), GanTraining.BETA1, Weights.of(config), config.dropout(), seed);
  }

  @Override
  public double validationLoss(float[] validation, GanConfig config) {
    int d = inputs;
    int rows = validation.length / d;
    Scorer scorer = new Scorer();
    double sum = 0;
    int chunk = org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices.CHUNK_ROWS;
    for (int from = 0; from < rows; from += chunk) {
      int to = Math.min(rows, from + chunk);
      int b = to - from;
      double[] rec = new double[b];
      double[] lat = new double[b];
      double[] disc = new double[b];
      float[] clipped = java.util.Arrays.copyOfRange(validation, from * d, to * d);
      scorer.parts(validation, from, to, clipped, rec, lat, disc, null, new float[b * d]);
      for (int r = 0; r < b; r++) {
        sum += config.reconstructionWeight() * rec[r] + config.latentWeight() * lat[r];
      }
    }
    return sum / rows;
  }

  @Override
  public float[][] snapshot() {
    return new float[][] {encoder.params().clone(), decoder.params().clone(), encoder2.params().clone(),
        discriminator.params().clone()};
  }

  @Override
  public void restore(float[][] best) {
    System.arraycopy(best[0], 0, encoder.params(), 0, best[0].length);
    System.arraycopy(best[1], 0, decoder.params(), 0, best[1].length);
    System.arraycopy(best[2], 0, encoder2.params(), 0, best[2].length);
    System.arraycopy(best[3], 0, discriminator.params(), 0, best[3].length);
  }

  /** Fresh networks for {@code inputs} features and encoder sizes {@code encoderSizes} (last = latent). */
  static Ganomaly create(int inputs, List<Integer> encoderSizes, HiddenActivation activation, long seed) {
    int k = encoderSizes.size();
    int[] enc = new int[k + 1];
    enc[0] = inputs;
    for (int i = 0; i < k; i++) {
      enc[i + 1] = encoderSizes.get(i);
    }
    int[] dec = new int[k + 1];
    for (int i = 0; i <= k; i++) {
      dec[i] = enc[k - i];
    }
    int[] disc = new int[k + 2];
    System.arraycopy(enc, 0, disc, 0, k + 1);
    disc[k + 1] = 1;
    DenseStack.Activation hidden = activation(activation);
    return new Ganomaly(
        new DenseStack(enc, codeActivations(k, hidden), seed * 4 + 1),
        new DenseStack(dec, codeActivations(k, hidden), seed * 4 + 2),
        new DenseStack(enc, codeActivations(k, hidden), seed * 4 + 3),
        new DenseStack(disc, discriminatorActivations(k + 1), seed * 4 + 4));
  }

  /** Hidden layers activated, the last (latent code or reconstruction) linear: tanh would flatten extreme rows' codes. */
  static DenseStack.Activation[] codeActivations(int layers, DenseStack.Activation hidden) {
    DenseStack.Activation[] a = new DenseStack.Activation[layers];
    java.util.Arrays.fill(a, hidden);
    a[layers - 1] = DenseStack.Activation.IDENTITY;
    return a;
  }

  /** Leaky ReLU (Radford et al.'s choice for discriminators: no dead units), linear logit. */
  static DenseStack.Activation[] discriminatorActivations(int layers) {
    DenseStack.Activation[] a = new DenseStack.Activation[layers];
    java.util.Arrays.fill(a, DenseStack.Activation.LEAKY_RELU);
    a[layers - 1] = DenseStack.Activation.IDENTITY;
    return a;
  }

  static DenseStack.Activation activation(HiddenActivation a) {
    return DenseStack.Activation.valueOf(a.name());
  }

  /** Width of the discriminator's feature layer (its last hidden layer). */
  int featureWidth() {
    return discriminator.width(discriminator.layers() - 2);
  }

  /** Losses of one step (means over the batch). */
  record StepLosses(double generator, double discriminator, double adversarial, double reconstruction,
      double latentLoss) {
    /**
     * False when a loss is NaN or beyond float range: the networks compute in float32, so a loss
     * that only a double can hold (squared errors of 1e30-sized values) means they overflowed.
     */
    boolean finite() {
      return Math.abs(generator) <= Float.MAX_VALUE && Math.abs(discriminator) <= Float.MAX_VALUE;
    }
  }

  /** Loss weights of the generator. */
  record Weights(double adversarial, double reconstruction, double latent) {
    /** The generator's loss weights of {@code config}. */
    static Weights of(GanConfig config) {
      return new Weights(config.adversarialWeight(), config.reconstructionWeight(), config.latentWeight());
    }
  }

  /** Optimiser state and working arrays of one training run. */
  final class Trainer implements GanModel.Trainer {
    private final Weights weights;
    private final AdamStep adamEncoder;
    private final AdamStep adamDecoder;
    private final AdamStep adamEncoder2;
    private final AdamStep adamDiscriminator;
    private final float[] gradEncoder = new float[encoder.params().length];
    private final float[] gradDecoder = new float[decoder.params().length];
    private final float[] gradEncoder2 = new float[encoder2.params().length];
    private final float[] gradDiscriminator = new float[discriminator.params().length];
    private final DenseStack.Pass pEncoder = encoder.pass();
    private final DenseStack.Pass pDecoder = decoder.pass();
    private final DenseStack.Pass pEncoder2 = encoder2.pass();
    private final DenseStack.Pass pReal = discriminator.pass();
    private final DenseStack.Pass pFake = discriminator.pass();
    private float[] gX;
    private float[] gZ;
    private float[] gZh;
    private float[] gF;
    private float[] gLogit;

    Trainer(double learningRate, double beta1, Weights weights, double dropout, long seed) {
      this.weights = weights;
      // The generator's training passes drop units (the discriminator's do not: it judges whole rows).
      java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
      pEncoder.dropout(dropout, rnd.split());
      pDecoder.dropout(dropout, rnd.split());
      pEncoder2.dropout(dropout, rnd.split());
      adamEncoder = new AdamStep(gradEncoder.length, learningRate, beta1);
      adamDecoder = new AdamStep(gradDecoder.length, learningRate, beta1);
      adamEncoder2 = new AdamStep(gradEncoder2.length, learningRate, beta1);
      adamDiscriminator = new AdamStep(gradDiscriminator.length, learningRate, beta1);
    }

    @Override
    public void reinitialiseDiscriminator(long seed) {
      discriminator.initialise(seed);
      adamDiscriminator.reset();
    }

    @Override
    public StepLosses step(float[] x, int rows) {
      StepLosses losses = gradients(x, rows);
      adamEncoder.apply(encoder.params(), gradEncoder);
      adamDecoder.apply(decoder.params(), gradDecoder);
      adamEncoder2.apply(encoder2.params(), gradEncoder2);
      adamDiscriminator.apply(discriminator.params(), gradDiscriminator);
      return losses;
    }

    /**
     * The losses of both players on a batch and their gradients ({@link #gradient}), without
     * moving any weight: the generator's with respect to the encoder, decoder and second encoder,
     * the discriminator's with respect to the discriminator.
     */
    StepLosses gradients(float[] x, int rows) {
      int d = inputs;
      int k = latent;
      int h = featureWidth();
      int dl = discriminator.layers();
      ensure(rows, d, k, h);
      float[] z = pEncoder.forward(x, 0, rows);
      float[] xh = pDecoder.forward(z, 0, rows);
      float[] zh = pEncoder2.forward(xh, 0, rows);
      float[] logitReal = pReal.forward(x, 0, rows);
      float[] featReal = pReal.out[dl - 2];
      float[] logitFake = pFake.forward(xh, 0, rows);
      float[] featFake = pFake.out[dl - 2];

      // Generator losses and d loss / d x' (x' = xh), d loss / d z'.
      double rec = 0;
      double scaleRec = 2 * weights.reconstruction() / ((double) rows * d);
      for (int i = 0; i < rows * d; i++) {
        float e = xh[i] - x[i];
        rec += (double) e * e;
        gX[i] = (float) (scaleRec * e);
      }
      rec /= (double) rows * d;
      double lat = 0;
      double scaleLat = 2 * weights.latent() / ((double) rows * k);
      for (int i = 0; i < rows * k; i++) {
        float e = zh[i] - z[i];
        lat += (double) e * e;
        gZh[i] = (float) (scaleLat * e);
        gZ[i] = (float) (-scaleLat * e);
      }
      lat /= (double) rows * k;
      double adv = 0;
      double scaleAdv = 2 * weights.adversarial() / ((double) rows * h);
      for (int i = 0; i < rows * h; i++) {
        float e = featFake[i] - featReal[i];
        adv += (double) e * e;
        gF[i] = (float) (scaleAdv * e);
      }
      adv /= (double) rows * h;

      java.util.Arrays.fill(gradEncoder, 0f);
      java.util.Arrays.fill(gradDecoder, 0f);
      java.util.Arrays.fill(gradEncoder2, 0f);
      java.util.Arrays.fill(gradDiscriminator, 0f);
      // Through the second encoder into x'.
      pEncoder2.backward(encoder2.layers(), gZh, gradEncoder2, true);
      addInto(gX, pEncoder2.inputGradient, rows * d);
      // Through the discriminator's feature layers into x' (the discriminator's own weights are not moved by this).
      if (weights.adversarial() > 0) {
        pFake.backward(dl - 1, gF, null, true);
        addInto(gX, pFake.inputGradient, rows * d);
      }
      // Through the decoder into z, then the encoder.
      pDecoder.backward(decoder.layers(), gX, gradDecoder, true);
      addInto(gZ, pDecoder.inputGradient, rows * k);
      pEncoder.backward(encoder.layers(), gZ, gradEncoder, false);

      // Discriminator: binary cross-entropy, real rows 1 and reconstructions 0, averaged over both halves.
      double dLoss = 0;
      double half = 0.5 / rows;
      for (int r = 0; r < rows; r++) {
        double l = logitReal[r];
        dLoss += softplus(-l);
        gLogit[r] = (float) ((sigmoid(l) - 1) * half);
      }
      pReal.backward(dl, gLogit, gradDiscriminator, false);
      for (int r = 0; r < rows; r++) {
        double l = logitFake[r];
        dLoss += softplus(l);
        gLogit[r] = (float) (sigmoid(l) * half);
      }
      pFake.backward(dl, gLogit, gradDiscriminator, false);
      dLoss *= half;
      double g = weights.adversarial() * adv + weights.reconstruction() * rec + weights.latent() * lat;
      return new StepLosses(g, dLoss, adv, rec, lat);
    }

    /** The gradient array of {@code stack} filled by the last {@link #gradients} call. */
    float[] gradient(DenseStack stack) {
      if (stack == encoder) {
        return gradEncoder;
      }
      if (stack == decoder) {
        return gradDecoder;
      }
      return stack == encoder2 ? gradEncoder2 : gradDiscriminator;
    }

    private void ensure(int rows, int d, int k, int h) {
      if (gX == null || gX.length < rows * d) {
        gX = new float[rows * d];
        gZ = new float[rows * k];
        gZh = new float[rows * k];
        gF = new float[rows * h];
        gLogit = new float[rows];
      }
    }
  }

  private static void addInto(float[] target, float[] add, int n) {
    for (int i = 0; i < n; i++) {
      target[i] += add[i];
    }
  }

  /** log(1 + e^v) without overflow. */
  static double softplus(double v) {
    return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
  }

  static double sigmoid(double v) {
    return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
  }

  /** Per-row parts of the score for rows of one chunk. */
  final class Scorer {
    private final DenseStack.Pass pEncoder = encoder.pass();
    private final DenseStack.Pass pDecoder = decoder.pass();
    private final DenseStack.Pass pEncoder2 = encoder2.pass();
    private final DenseStack.Pass pDiscriminator = discriminator.pass();
    private final DenseStack.Pass pDiscriminatorFake = discriminator.pass();

    /**
     * For rows {@code from..to} of {@code raw}: the networks read {@code clipped} (the same rows
     * clipped as in training, starting at row 0), errors are measured against the raw rows.
     * Fills reconstruction error per row, latent distance per row, -log D(x) per row, the
     * distance between the discriminator's features of the row and of its reconstruction per row
     * (null = skip), and the squared error per value (row-major, for the contributions).
     */
    void parts(float[] raw, int from, int to, float[] clipped, double[] rec, double[] lat, double[] disc,
        double[] feat, float[] squaredErrors) {
      int rows = to - from;
      int d = inputs;
      float[] z = pEncoder.forward(clipped, 0, rows);
      float[] xh = pDecoder.forward(z, 0, rows);
      float[] zh = pEncoder2.forward(xh, 0, rows);
      // The discriminator sees the row as it is: clipping would hide how unusual an extreme row is.
      float[] logit = pDiscriminator.forward(raw, from, rows);
      int dl = discriminator.layers();
      int h = featureWidth();
      if (feat != null) {
        float[] real = pDiscriminator.out[dl - 2];
        float[] fake = pDiscriminatorFake.forward(xh, 0, rows, dl - 1);
        for (int r = 0; r < rows; r++) {
          double s = 0;
          for (int j = 0; j < h; j++) {
            double e = fake[r * h + j] - real[r * h + j];
            s += e * e;
          }
          feat[r] = s / h;
        }
      }
      for (int r = 0; r < rows; r++) {
        double s = 0;
        int base = r * d;
        for (int j = 0; j < d; j++) {
          float e = raw[(from + r) * d + j] - xh[base + j];
          float e2 = e * e;
          squaredErrors[base + j] = e2;
          s += e2;
        }
        rec[r] = s / d;
        double l = 0;
        for (int j = 0; j < latent; j++) {
          double e = zh[r * latent + j] - z[r * latent + j];
          l += e * e;
        }
        lat[r] = l / latent;
        disc[r] = softplus(-logit[r]);
      }
    }
  }
}
