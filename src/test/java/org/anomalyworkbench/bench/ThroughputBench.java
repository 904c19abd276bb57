package org.anomalyworkbench.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.detector.ConfigBinder;
import org.anomalyworkbench.core.detector.TrainingContext;
import org.anomalyworkbench.core.detector.autoencoder.AutoencoderConfig;
import org.anomalyworkbench.core.detector.autoencoder.DenseAutoencoder;

/**
 * Training throughput of the product's autoencoder path (30-16-8-16-30, batch 256, 100k random
 * rows, 5 epochs): prints rows/s per epoch. Native settings are read once per process, so
 * compare them in separate runs, alternating, e.g.
 * <pre>
 * OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 java -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 -cp ... ThroughputBench raw
 * OMP_WAIT_POLICY=PASSIVE OMP_NUM_THREADS=1 java -cp ... ThroughputBench raw
 * java -cp ... ThroughputBench          (NativeEnvironment.prepare() sets all three)
 * </pre>
 * With {@code raw} the process environment is used as given.
 */
public final class ThroughputBench {
  private ThroughputBench() {
  }

  public static void main(String[] args) {
    if (args.length == 0 || !args[0].equals("raw")) {
      System.out.println(NativeEnvironment.prepare());
    }
    System.out.println(ComputeBackend.describe().summary());
    int d = 30;
    int n = 100_000;
    float[] x = new float[n * d];
    SplittableRandom rnd = new SplittableRandom(1);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rnd.nextDouble(-1, 1);
    }
    List<String> names = java.util.stream.IntStream.range(0, d).mapToObj(i -> "x" + i).toList();
    AutoencoderConfig config = ConfigBinder.bind(AutoencoderConfig.defaults(), Map.of("hiddenLayers", "16,8",
        "activation", "relu", "epochs", "5", "minSteps", "0", "batchSize", "256", "dropout", "0", "inputClip", "0"));
    long[] last = {System.nanoTime()};
    DenseAutoencoder.train(new PreparedData(x, names, null), config, new TrainingContext(1, p -> {
      if (p.epochEnd()) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "epoch %d: %.0f rows/s%n", p.epoch(), n / ((now - last[0]) / 1e9));
        last[0] = now;
      }
    }, null, null));
  }
}
