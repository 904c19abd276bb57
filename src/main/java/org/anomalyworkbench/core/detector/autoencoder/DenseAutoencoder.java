package org.anomalyworkbench.core.detector.autoencoder;

import java.io.IOException;
import java.util.List;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.dl4j.DenseForward;
import org.anomalyworkbench.core.detector.dl4j.DenseNetTrainer;
import org.anomalyworkbench.core.detector.dl4j.EpochTrainer;
import org.anomalyworkbench.core.detector.dl4j.MatrixIterator;
import org.anomalyworkbench.core.detector.dl4j.Nd4jMatrices;
import org.anomalyworkbench.core.detector.dl4j.NetworkBytes;
import org.anomalyworkbench.core.detector.dl4j.NetworkSeed;
import org.anomalyworkbench.core.detector.dl4j.ParallelChunks;
import org.anomalyworkbench.core.detector.dl4j.TrainableNetwork;
import org.anomalyworkbench.core.detector.dl4j.TrainingRows;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * A trained dense autoencoder (input -> encoder -> bottleneck -> mirrored decoder -> linear
 * output, MSE loss) and what can be computed from it: reconstructions, bottleneck embeddings
 * and reconstruction-error scores. Shared by the {@code autoencoder} and {@code latent-knn}
 * detectors. Not thread-safe: DL4J networks keep per-call state.
 */
public final class DenseAutoencoder {
  private final MultiLayerNetwork net;
  private final int inputs;
  private final int bottleneckLayer;
  private final float clip;

  private DenseAutoencoder(MultiLayerNetwork net, int inputs, int bottleneckLayer, double clip) {
    this.net = net;
    this.inputs = inputs;
    this.bottleneckLayer = bottleneckLayer;
    this.clip = (float) clip;
  }

  /** Builds and trains an autoencoder on {@code data} (labels ignored). */
  public static DenseAutoencoder train(PreparedData data, AutoencoderConfig config, TrainingContext context) {
    return train(data, config, context, false);
  }

  /**
   * As {@link #train(PreparedData, AutoencoderConfig, TrainingContext)}; with
   * {@code linearBottleneck} the bottleneck layer has no activation, so an embedding keeps
   * magnitudes (a saturating tanh maps all extreme rows to the same corner, where they look
   * like a dense cluster to a neighbour search).
   */
  public static DenseAutoencoder train(PreparedData data, AutoencoderConfig config, TrainingContext context,
      boolean linearBottleneck) {
    PreparedData rows = TrainingRows.cap(data.withoutLabels(), config.maxTrainingRows(), context.seed() + 2);
    List<Integer> encoder = config.encoderFor(rows.columns());
    MultiLayerNetwork net = build(rows.columns(), encoder, config, context.seed(), linearBottleneck);
    float[] x = clipped(rows.values(), config.inputClip());
    MatrixIterator batches = MatrixIterator.autoencoder(x, rows.columns(), config.batchSize(), context.seed() + 1,
        config.inputNoise());
    EpochTrainer.Validation validation = null;
    if (context.hasValidation()) {
      Nd4jMatrices.checkColumns(context.validation(), rows.columns(), "autoencoder");
      validation = new EpochTrainer.Validation(clipped(context.validation().values(), config.inputClip()),
          rows.columns(), null, 0);
    }
    EpochTrainer.train(trainable(net), batches, validation,
        new EpochTrainer.Settings(
            EpochTrainer.epochsFor(config.epochs(), config.minSteps(), batches.batchesPerEpoch(), context.listener()), config.patience(),
            "lower the learning rate (now " + config.learningRate() + ")"),
        context);
    return new DenseAutoencoder(net, rows.columns(), encoder.size() - 1, config.inputClip());
  }

  /**
   * The allocation-lean loop when the network qualifies (see {@link DenseNetTrainer}), else
   * DL4J's fit. {@code -Danomalyworkbench.trainer=dl4j} forces DL4J's fit: the reference the
   * benchmarks compare against.
   */
  static TrainableNetwork trainable(MultiLayerNetwork net) {
    if ("dl4j".equals(System.getProperty("anomalyworkbench.trainer"))) {
      return TrainableNetwork.of(net);
    }
    return DenseNetTrainer.supports(net).<TrainableNetwork>map(t -> t).orElseGet(() -> TrainableNetwork.of(net));
  }

  /** The untrained network for {@code inputs} features and the given encoder sizes. */
  static MultiLayerNetwork build(int inputs, List<Integer> encoder, AutoencoderConfig config, long seed,
      boolean linearBottleneck) {
    NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
        .seed(NetworkSeed.of(seed))
        .dataType(DataType.FLOAT)
        .updater(new Adam(config.learningRate()))
        .weightInit(WeightInit.XAVIER)
        .l2(config.l2())
        .list();
    int[] sizes = new int[encoder.size() * 2 - 1];
    for (int i = 0; i < encoder.size(); i++) {
      sizes[i] = encoder.get(i);
      sizes[sizes.length - 1 - i] = encoder.get(i);
    }
    int in = inputs;
    for (int i = 0; i < sizes.length; i++) {
      boolean bottleneck = i == encoder.size() - 1;
      DenseLayer.Builder b = new DenseLayer.Builder().nIn(in).nOut(sizes[i])
          .activation(bottleneck && linearBottleneck ? Activation.IDENTITY : config.activation().toDl4j());
      if (i > 0 && config.dropout() > 0) {
        b.dropOut(1 - config.dropout()); // DL4J takes the probability of keeping a unit
      }
      layers.layer(b.build());
      in = sizes[i];
    }
    OutputLayer.Builder out = new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
        .nIn(in).nOut(inputs).activation(Activation.IDENTITY);
    if (config.dropout() > 0) {
      out.dropOut(1 - config.dropout());
    }
    MultiLayerConfiguration conf = layers.layer(out.build()).build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  static float[] clipped(float[] values, double clip) {
    return clip <= 0 ? values : Nd4jMatrices.clippedRows(values, 1, 0, values.length, clip);
  }


  public int inputs() { return inputs; }

  /** The training-input clip (0 = off). */
  public double clip() { return clip; }

  /** Units in the bottleneck layer. */
  public int bottleneckSize() {
    return (int) net.getLayer(bottleneckLayer).getParam("W").size(1);
  }

  /**
   * The bottleneck activations of every row of {@code data}, row-major ({@link #bottleneckSize()}
   * per row); chunks on one thread per CPU, as in {@link #scores}.
   */
  public float[] embed(PreparedData data) {
    Nd4jMatrices.checkColumns(data, inputs, "autoencoder");
    int b = bottleneckSize();
    float[] out = new float[data.rows() * b];
    ParallelChunks.forEach(data.rows(), () -> {
      DenseForward forward = forward();
      return (from, to) -> {
        float[] part = activations(forward, data, from, to, bottleneckLayer + 1);
        System.arraycopy(part, 0, out, from * b, part.length);
      };
    });
    return out;
  }

  /**
   * Reconstruction-error scores: the mean squared error over features, with each feature's
   * contribution its squared error divided by the number of features, so the contributions of a
   * row add up to its score.
   */
  public Scores scores(PreparedData data) {
    Nd4jMatrices.checkColumns(data, inputs, "autoencoder");
    double[] values = new double[data.rows()];
    float[] contributions = new float[data.rows() * inputs];
    // One forward pass per thread (its buffers are per thread; the parameters are shared, read only).
    ParallelChunks.forEach(data.rows(), () -> {
      DenseForward forward = forward();
      return (from, to) -> {
        float[] recon = activations(forward, data, from, to, net.getnLayers());
        addErrors(data, from, to, recon, values, contributions);
      };
    });
    return new Scores(values, contributions, data.featureNames());
  }

  /** The reconstruction of one row (clipped as in training when clipping is on). */
  public float[] reconstruct(PreparedData data, int row) {
    Nd4jMatrices.checkColumns(data, inputs, "autoencoder");
    return activations(forward(), data, row, row + 1, net.getnLayers());
  }

  /** A forward pass of this network (every network {@link #build} makes, or a saved one, qualifies). */
  private DenseForward forward() {
    return DenseForward.of(net).orElseThrow(() -> new IllegalStateException(
        "The autoencoder's network is not a plain float32 stack of dense layers; it cannot be scored."));
  }

  private void addErrors(PreparedData data, int from, int to, float[] recon, double[] values, float[] contributions) {
    int d = inputs;
    float[] raw = data.values();
    for (int r = from; r < to; r++) {
      double sum = 0;
      int base = r * d;
      int rb = (r - from) * d;
      for (int j = 0; j < d; j++) {
        double e = raw[base + j] - recon[rb + j];
        double c = e * e / d;
        contributions[base + j] = (float) c;
        sum += c;
      }
      values[r] = sum;
    }
  }

  /** The first {@code layers} layers' output for rows {@code from..to}, clipped as in training. */
  private float[] activations(DenseForward forward, PreparedData data, int from, int to, int layers) {
    return clip > 0
        ? forward.activations(Nd4jMatrices.clippedRows(data.values(), inputs, from, to, clip), 0, to - from, layers)
        : forward.activations(data.values(), from * inputs, to - from, layers);
  }

  /** The network as bytes (see {@link NetworkBytes}). */
  public byte[] networkBytes() throws IOException {
    return NetworkBytes.write(net);
  }

  /** Rebuilds from {@link #networkBytes()} and the settings that are not inside the network. */
  public static DenseAutoencoder fromBytes(byte[] bytes, String entry, int inputs, double clip) throws IOException {
    MultiLayerNetwork net = NetworkBytes.read(bytes, entry);
    int layers = net.getnLayers();
    // layers = 2 * encoder - 1 hidden + 1 output; the bottleneck is the middle hidden layer.
    return new DenseAutoencoder(net, inputs, (layers - 1 - 1) / 2, clip);
  }
}
