package org.anomalyworkbench.core.detector.gan;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.EarlyStopping;
import org.anomalyworkbench.core.detector.dl4j.EpochTrainer;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.anomalyworkbench.core.training.TrainingProgress.NamedLoss;

/**
 * The GAN's training loop: seeded shuffled batches, one step of both players per batch, one
 * progress event per batch carrying the generator's and the discriminator's losses (and the
 * generator's three terms), cancel within one batch, and the health checks a GAN needs:
 *
 * <ul>
 *   <li>a NaN or infinite loss stops training with a {@link TrainingFailedException} (and a
 *       message first, so the Messages panel says it too);
 *   <li>the discriminator's loss near 0 (it tells every reconstruction from a real row, so its
 *       features no longer guide the generator): below {@link #DISCRIMINATOR_RESET_LOSS} in a batch the
 *       discriminator is re-initialised, as GANomaly's reference code does, and an epoch mean below
 *       {@link #DISCRIMINATOR_COLLAPSE_LOSS} is reported as a collapse;
 *   <li>the generator's loss exploding (a batch {@link #EXPLOSION_FACTOR} times the first batch's, or an
 *       epoch mean that many times its lowest epoch mean so far) is reported as divergence; a
 *       generator that learns only lowers its loss from where it started.
 * </ul>
 *
 * With validation rows, early stopping watches the generator's reconstruction and latent terms on
 * them (no labels needed; the adversarial term is left out because it moves with the discriminator,
 * not with how well normal rows are modelled) and keeps the best epoch's networks.
 */
final class GanTraining {
  /** A batch whose discriminator loss is below this re-initialises the discriminator (GANomaly: 1e-5). */
  static final double DISCRIMINATOR_RESET_LOSS = 1e-5;
  /** An epoch whose mean discriminator loss is below this is reported as a collapse (chance level is ln 2 = 0.69). */
  static final double DISCRIMINATOR_COLLAPSE_LOSS = 0.01;
  /** A generator loss this many times its first batch's, or its lowest epoch mean, is reported as exploding. */
  static final double EXPLOSION_FACTOR = 10;
  /** First-moment decay of Adam for both players (Radford et al. 2016; GANomaly uses it too). */
  static final double BETA1 = 0.5;

  private GanTraining() {
  }

  static TrainedDetector train(PreparedData data, GanConfig config, TrainingContext context) {
    PreparedData rows = TrainingRows.cap(data.withoutLabels(), config.maxTrainingRows(), context.seed() + 2);
    int d = rows.columns();
    int n = rows.rows();
    if (n < 2) {
      throw new IllegalArgumentException("The GAN needs at least 2 training " + (data.shape() instanceof
          SampleShape.Image ? "images" : "rows") + "; this data has " + n + ".");
    }
    // Images get convolutional networks, everything else (rows, windows) dense ones: one detector, picked by shape.
    SampleShape.Image image = data.shape() instanceof SampleShape.Image i ? i : null;
    GanModel model = image != null ? ConvGanomaly.create(image, config, context.seed())
        : Ganomaly.create(d, config.encoderFor(d), config.activation(), context.seed());
    float[] x = clipped(rows.values(), config.inputClip());
    float[] validation = null;
    if (context.hasValidation()) {
      Nd4jMatrices.checkColumns(context.validation(), d, "GAN");
      if (image != null && !context.validation().shape().equals(image)) {
        throw new IllegalArgumentException("The validation images are " + context.validation().shape()
            + " but the training images are " + image + ".");
      }
      validation = clipped(context.validation().values(), config.inputClip());
    }
    try (GanModel.Trainer trainer = model.trainer(config, context.seed() + 3)) {
      loop(model, trainer, x, n, d, validation, config, context);
    }
    return image != null ? TrainedConvGan.fitted((ConvGanomaly) model, config, rows)
        : TrainedGan.fitted((Ganomaly) model, config, rows);
  }

  private static void loop(GanModel model, GanModel.Trainer trainer, float[] x, int n, int d, float[] validation,
      GanConfig config, TrainingContext context) {
    int batch = Math.min(config.batchSize(), n);
    int batchesPerEpoch = (n + batch - 1) / batch;
    TrainingListener listener = context.listener();
    int epochs = EpochTrainer.epochsFor(config.epochs(), config.minSteps(), batchesPerEpoch, listener);
    EarlyStopping stopping = new EarlyStopping(validation == null ? 0 : config.patience());
    Health health = new Health(listener, config.learningRate());
    float[][] best = null;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    float[] buffer = new float[batch * d];
    SplittableRandom rnd = new SplittableRandom(context.seed() + 1);
    long started = System.nanoTime();
    long iteration = 0;
    long rowsSeen = 0;
    int epoch = 0;
    while (epoch < epochs) {
      epoch++;
      shuffle(order, rnd);
      double[] sums = new double[5];
      int batches = 0;
      boolean resetThisEpoch = false;
      for (int from = 0; from < n; from += batch) {
        context.cancel().throwIfCancelled();
        int to = Math.min(n, from + batch);
        int b = to - from;
        for (int r = 0; r < b; r++) {
          System.arraycopy(x, order[from + r] * d, buffer, r * d, d);
        }
        Ganomaly.StepLosses loss = trainer.step(buffer, b);
        iteration++;
        batches++;
        rowsSeen += b;
        health.checkFinite(loss, epoch, batches);
        health.checkBatch(loss.generator(), epoch, batches);
        if (loss.discriminator() < DISCRIMINATOR_RESET_LOSS) {
          trainer.reinitialiseDiscriminator(context.seed() * 4 + 4 + 1000L * iteration);
          if (!resetThisEpoch) {
            listener.onMessage(String.format(Locale.ROOT, "Warning: the discriminator's loss fell to %.2g at epoch %d, "
                + "batch %d: it told every reconstruction from a real row, so it no longer guided the generator "
                + "(collapse). Re-initialised the discriminator, as GANomaly does. If this repeats, lower the learning "
                + "rate (now %s) or the adversarial weight.", loss.discriminator(), epoch, batches,
                config.learningRate()));
            resetThisEpoch = true;
          }
        }
        sums[0] += loss.generator();
        sums[1] += loss.discriminator();
        sums[2] += loss.adversarial();
        sums[3] += loss.reconstruction();
        sums[4] += loss.latentLoss();
        double fraction = (epoch - 1 + (double) to / n) / epochs;
        listener.onProgress(new TrainingProgress(epoch, epochs, iteration, loss.generator(), Double.NaN,
            perSecond(rowsSeen, started), fraction, false, named(loss.generator(), loss.discriminator(),
            loss.adversarial(), loss.reconstruction(), loss.latentLoss())));
      }
      double[] mean = new double[5];
      for (int i = 0; i < 5; i++) {
        mean[i] = sums[i] / batches;
      }
      double validationLoss = validation == null ? Double.NaN : model.validationLoss(validation, config);
      if (validation != null && !Double.isFinite(validationLoss)) {
        health.failed("the validation loss became " + validationLoss + " at epoch " + epoch);
      }
      listener.onProgress(new TrainingProgress(epoch, epochs, iteration, mean[0], validationLoss,
          perSecond(rowsSeen, started), (double) epoch / epochs, true,
          named(mean[0], mean[1], mean[2], mean[3], mean[4])));
      health.endEpoch(epoch, mean[0], mean[1]);
      if (validation != null) {
        if (stopping.record(epoch, validationLoss)) {
          best = model.snapshot();
        }
        if (stopping.shouldStop()) {
          listener.onMessage("Early stopping after epoch " + epoch + ": the validation loss did not improve for "
              + config.patience() + " epochs; kept epoch " + stopping.bestEpoch() + ".");
          break;
        }
      }
    }
    if (best != null && stopping.bestEpoch() != epoch) {
      model.restore(best);
    }
  }

  /** The losses of one batch or epoch, as the chart names them: the two players first. */
  static List<NamedLoss> named(double generator, double discriminator, double adversarial, double reconstruction,
      double latent) {
    return List.of(new NamedLoss("generator", generator, false), new NamedLoss("discriminator", discriminator, false),
        new NamedLoss("adversarial", adversarial, true), new NamedLoss("reconstruction", reconstruction, true),
        new NamedLoss("latent", latent, true));
  }

  /** The health checks of one run; each warning is sent once. */
  static final class Health {
    private final TrainingListener listener;
    private final double learningRate;
    private double lowestGenerator = Double.POSITIVE_INFINITY;
    private int lowestEpoch;
    private boolean collapseReported;
    private boolean explosionReported;
    private double firstGenerator = Double.NaN;

    Health(TrainingListener listener, double learningRate) {
      this.listener = listener;
      this.learningRate = learningRate;
    }

    void checkFinite(Ganomaly.StepLosses loss, int epoch, int batch) {
      if (!loss.finite()) {
        boolean generator = !(Math.abs(loss.generator()) <= Float.MAX_VALUE);
        double v = generator ? loss.generator() : loss.discriminator();
        failed("the " + (generator ? "generator's" : "discriminator's") + " loss became "
            + (Double.isNaN(v) ? "NaN" : "infinite") + " at epoch " + epoch + ", batch " + batch);
      }
    }

    void failed(String what) {
      String message = "Training diverged: " + what + ". Try to lower the learning rate (now " + learningRate
          + "), check that the features are scaled (standardize them), and remove or cap extreme values.";
      listener.onMessage("Warning: " + message);
      throw new TrainingFailedException("Training stopped because " + what + ". Try to lower the learning rate (now "
          + learningRate + "), check that the features are scaled (standardize them), and remove or cap extreme "
          + "values.");
    }

    void checkBatch(double generator, int epoch, int batch) {
      if (Double.isNaN(firstGenerator)) {
        firstGenerator = generator;
      } else if (!explosionReported && generator > EXPLOSION_FACTOR * firstGenerator) {
        explosionReported = true;
        listener.onMessage(String.format(Locale.ROOT, "Warning: training is diverging: the generator's loss rose "
            + "to %.3g at epoch %d, batch %d, from %.3g at the first batch. Lower the learning rate (now %s).",
            generator, epoch, batch, firstGenerator, learningRate));
      }
    }

    void endEpoch(int epoch, double generator, double discriminator) {
      if (!collapseReported && discriminator < DISCRIMINATOR_COLLAPSE_LOSS) {
        collapseReported = true;
        listener.onMessage(String.format(Locale.ROOT, "Warning: training collapsed: the discriminator's mean loss "
            + "was %.2g in epoch %d (chance level is 0.69), so it no longer guides the generator. Lower the "
            + "learning rate (now %s) or the adversarial weight.", discriminator, epoch, learningRate));
      }
      if (generator < lowestGenerator) {
        lowestGenerator = generator;
        lowestEpoch = epoch;
      } else if (!explosionReported && generator > EXPLOSION_FACTOR * lowestGenerator) {
        explosionReported = true;
        listener.onMessage(String.format(Locale.ROOT, "Warning: training is diverging: the generator's mean loss "
            + "rose to %.3g in epoch %d from %.3g in epoch %d. Lower the learning rate (now %s).", generator, epoch,
            lowestGenerator, lowestEpoch, learningRate));
      }
    }
  }

  static float[] clipped(float[] values, double clip) {
    return clip <= 0 ? values : Nd4jMatrices.clippedRows(values, 1, 0, values.length, clip);
  }

  private static void shuffle(int[] a, SplittableRandom rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  private static double perSecond(long count, long startedNanos) {
    double s = (System.nanoTime() - startedNanos) / 1e9;
    return s <= 0 ? 0 : count / s;
  }
}
