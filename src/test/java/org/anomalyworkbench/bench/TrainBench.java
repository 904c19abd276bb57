package org.anomalyworkbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.detector.dl4j.NetworkBytes;
import org.anomalyworkbench.core.archive.ModelArchive;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.anomalyworkbench.core.training.TrainingProgress;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Training throughput of the dense autoencoder through {@link TrainingPipeline} (the path the
 * window and the command line use, with a progress listener and a cancellation token), for
 * the side-by-side with PyTorch in {@code src/bench/train_torch.py}. Not a test: run by hand or
 * through {@code src/bench/alternate.sh}.
 *
 * <p>Workload: the seeded 100k x 30 file of {@link BenchSupport#ensureTrainFile}, standard
 * scaling, no validation rows, autoencoder 30-16-8-16-30 (ReLU, linear output, MSE, Adam 1e-3,
 * float32), 5 epochs shuffled each epoch, no early stopping, dropout, L2, noise or clipping.
 *
 * <p>Usage: {@code TrainBench [--data file] [--batch 256] [--epochs 5] [--runs 3]
 * [--parallel 1] [--nd4jThreads N]}. Each run trains {@code --parallel} models at once (seeds differ) and prints
 * the detector's training rows/s (epochs x rows / training time, summed over the models), the
 * whole pipeline's time, RSS and heap after the run. The last line is
 * {@code RESULT first=<rows/s> steady=<rows/s>}, steady being the median of runs 2..N (the app
 * trains again in the same process, with the JIT warm).
 */
public final class TrainBench {
  private TrainBench() {
  }

  public static void main(String[] args) throws Exception {
    // As Launcher.main does, before anything touches ND4J.
    List<String> notes = NativeEnvironment.prepare();
    Path file = BenchSupport.ensureTrainFile(Path.of(BenchSupport.option(args, "data",
        BenchSupport.defaultTrainFile().toString())));
    int batch = Integer.parseInt(BenchSupport.option(args, "batch", "256"));
    int epochs = Integer.parseInt(BenchSupport.option(args, "epochs", "5"));
    int runs = Integer.parseInt(BenchSupport.option(args, "runs", "3"));
    int parallel = Integer.parseInt(BenchSupport.option(args, "parallel", "1"));

    // The app loads ND4J in the background at start-up (ComputeBackend.warmUp): not part of a training.
    long t0 = System.nanoTime();
    String backend = ComputeBackend.warmUp().get().summary();
    String nd4jThreads = BenchSupport.option(args, "nd4jThreads", null);
    if (nd4jThreads != null) { // experiment: ND4J's own thread settings instead of OMP_NUM_THREADS
      org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxMasterThreads(Integer.parseInt(nd4jThreads));
      org.nd4j.linalg.factory.Nd4j.getEnvironment().setMaxThreads(Integer.parseInt(nd4jThreads));
    }
    System.out.printf(Locale.ROOT, "ND4J threads: master %d, max %d; OMP_NUM_THREADS=%s%n",
        org.nd4j.linalg.factory.Nd4j.getEnvironment().maxMasterThreads(),
        org.nd4j.linalg.factory.Nd4j.getEnvironment().maxThreads(), NativeEnvironment.nativeGetenv("OMP_NUM_THREADS"));
    System.out.printf(Locale.ROOT, "backend %s (loaded in %.2f s); native settings: %s%n", backend,
        (System.nanoTime() - t0) / 1e9, String.join("; ", notes));
    Dataset data = CsvImporter.read(file, CsvImportOptions.defaults());
    System.out.printf(Locale.ROOT, "data %s: %d rows x %d features; batch %d, %d epochs, %d model(s) at once%n",
        file, data.rows(), data.schema().features().size(), batch, epochs, parallel);

    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    double[] rates = new double[runs];
    for (int run = 0; run < runs; run++) {
      List<Future<Run>> futures = new ArrayList<>();
      long start = System.nanoTime();
      for (int m = 0; m < parallel; m++) {
        long seed = 1000L * run + m;
        futures.add(pool.submit(() -> trainOnce(data, request(batch, epochs, seed))));
      }
      double trainSeconds = 0;
      long rowsTrained = 0;
      StringBuilder losses = new StringBuilder();
      for (Future<Run> f : futures) {
        Run r = f.get();
        if (run == 0 && f == futures.get(0)) {
          System.out.println("architecture " + architecture(r.detector()));
        }
        trainSeconds = Math.max(trainSeconds, r.trainSeconds());
        rowsTrained += r.rows();
        losses.append(String.format(Locale.ROOT, " %.4f", r.lastLoss()));
      }
      double wall = (System.nanoTime() - start) / 1e9;
      // Rows/s over the longest model's training time: all models ran during it.
      rates[run] = rowsTrained / trainSeconds;
      System.out.printf(Locale.ROOT, "run %d: train %.2f s  %.0f rows/s  (pipeline %.2f s)  last loss%s  "
          + "RSS %d MB  heap %d MB%n", run + 1, trainSeconds, rates[run], wall, losses, BenchSupport.rssMb(),
          BenchSupport.heapMb());
    }
    pool.shutdown();
    double steady = runs > 1 ? BenchSupport.median(java.util.Arrays.copyOfRange(rates, 1, runs)) : Double.NaN;
    System.out.printf(Locale.ROOT, "peak RSS %d MB%n", BenchSupport.peakRssMb());
    System.out.printf(Locale.ROOT, "RESULT first=%.0f steady=%.0f%n", rates[0], steady);
  }

  /**
   * The layer sizes and activations of the trained network, read back from what the model
   * saves, e.g. {@code 30-16-8-16-30 (relu,relu,relu,identity)}: proof that the workload is the
   * one the PyTorch side trains.
   */
  static String architecture(TrainedDetector detector) throws java.io.IOException {
    ModelArchive.Writer w = new ModelArchive.Writer();
    detector.save(w);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    w.writeTo(bytes);
    ModelArchive.Reader r = ModelArchive.Reader.from(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    String entry = r.names().stream().filter(n -> n.contains("network")).findFirst().orElseThrow();
    MultiLayerNetwork net = NetworkBytes.read(r.bytes(entry), entry);
    StringBuilder sizes = new StringBuilder();
    StringBuilder acts = new StringBuilder();
    for (var layer : net.getLayerWiseConfigurations().getConfs()) {
      FeedForwardLayer ff = (FeedForwardLayer) layer.getLayer();
      if (sizes.length() == 0) {
        sizes.append(ff.getNIn());
      }
      sizes.append('-').append(ff.getNOut());
      acts.append(acts.length() == 0 ? "" : ",").append(ff.getActivationFn());
    }
    return sizes + " (" + acts + "), updater " + net.getLayerWiseConfigurations().getConf(0).getLayer()
        .getUpdaterByParam("W") + ", " + net.numParams() + " parameters, " + net.params().dataType();
  }

  static TrainingRequest request(int batch, int epochs, long seed) {
    Map<String, String> params = Map.ofEntries(
        Map.entry("hiddenLayers", "16,8"),
        Map.entry("activation", "relu"),
        Map.entry("epochs", Integer.toString(epochs)),
        Map.entry("minSteps", "0"),
        Map.entry("batchSize", Integer.toString(batch)),
        Map.entry("learningRate", "0.001"),
        Map.entry("dropout", "0"),
        Map.entry("l2", "0"),
        Map.entry("inputNoise", "0"),
        Map.entry("inputClip", "0"),
        Map.entry("patience", "0"),
        Map.entry("maxTrainingRows", "100000000"));
    PreparationConfig prep = PreparationConfig.defaults().withValidationFraction(0).withSeed(seed);
    return new TrainingRequest("autoencoder", params, prep, seed, new ThresholdPolicy.Contamination(0.05));
  }

  /** One training's training-only seconds, rows trained (epochs x rows) and last batch loss. */
  record Run(double trainSeconds, long rows, double lastLoss, TrainedDetector detector) {
  }

  static Run trainOnce(Dataset data, TrainingRequest request) {
    AtomicLong events = new AtomicLong();
    double[] lastLoss = {Double.NaN};
    // Like the app's listener: cheap, on the training thread, one event per batch.
    TrainingListener listener = new TrainingListener() {
      @Override
      public void onProgress(TrainingProgress p) {
        events.incrementAndGet();
        lastLoss[0] = p.trainLoss();
      }
    };
    TrainingPipeline.TrainingResult result = TrainingPipeline.train(data, request, listener, new CancellationToken());
    var provenance = result.model().provenance();
    int epochs = Integer.parseInt(result.model().config().get("epochs"));
    return new Run(provenance.trainingMillis() / 1e3, (long) provenance.rows() * epochs, lastLoss[0],
        result.model().detector());
  }
}
