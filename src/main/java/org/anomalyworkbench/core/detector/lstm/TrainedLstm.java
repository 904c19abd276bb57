package org.anomalyworkbench.core.detector.lstm;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.sample.PointScores;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * A fitted {@link LstmDetector}: the forecaster or the autoencoder, its window geometry and each
 * channel's mean squared forecast (reconstruction) error on the training points, which scores
 * are measured against.
 */
final class TrainedLstm implements TrainedDetector {
  static final String META = "lstm.json";
  static final String PARAMS = "lstm-params.bin";
  /** The autoencoder's decoder; {@link #PARAMS} holds its encoder. */
  static final String DECODER_PARAMS = "lstm-decoder-params.bin";
  static final String CHANNEL_MSE = "channel-mse.bin";
  /** Channels forecast perfectly in training still get a finite scale. */
  private static final double MIN_MSE = 1e-12;

  /** What is saved next to the parameters; a model saved before the mode existed has none: a forecaster. */
  record Meta(int channels, int hidden, int window, int warmUp, int smoothing, LstmConfig.Mode mode) {
    Meta {
      mode = mode == null ? LstmConfig.Mode.FORECAST : mode;
    }
  }

  private final WindowModel model;
  private final LstmConfig.Mode mode;
  private final int channels;
  private final int hidden;
  private final int window;
  private final int warmUp;
  private final double[] channelMse;
  private final int smoothing;

  TrainedLstm(WindowModel model, LstmConfig config, double[] channelMse) {
    this(model, config.mode(), config.hidden(), config.window(), config.warmUp(), config.smoothing(), channelMse);
  }

  /** A forecaster. */
  TrainedLstm(LstmNetwork net, int window, int warmUp, int smoothing, double[] channelMse) {
    this(new ForecastModel(net, window, warmUp), LstmConfig.Mode.FORECAST, net.hidden(), window, warmUp, smoothing,
        channelMse);
  }

  private TrainedLstm(WindowModel model, LstmConfig.Mode mode, int hidden, int window, int warmUp, int smoothing,
      double[] channelMse) {
    this.model = model;
    this.mode = mode;
    this.channels = channelMse.length;
    this.hidden = hidden;
    this.window = window;
    this.warmUp = warmUp;
    this.smoothing = Math.max(1, smoothing);
    this.channelMse = channelMse.clone();
    for (int c = 0; c < this.channelMse.length; c++) {
      this.channelMse[c] = Math.max(MIN_MSE, this.channelMse[c]);
    }
  }

  /** The same network scoring with another trailing-mean length. */
  TrainedLstm withSmoothing(int points) {
    return new TrainedLstm(model, mode, hidden, window, warmUp, points, channelMse);
  }

  @Override
  public String detectorId() {
    return LstmDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    if (data.columns() != channels) {
      throw new IllegalArgumentException("The model was trained on " + channels + " channel"
          + (channels == 1 ? "" : "s") + " and the series has " + data.columns() + ".");
    }
    PointErrors f = model.errors(data.values(), data.rows());
    double[] forecastScores = new double[f.count()];
    float[] errors = f.squaredErrors();
    for (int i = 0; i < f.count(); i++) {
      double s = 0;
      for (int c = 0; c < channels; c++) {
        s += errors[i * channels + c] / channelMse[c];
      }
      forecastScores[i] = s / channels;
    }
    int[] point = f.point();
    PointScores.Mapped mapped = PointScores.map(data.rows(), forecastScores, i -> point[i], 1, PointScores.Rule.MAX);
    float[] contributions = new float[data.rows() * channels];
    for (int p = 0; p < data.rows(); p++) {
      int i = mapped.explainingSample()[p];
      for (int c = 0; c < channels; c++) {
        contributions[p * channels + c] = (float) (errors[i * channels + c] / channelMse[c] / channels);
      }
    }
    double[] scores = mapped.scores();
    TrailingMean.apply(scores, contributions, channels, smoothing);
    return new Scores(scores, contributions, data.featureNames());
  }

  @Override
  public ScoreSemantics semantics() {
    if (mode == LstmConfig.Mode.AUTOENCODER) {
      return ScoreSemantics.nonNegative("reconstruction error (x training error)",
          "Squared error of the LSTM autoencoder's reconstruction of the point (mean over the windows that "
              + "contain it), divided by the mean on the training points and averaged over channels; 1 is a "
              + "typical training point.");
    }
    return ScoreSemantics.nonNegative("forecast error (x training error)",
        "Squared error of the LSTM's forecast of the point, divided by the mean squared forecast error on the "
            + "training points and averaged over channels; 1 is a typical training point.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(channels, hidden, window, warmUp, smoothing, mode));
    float[][] blocks = model.parameters();
    out.putFloats(PARAMS, blocks[0]);
    if (mode == LstmConfig.Mode.AUTOENCODER) {
      out.putFloats(DECODER_PARAMS, blocks[1]);
    }
    out.putDoubles(CHANNEL_MSE, channelMse);
  }

  static TrainedLstm load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    double[] mse = in.doubles(CHANNEL_MSE);
    if (mse.length != meta.channels()) {
      throw new IOException("the LSTM's error scale has " + mse.length + " channels, not " + meta.channels());
    }
    int c = meta.channels();
    int h = meta.hidden();
    WindowModel model = meta.mode() == LstmConfig.Mode.AUTOENCODER
        ? new LstmAutoencoder(new LstmNetwork(c, h, 0, floats(in, PARAMS, c, h, 0)),
            new LstmNetwork(h, h, c, floats(in, DECODER_PARAMS, h, h, c)), meta.window())
        : new ForecastModel(new LstmNetwork(c, h, c, floats(in, PARAMS, c, h, c)), meta.window(), meta.warmUp());
    return new TrainedLstm(model, meta.mode(), h, meta.window(), meta.warmUp(), meta.smoothing(), mse);
  }

  private static float[] floats(ModelArchive.Reader in, String name, int inputs, int hidden, int outputs)
      throws IOException {
    float[] params = in.floats(name);
    int expected = LstmNetwork.parameterCount(inputs, hidden, outputs);
    if (params.length != expected) {
      throw new IOException("the LSTM's " + name + " has " + params.length + " parameters where its shape needs "
          + expected);
    }
    return params;
  }
}
