package org.anomalyworkbench.core.detector.lstm;

import java.util.Locale;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.EarlyStopping;
import org.anomalyworkbench.core.training.TrainingFailedException;
import org.anomalyworkbench.core.training.TrainingProgress;

/**
 * The LSTM's training loop: seeded shuffled windows (a sample of at most
 * {@code maxTrainingWindows} per epoch), one progress event per batch, cancel within one batch,
 * a NaN/infinite loss stops with advice, and with validation points (the end of the series)
 * early stopping keeps the epoch with the lowest validation error (forecast or reconstruction).
 */
final class LstmTraining {
  private LstmTraining() {
  }

  static TrainedLstm train(PreparedData data, LstmConfig config, TrainingContext context) {
    int channels = data.columns();
    int points = data.rows();
    int window = config.window();
    WindowModel model = create(channels, config, context.seed());
    if (points < model.minimumPoints()) {
      throw new IllegalArgumentException("The training part of the series has " + points + " points; the LSTM "
          + "needs at least " + model.minimumPoints() + " (a window of " + window
          + (config.mode() == LstmConfig.Mode.FORECAST ? " and the point after it" : "")
          + "). Choose a shorter window or train on more points.");
    }
    float[] series = data.values();
    int[] starts = new int[model.trainingWindows(points)];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i;
    }
    int perEpoch = Math.min(starts.length, config.maxTrainingWindows());
    PreparedData validation = context.hasValidation() && context.validation().rows() >= model.minimumPoints()
        ? context.validation() : null;
    EarlyStopping stopping = new EarlyStopping(validation == null ? 0 : config.patience());
    float[][] best = null;
    SplittableRandom rnd = new SplittableRandom(context.seed());
    long started = System.nanoTime();
    long iteration = 0;
    long windowsSeen = 0;
    int epoch = 0;
    int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
    try (ParallelLstm trainer = new ParallelLstm(model, threads, config.learningRate())) {
      while (epoch < config.epochs()) {
        epoch++;
        shuffle(starts, rnd);
        double sum = 0;
        int batches = 0;
        for (int from = 0; from < perEpoch; from += config.batchSize()) {
          context.cancel().throwIfCancelled();
          int to = Math.min(perEpoch, from + config.batchSize());
          double loss = trainer.step(series, starts, from, to);
          if (!Double.isFinite(loss)) {
            throw new TrainingFailedException(String.format(Locale.ROOT, "Training stopped because the loss became %s "
                + "at epoch %d, batch %d. Try a lower learning rate (now %s), check that the series is scaled "
                + "(standardize it), and remove or cap extreme values.", Double.isNaN(loss) ? "NaN" : "infinite",
                epoch, batches + 1, config.learningRate()));
          }
          sum += loss;
          batches++;
          iteration++;
          windowsSeen += to - from;
          double fraction = (epoch - 1 + (double) to / perEpoch) / config.epochs();
          context.listener().onProgress(new TrainingProgress(epoch, config.epochs(), iteration, loss, Double.NaN,
              perSecond(windowsSeen, started), fraction, false));
        }
        double validationLoss = validation == null ? Double.NaN : meanError(model, validation);
        context.listener().onProgress(new TrainingProgress(epoch, config.epochs(), iteration, sum / batches,
            validationLoss, perSecond(windowsSeen, started), (double) epoch / config.epochs(), true));
        if (validation != null) {
          if (stopping.record(epoch, validationLoss)) {
            best = copy(model.parameters());
          }
          if (stopping.shouldStop()) {
            context.listener().onMessage("Early stopping after epoch " + epoch + ": the validation error "
                + "did not improve for " + config.patience() + " epochs; kept epoch " + stopping.bestEpoch() + ".");
            break;
          }
        }
      }
    }
    if (best != null) {
      for (int k = 0; k < best.length; k++) {
        System.arraycopy(best[k], 0, model.parameters()[k], 0, best[k].length);
      }
    }
    double[] mse = model.errors(series, points).channelMse(channels);
    return new TrainedLstm(model, config, mse);
  }

  /** A freshly initialised model of the configured mode. */
  static WindowModel create(int channels, LstmConfig config, long seed) {
    return config.mode() == LstmConfig.Mode.AUTOENCODER
        ? LstmAutoencoder.create(channels, config.hidden(), config.window(), seed)
        : new ForecastModel(new LstmNetwork(channels, config.hidden(), seed), config.window(), config.warmUp());
  }

  private static float[][] copy(float[][] blocks) {
    float[][] out = new float[blocks.length][];
    for (int k = 0; k < blocks.length; k++) {
      out[k] = blocks[k].clone();
    }
    return out;
  }

  /** Mean squared forecast (or reconstruction) error over every channel and point of {@code data}. */
  static double meanError(WindowModel model, PreparedData data) {
    double[] mse = model.errors(data.values(), data.rows()).channelMse(data.columns());
    double s = 0;
    for (double v : mse) {
      s += v;
    }
    return s / mse.length;
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
