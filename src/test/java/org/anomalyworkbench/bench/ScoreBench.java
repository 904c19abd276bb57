package org.anomalyworkbench.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.core.compute.ComputeBackend;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.detector.TrainedDetector;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/**
 * Scoring throughput of a trained detector on 1M prepared rows (not a test; run by hand or
 * through {@code src/bench/alternate.sh score}). Trains the detector briefly on the 100k x 30
 * benchmark file through {@link TrainingPipeline} (the weights do not matter for speed), tiles
 * the prepared rows to {@code --rows}, then times {@link TrainedDetector#score} as the
 * pipeline calls it (all rows in one call; the detector chunks internally). Meant to run
 * under {@code -Xmx2g}: the VAE must score 1M rows within that heap.
 *
 * <p>Usage: {@code ScoreBench [--detector autoencoder|vae] [--rows 1000000] [--runs 3]
 * [--data file] [-p name=value ...]}. Last line: {@code RESULT first=<rows/s> steady=<rows/s>}.
 */
public final class ScoreBench {
  private ScoreBench() {
  }

  public static void main(String[] args) throws Exception {
    NativeEnvironment.prepare();
    String detector = BenchSupport.option(args, "detector", "autoencoder");
    int rows = Integer.parseInt(BenchSupport.option(args, "rows", "1000000"));
    int runs = Integer.parseInt(BenchSupport.option(args, "runs", "3"));
    Path file = BenchSupport.ensureTrainFile(Path.of(BenchSupport.option(args, "data",
        BenchSupport.defaultTrainFile().toString())));
    Map<String, String> params = new HashMap<>(Map.of("epochs", "1", "batchSize", "256"));
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-p")) {
        String[] kv = args[i + 1].split("=", 2);
        params.put(kv[0], kv[1]);
      }
    }
    System.out.println("backend " + ComputeBackend.warmUp().get().summary() + "; max heap "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
    Dataset data = CsvImporter.read(file, CsvImportOptions.defaults());
    TrainingRequestsForScoring req = new TrainingRequestsForScoring(detector, params);
    TrainedModel model = TrainingPipeline.train(data, req.request(), TrainingListener.NONE,
        new CancellationToken()).model();
    TrainedDetector trained = model.detector();
    PreparedData big = tile(model.preparation().transform(data), rows);
    System.out.printf(Locale.ROOT, "%s %s trained; scoring %d x %d rows; RSS %d MB%n", detector, model.config(),
        big.rows(), big.columns(), BenchSupport.rssMb());
    double[] rates = new double[runs];
    for (int run = 0; run < runs; run++) {
      long t = System.nanoTime();
      Scores s = trained.score(big);
      double sec = (System.nanoTime() - t) / 1e9;
      rates[run] = big.rows() / sec;
      System.out.printf(Locale.ROOT, "run %d: %.2f s  %.0f rows/s  (%d scores, first %.5f)  RSS %d MB  heap %d MB%n",
          run + 1, sec, rates[run], s.values().length, s.values()[0], BenchSupport.rssMb(), BenchSupport.heapMb());
    }
    double steady = runs > 1 ? BenchSupport.median(java.util.Arrays.copyOfRange(rates, 1, runs)) : Double.NaN;
    System.out.printf(Locale.ROOT, "peak RSS %d MB%n", BenchSupport.peakRssMb());
    System.out.printf(Locale.ROOT, "RESULT first=%.0f steady=%.0f%n", rates[0], steady);
  }

  /** {@code rows} rows made of copies of {@code base}'s rows, without labels. */
  static PreparedData tile(PreparedData base, int rows) {
    int d = base.columns();
    float[] out = new float[Math.multiplyExact(rows, d)];
    float[] src = base.values();
    for (int r = 0; r < rows; r += base.rows()) {
      int n = Math.min(base.rows(), rows - r);
      System.arraycopy(src, 0, out, r * d, n * d);
    }
    return new PreparedData(out, base.featureNames(), null);
  }

  /** A short, seeded training request for {@code detector} with all rows, no validation. */
  private record TrainingRequestsForScoring(String detector, Map<String, String> params) {
    org.anomalyworkbench.core.pipeline.TrainingRequest request() {
      var prep = org.anomalyworkbench.core.data.prep.PreparationConfig.defaults().withValidationFraction(0);
      return new org.anomalyworkbench.core.pipeline.TrainingRequest(detector, params, prep, 7,
          new org.anomalyworkbench.core.scoring.ThresholdPolicy.Contamination(0.05));
    }
  }
}
