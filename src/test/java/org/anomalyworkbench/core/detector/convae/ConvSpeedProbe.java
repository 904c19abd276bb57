package org.anomalyworkbench.core.detector.convae;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.SampleShape;
import org.anomalyworkbench.core.detector.TrainingContext;

/**
 * Training and scoring speed of the conv-autoencoder for issue 13, against
 * {@code src/bench/train_convae_torch.py} (same network, same random data). Not a test.
 *
 * <pre>
 * ConvSpeedProbe train BATCH THREADS SECONDS [filters=16,32] [bottleneck=16]   rounds of training images/s
 * ConvSpeedProbe score IMAGES                                                scoring images/s (default config)
 * ConvSpeedProbe memory TRAININGS                                            RSS after each short training
 * </pre>
 */
public final class ConvSpeedProbe {
  private ConvSpeedProbe() {
  }

  public static void main(String[] args) {
    NativeEnvironment.prepare();
    switch (args[0]) {
      case "train" -> train(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Double.parseDouble(args[3]),
          args.length > 4 ? args[4] : "16,32", args.length > 5 ? Integer.parseInt(args[5]) : 16);
      case "score" -> score(Integer.parseInt(args[1]));
      case "memory" -> memory(Integer.parseInt(args[1]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static float[] random(int images, long seed) {
    float[] x = new float[images * 784];
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rnd.nextDouble();
    }
    return x;
  }

  private static void train(int batch, int threads, double seconds, String filters, int bottleneck) {
    int[] f = java.util.Arrays.stream(filters.split(",")).mapToInt(Integer::parseInt).toArray();
    ConvNetwork net = ConvNetwork.initialised(28, 28, 1, f, bottleneck, ConvNetwork.Output.SIGMOID, 1);
    int n = 2000;
    float[] data = random(n, 1);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    try (ConvTrainer trainer = new ConvTrainer(net, threads, batch, 1e-3)) {
      int at = 0;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        long images = 0;
        double loss = 0;
        while (System.nanoTime() - start < seconds * 1e9) {
          if (at + batch > n) {
            at = 0;
          }
          loss = trainer.step(data, order, at, at + batch);
          at += batch;
          images += batch;
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "ours batch %d, threads %d: %.0f images/s (loss %.5f)%n", batch, threads,
            images / s, loss);
      }
    }
  }

  private static PreparedData images(int n, long seed) {
    List<String> names = java.util.stream.IntStream.range(0, 784).mapToObj(i -> "px" + i).toList();
    return new PreparedData(random(n, seed), names, null, new SampleShape.Image(28, 28, 1));
  }

  private static void score(int n) {
    ConvAutoencoderDetector detector = new ConvAutoencoderDetector();
    var model = detector.train(images(500, 2), ConvAutoencoderConfig.defaults().withTraining(1, 1e-3),
        TrainingContext.seeded(1));
    PreparedData data = images(n, 3);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      model.score(data);
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "scoring %d images: %.0f images/s (%d CPUs)%n", n, n / s,
          Runtime.getRuntime().availableProcessors());
    }
  }

  private static void memory(int trainings) {
    ConvAutoencoderDetector detector = new ConvAutoencoderDetector();
    PreparedData data = images(500, 4);
    for (int i = 1; i <= trainings; i++) {
      var model = detector.train(data, ConvAutoencoderConfig.defaults().withTraining(2, 1e-3),
          TrainingContext.seeded(i));
      model.score(data);
      System.gc();
      Runtime rt = Runtime.getRuntime();
      java.lang.management.BufferPoolMXBean direct = java.lang.management.ManagementFactory
          .getPlatformMXBeans(java.lang.management.BufferPoolMXBean.class).stream()
          .filter(p -> p.getName().equals("direct")).findFirst().orElseThrow();
      System.out.printf(Locale.ROOT, "training %d: RSS %d MB (Java heap committed %d MB, direct buffers %d MB)%n",
          i, rssMb(), rt.totalMemory() >> 20, direct.getMemoryUsed() >> 20);
    }
  }

  private static long rssMb() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      return -1;
    }
    return -1;
  }
}
