package org.anomalyworkbench.core.detector.lstm;

import java.io.IOException;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.sample.PointScores;
import org.anomalyworkbench.core.detector.ScoreSemantics;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.project.ModelArchive;

/**
 * A fitted {@link LstmDetector}: the network, its window geometry and each channel's mean squared
 * forecast error on the training points, which scores are measured against.
 */
final class TrainedLstm implements TrainedDetector {
  static final String META = "lstm.json";
  static final String PARAMS = "lstm-params.bin";
  static final String CHANNEL_MSE = "channel-mse.bin";
  /** Channels forecast perfectly in training still get a finite scale. */
  private static final double MIN_MSE = 1e-12;

  /** What is saved next to the parameters. */
  record Meta(int channels, int hidden, int window, int warmUp, int smoothing) {
  }

  private final LstmNetwork net;
  private final int window;
  private final int warmUp;
  private final double[] channelMse;
  private final int smoothing;

  TrainedLstm(LstmNetwork net, int window, int warmUp, int smoothing, double[] channelMse) {
    this.net = net;
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
    return new TrainedLstm(net, window, warmUp, points, channelMse);
  }

  @Override
  public String detectorId() {
    return LstmDetector.ID;
  }

  @Override
  public synchronized Scores score(PreparedData data) {
    int channels = net.channels();
    if (data.columns() != channels) {
      throw new IllegalArgumentException("The model was trained on " + channels + " channel"
          + (channels == 1 ? "" : "s") + " and the series has " + data.columns() + ".");
    }
    Forecasts f = Forecasts.of(net, data.values(), data.rows(), window, warmUp);
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
    return ScoreSemantics.nonNegative("forecast error (x training error)",
        "Squared error of the LSTM's forecast of the point, divided by the mean squared forecast error on the "
            + "training points and averaged over channels; 1 is a typical training point.");
  }

  @Override
  public void save(ModelArchive.Writer out) throws IOException {
    out.putJson(META, new Meta(net.channels(), net.hidden(), window, warmUp, smoothing));
    out.putFloats(PARAMS, net.params());
    out.putDoubles(CHANNEL_MSE, channelMse);
  }

  static TrainedLstm load(ModelArchive.Reader in) throws IOException {
    Meta meta = in.json(META, Meta.class);
    float[] params = in.floats(PARAMS);
    if (params.length != LstmNetwork.parameterCount(meta.channels(), meta.hidden())) {
      throw new IOException("the LSTM has " + params.length + " parameters where its shape needs "
          + LstmNetwork.parameterCount(meta.channels(), meta.hidden()));
    }
    double[] mse = in.doubles(CHANNEL_MSE);
    if (mse.length != meta.channels()) {
      throw new IOException("the LSTM's error scale has " + mse.length + " channels, not " + meta.channels());
    }
    return new TrainedLstm(new LstmNetwork(meta.channels(), meta.hidden(), params), meta.window(), meta.warmUp(),
        meta.smoothing(), mse);
  }
}
