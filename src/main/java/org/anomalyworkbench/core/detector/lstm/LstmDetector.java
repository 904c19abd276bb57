package org.anomalyworkbench.core.detector.lstm;

import java.io.IOException;
import java.util.Set;
import org.anomalyworkbench.core.data.DataKind;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.Detector;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.archive.ModelArchive;

/**
 * LSTM forecaster for time series: an LSTM reads windows of the series and, at every step after
 * a warm-up, forecasts the next point; a point's score is its squared forecast error per
 * channel, divided by that channel's mean squared error on the training points (so a channel
 * the network forecasts well does not drown in a noisy one), averaged over channels (Malhotra
 * et al., "Long Short Term Memory Networks for Anomaly Detection in Time Series", ESANN 2015).
 * The prepared data are the series' points in time order, one column per channel; scores come
 * back one per point, the first window's points taking the first forecast's score. With
 * {@code mode = AUTOENCODER} an {@link LstmAutoencoder} reconstructs windows instead and the
 * squared reconstruction error takes the forecast error's place.
 */
public final class LstmDetector implements Detector<LstmConfig> {
  /** Persisted id: never rename. */
  public static final String ID = "lstm";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "LSTM forecaster (time series)";
  }

  @Override
  public String description() {
    return "An LSTM network reads windows of the series and forecasts the next point; points it forecasts "
        + "badly score high (Malhotra et al. 2015). Score: squared forecast error relative to the training "
        + "error, averaged over channels; contributions: each channel's share. Mode AUTOENCODER: an LSTM "
        + "encoder-decoder reconstructs windows instead (Malhotra et al. 2016) and scores reconstruction error.";
  }

  @Override
  public Set<DataKind> accepts() {
    return Set.of(DataKind.TIME_SERIES);
  }

  @Override
  public LstmConfig defaultConfig() {
    return LstmConfig.defaults();
  }

  @Override
  public TrainedDetector train(PreparedData data, LstmConfig config, TrainingContext context) {
    return LstmTraining.train(data, config, context);
  }

  @Override
  public TrainedDetector load(ModelArchive.Reader in, LstmConfig config) throws IOException {
    return TrainedLstm.load(in);
  }
}
