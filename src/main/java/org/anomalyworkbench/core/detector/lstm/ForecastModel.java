package org.anomalyworkbench.core.detector.lstm;

/**
 * The forecaster as a {@link WindowModel}: one {@link LstmNetwork} reading windows of
 * {@code window} points and predicting the next point at every step from {@code warmUp} on.
 */
final class ForecastModel implements WindowModel {
  private final LstmNetwork net;
  private final int window;
  private final int warmUp;
  private float[] x = new float[0];
  private float[] y = new float[0];

  ForecastModel(LstmNetwork net, int window, int warmUp) {
    this.net = net;
    this.window = window;
    this.warmUp = warmUp;
  }

  LstmNetwork network() {
    return net;
  }

  @Override
  public float[][] parameters() {
    return new float[][] {net.params()};
  }

  @Override
  public WindowModel sharing() {
    return new ForecastModel(new LstmNetwork(net.channels(), net.hidden(), net.params()), window, warmUp);
  }

  @Override
  public int minimumPoints() {
    return Forecasts.minimumPoints(window);
  }

  @Override
  public int trainingWindows(int points) {
    // Each window needs the point after it as its last target.
    return points - window;
  }

  @Override
  public double lossAndGradient(float[] series, int[] starts, int from, int to, double windowScale,
      float[][] gradient) {
    int size = (to - from) * window * net.channels();
    if (x.length < size) {
      x = new float[size];
      y = new float[size];
    }
    WindowBatches.fill(series, net.channels(), window, starts, from, to, x, y);
    double scale = windowScale / ((double) (window - warmUp) * net.channels());
    return net.lossAndGradient(x, y, to - from, window, warmUp, scale, gradient[0]);
  }

  @Override
  public PointErrors errors(float[] series, int points) {
    return Forecasts.of(net, series, points, window, warmUp);
  }
}
