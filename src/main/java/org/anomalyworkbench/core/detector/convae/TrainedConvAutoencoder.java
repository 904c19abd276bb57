package org.anomalyworkbench.core.detector.convae;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.Reconstructing;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.EpochTrainer;
import org.anomalyworkbench.core.detector.dl4j.MatrixIterator;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.training.ConcurrentTrainings;

/**
 * A fitted {@link ConvAutoencoderDetector}: scores are summed squared reconstruction errors,
 * contributions the per-value squared errors (the error map, adding up to the score; with
 * {@code errorBlur} r > 0 the signed difference is first box-averaged over (2r+1)^2 pixels), and
 * {@link #reconstruct} gives one image's reconstruction for the detail view.
 */
final class TrainedConvAutoencoder implements TrainedDetector, Reconstructing {
  static final String META = "conv-autoencoder.json";
  static final String PARAMS = "conv-autoencoder-params.bin";
  /** Images per forward pass when scoring: bounds the im2col buffers (a few MB per thread). */
  static final int SCORE_BATCH = 256;

  /** What is saved next to the parameters. */
  record Meta(int height, int width, int channels, int[] filters, int bottleneck, ConvNetwork.Output output,
      int errorBlur) {
  }

  /** Scoring threads, daemon and kept for the application's life (as ParallelChunks keeps its own). */
  private static final java.util.concurrent.ExecutorService SCORERS = java.util.concurrent.Executors.newCachedThreadPool(
      r -> {
        Thread t = new Thread(r, "awb-convae-scorer");
        t.setDaemon(true);
        return t;
      });

  private final ConvNetwork net;
  private final int errorBlur;

  TrainedConvAutoencoder(ConvNetwork net, int errorBlur) {
    this.net = net;
    this.errorBlur = errorBlur;
  }

  static TrainedConvAutoencoder train(PreparedData data, ConvAutoencoderConfig config, TrainingContext context) {
    SampleShape.Image image = imageShape(data, "train on");
    PreparedData rows = TrainingRows.cap(data.withoutLabels(), config.maxTrainingImages(), context.seed() + 2);
    ConvNetwork.Output output = output(config.output(), rows.values());
    ConvNetwork net = ConvNetwork.initialised(image.height(), image.width(), image.channels(),
        config.filters().stream().mapToInt(Integer::intValue).toArray(), config.bottleneck(), output,
        context.seed());
    MatrixIterator batches = MatrixIterator.autoencoder(rows.values(), rows.columns(), config.batchSize(),
        context.seed() + 1, 0);
    EpochTrainer.Validation validation = null;
    if (context.hasValidation()) {
      imageShape(context.validation(), "validate on");
      if (!context.validation().shape().equals(image)) {
        throw new IllegalArgumentException("The validation images are " + context.validation().shape()
            + " but the training images are " + image + ".");
      }
      validation = new EpochTrainer.Validation(context.validation().values(), rows.columns(), null, 0);
    }
    int threads = config.threads() > 0 ? config.threads() : ConcurrentTrainings.defaultThreads(2);
    try (ConvTrainer trainer = new ConvTrainer(net, threads, config.batchSize(), config.learningRate())) {
      EpochTrainer.train(new ConvTrainable(net, trainer), batches, validation,
          new EpochTrainer.Settings(config.epochs(), config.patience(),
              "lower the learning rate (now " + config.learningRate() + ")"),
          context);
    }
    return new TrainedConvAutoencoder(net, config.errorBlur());
  }

  /** The image shape of {@code data}, or a message saying this detector reads images only. */
  static SampleShape.Image imageShape(PreparedData data, String verb) {
    if (data.shape() instanceof SampleShape.Image image) {
      return image;
    }
    throw new IllegalArgumentException("The convolutional autoencoder can only " + verb + " images (a folder of "
        + "images, one sample per image), but this data is " + data.shape() + ". Pick a detector for tables or "
        + "time series, or import an image folder.");
  }

  private static ConvNetwork.Output output(ConvAutoencoderConfig.OutputActivation chosen, float[] values) {
    return switch (chosen) {
      case SIGMOID -> ConvNetwork.Output.SIGMOID;
      case IDENTITY -> ConvNetwork.Output.IDENTITY;
      case AUTO -> {
        for (float v : values) {
          if (!(v >= 0 && v <= 1)) {
            yield ConvNetwork.Output.IDENTITY;
          }
        }
        yield ConvNetwork.Output.SIGMOID;
      }
    };
  }

  @Override
  public String detectorId() {
    return ConvAutoencoderDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    checkShape(data);
    int size = net.imageSize();
    double[] values = new double[data.rows()];
    float[] errors = new float[data.rows() * size];
    // Batches of SCORE_BATCH images, batch b on worker b mod workers, each worker with its own
    // pass (buffers) over the shared parameters: memory stays bounded whatever the number of
    // images, and a batch's result does not depend on the number of workers. Not
    // ParallelChunks: its 10,000-row chunks left a 10,000-image set on one core.
    int batches = (data.rows() + SCORE_BATCH - 1) / SCORE_BATCH;
    int workers = Math.min(batches, Runtime.getRuntime().availableProcessors());
    java.util.List<java.util.concurrent.Future<Object>> running = new java.util.ArrayList<>();
    for (int w = 0; w < workers; w++) {
      int first = w;
      Runnable work = () -> {
        ConvPass pass = new ConvPass(net, SCORE_BATCH);
        float[] recon = new float[SCORE_BATCH * size];
        float[] residual = new float[size];
        float[] blurred = new float[size];
        float[] raw = data.values();
        for (int b = first; b < batches; b += workers) {
          int at = b * SCORE_BATCH;
          int n = Math.min(SCORE_BATCH, data.rows() - at);
          pass.reconstruct(raw, at, n, recon, 0);
          for (int i = 0; i < n; i++) {
            int base = (at + i) * size;
            for (int j = 0; j < size; j++) {
              residual[j] = raw[base + j] - recon[i * size + j];
            }
            float[] e = errorBlur == 0 ? residual : blur(residual, blurred);
            double sum = 0;
            for (int j = 0; j < size; j++) {
              float sq = e[j] * e[j];
              errors[base + j] = sq;
              sum += sq;
            }
            values[at + i] = sum;
          }
        }
      };
      if (w == workers - 1) {
        work.run();
      } else {
        running.add(SCORERS.submit(work, null));
      }
    }
    ConcurrentTrainings.awaitAll(running, "conv-autoencoder-scoring");
    return new Scores(values, errors, data.featureNames());
  }

  /**
   * The mean of each value's (2r+1)^2 neighbourhood in its channel, counting values outside the
   * image as 0 (PyTorch's {@code avg_pool2d} with padding r and stride 1).
   */
  private float[] blur(float[] residual, float[] out) {
    int h = net.height();
    int w = net.width();
    int r = errorBlur;
    float norm = 1f / ((2 * r + 1) * (2 * r + 1));
    for (int c = 0; c < net.channels(); c++) {
      int cb = c * h * w;
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          float sum = 0;
          for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
            for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
              sum += residual[cb + yy * w + xx];
            }
          }
          out[cb + y * w + x] = sum * norm;
        }
      }
    }
    return out;
  }

  @Override
  public synchronized float[] reconstruct(PreparedData data, int row) {
    checkShape(data);
    if (row < 0 || row >= data.rows()) {
      throw new IndexOutOfBoundsException("image " + row + " of " + data.rows());
    }
    float[] out = new float[net.imageSize()];
    new ConvPass(net, 1).reconstruct(data.values(), row, 1, out, 0);
    return out;
  }

  private void checkShape(PreparedData data) {
    SampleShape.Image image = imageShape(data, "score");
    if (image.height() != net.height() || image.width() != net.width() || image.channels() != net.channels()) {
      throw new IllegalArgumentException("This model was trained on " + net.height() + "x" + net.width() + "x"
          + net.channels() + " images; these are " + image.height() + "x" + image.width() + "x" + image.channels()
          + ". Prepare them at the training size.");
    }
  }

  @Override
  public ScoreSemantics semantics() {
    return ScoreSemantics.nonNegative("reconstruction error (sum of squares)",
        "Sum over pixels of the squared difference between the prepared image and the convolutional "
            + "autoencoder's reconstruction of it"
            + (errorBlur > 0 ? ", the difference first averaged over " + (2 * errorBlur + 1) + "x"
                + (2 * errorBlur + 1) + " pixels" : "")
            + "; images unlike the training images rebuild badly.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(net.height(), net.width(), net.channels(), net.filters(), net.bottleneck(),
        net.output(), errorBlur));
    out.putFloats(PARAMS, net.params());
  }

  static TrainedConvAutoencoder load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    float[] params = in.floats(PARAMS);
    try {
      return new TrainedConvAutoencoder(new ConvNetwork(meta.height(), meta.width(), meta.channels(), meta.filters(),
          meta.bottleneck(), meta.output(), params), meta.errorBlur());
    } catch (IllegalArgumentException e) {
      throw new IOException("The convolutional autoencoder in this model file is damaged (" + e.getMessage()
          + "). Retrain the model or restore the file.", e);
    }
  }
}
