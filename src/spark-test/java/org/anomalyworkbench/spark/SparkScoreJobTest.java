package org.anomalyworkbench.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.ColumnValues;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spark job scores as the desktop does: for every detector kind a model trained and saved by
 * the desktop scores a generated file in {@code local[2]}, split into many partitions (so the
 * job's chunks start at other rows than the desktop's 50,000-row chunks), and every row's score
 * must equal the desktop's {@code ModelScorer} score bit for bit, with the same flag and the same
 * top features.
 */
class SparkScoreJobTest {
  private static final int NEW_ROWS = 60_000;

  @TempDir
  static Path dir;
  private static SparkSession spark;
  private static Path training;
  private static Path fresh;

  @BeforeAll
  static void start() throws IOException {
    NativeEnvironment.prepare();
    spark = SparkSession.builder().master("local[2]").appName("SparkScoreJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        // Many small partitions: chunk boundaries then differ from the desktop's.
        .config("spark.sql.files.maxPartitionBytes", String.valueOf(512 * 1024))
        .getOrCreate();
    training = dir.resolve("training.csv");
    fresh = dir.resolve("new.csv");
    writeTable(training, 2_000, 1);
    writeTable(fresh, NEW_ROWS, 2);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static Stream<Arguments> rowDetectors() {
    Map<String, String> quick = Map.of("epochs", "2", "minSteps", "0");
    return Stream.of(
        Arguments.of("zscore", Map.of()),
        Arguments.of("mad", Map.of()),
        Arguments.of("isolation-forest", Map.of()),
        Arguments.of("knn", Map.of()),
        Arguments.of("lof", Map.of()),
        Arguments.of("density", Map.of()),
        Arguments.of("autoencoder", quick),
        Arguments.of("vae", quick),
        Arguments.of("latent-knn", quick),
        Arguments.of("gan", quick),
        // DL4J's own network (MultiLayerNetwork.output): its sgemm takes another float summation
        // order for a row depending on where the row falls in the batch (OpenBLAS's edge tiles), so a
        // row in a chunk of another size can differ in the last float bit. Measured: 18 of 60,000
        // rows, one float ulp (3e-8) each.
        Arguments.of("classifier", Map.of("epochs", "2")),
        Arguments.of("ensemble", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rowDetectors")
  void everyRowScoreEqualsTheDesktopsToTheLastBit(String detector, Map<String, String> parameters) throws Exception {
    Path model = train(detector, parameters, training, PreparationConfig.defaults());
    TrainedModel loaded = ModelStore.load(model);
    ScoredData desktop = ModelScorer.score(loaded, CsvImporter.read(fresh, CsvImportOptions.defaults()),
        CancellationToken.none());
    boolean[] desktopFlags = desktop.flags(loaded.decisionRule(loaded.thresholdValue()));

    Path out = dir.resolve(detector + "-scored");
    ScoreJob.Result result = ScoreJob.run(spark, options(model, fresh, out, List.of()));

    assertTrue(spark.read().option("header", "true").csv(fresh.toString()).rdd().getNumPartitions() > 4,
        "the input must reach the job in several partitions");
    assertEquals(NEW_ROWS, result.rows());
    int flagged = 0;
    for (boolean f : desktopFlags) {
      flagged += f ? 1 : 0;
    }
    assertEquals(flagged, result.flagged());
    assertSameAsDesktop(desktop, desktopFlags, loaded.thresholdValue(), out, "id",
        detector.equals("classifier") ? 1e-6 : 0);
  }

  @Test
  void aModelOfASeriesScoresTheWholeSeriesInTimeOrderAsTheDesktopDoes() throws Exception {
    Path series = dir.resolve("series.csv");
    writeSeries(series, 3_000, 3, null);
    Path model = train("lstm", Map.of("window", "24", "warmUp", "8", "hidden", "8", "epochs", "1"), series,
        PreparationConfig.defaults());
    TrainedModel loaded = ModelStore.load(model);
    ScoredData desktop = ModelScorer.score(loaded, CsvImporter.read(series, CsvImportOptions.defaults()),
        CancellationToken.none());
    Path out = dir.resolve("lstm-scored");
    ScoreJob.Result result = ScoreJob.run(spark, options(model, series, out, List.of()));
    assertEquals(3_000, result.rows());
    double threshold = loaded.thresholdValue();
    assertSameAsDesktop(desktop, desktop.flags(loaded.decisionRule(threshold)), threshold, out, "point_id", 0);
  }

  @Test
  void eachSeriesKeyIsScoredAsItsOwnSeries() throws Exception {
    // Windows of 16 points read by a detector of rows: a point's score depends on its neighbours,
    // so mixing the two hosts' points would change the scores.
    Path one = dir.resolve("host-a.csv");
    Path two = dir.resolve("host-b.csv");
    Path both = dir.resolve("hosts.csv");
    writeSeries(one, 1_500, 4, "a");
    writeSeries(two, 1_200, 5, "b");
    List<String> a = Files.readAllLines(one);
    List<String> b = Files.readAllLines(two);
    Files.write(both, Stream.concat(a.stream(), b.stream().skip(1)).toList());
    Path model = train("zscore", Map.of(), one, PreparationConfig.defaults().withWindow(16));
    TrainedModel loaded = ModelStore.load(model);

    Path out = dir.resolve("hosts-scored");
    ScoreJob.Result result = ScoreJob.run(spark, options(model, both, out, List.of("host")));
    assertEquals(2_700, result.rows());
    for (Path host : List.of(one, two)) {
      ScoredData desktop = ModelScorer.score(loaded, CsvImporter.read(host, CsvImportOptions.defaults()),
          CancellationToken.none());
      String name = host.getFileName().toString().substring(5, 6);
      double threshold = loaded.thresholdValue();
      assertSameAsDesktop(desktop, desktop.flags(loaded.decisionRule(threshold)), threshold, out, "point_id", 0,
          "host = '" + name + "'");
    }
  }

  @Test
  void aThresholdPolicyIsResolvedOnTheModelsTrainingScores() throws Exception {
    Path model = train("isolation-forest", Map.of(), training, PreparationConfig.defaults());
    TrainedModel loaded = ModelStore.load(model);
    double expected = ThresholdPolicy.parse("contamination:0.2").resolve(
        new org.anomalyworkbench.core.scoring.ThresholdContext(loaded.trainingScores(), loaded.trainingScores(),
            null, null));
    Path out = dir.resolve("top20-scored");
    ScoreJobOptions o = options(model, fresh, out, List.of());
    ScoreJob.Result result = ScoreJob.run(spark, new ScoreJobOptions(o.model(), o.input(), o.inputFormat(),
        o.output(), "csv", 0, "contamination:0.2", List.of(), null));
    assertEquals(expected, result.threshold());
    long flaggedInFile = spark.read().option("header", "true").csv(out.toString())
        .filter("flagged = 'true'").count();
    assertEquals(result.flagged(), flaggedInFile);
    // New rows are drawn like the training rows: about a fifth pass a training top-20% threshold.
    assertEquals(0.2, result.flagged() / (double) NEW_ROWS, 0.03);

    IllegalArgumentException bestF1 = assertThrows(IllegalArgumentException.class,
        () -> ScoreJob.threshold(loaded, "best-f1"));
    assertTrue(bestF1.getMessage().contains("does not collect scores"), bestF1.getMessage());
  }

  @Test
  void aMissingColumnOrAnUnreadableCellStopsWithTheColumnsName() throws Exception {
    Path model = train("zscore", Map.of(), training, PreparationConfig.defaults());
    Path partial = dir.resolve("partial.csv");
    Files.write(partial, List.of("id,x1,x2,cat", "1,0.5,0.1,a"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ScoreJob.run(spark, options(model, partial, dir.resolve("partial-out"), List.of())));
    assertTrue(missing.getMessage().contains("no column x3"), missing.getMessage());

    Path semicolons = dir.resolve("semicolons.csv");
    Files.write(semicolons, List.of("id;x1;x2;x3;x4;cat", "1;0,5;0,1;0,2;2;a"));
    IllegalArgumentException separated = assertThrows(IllegalArgumentException.class,
        () -> ScoreJob.run(spark, options(model, semicolons, dir.resolve("semicolons-out"), List.of())));
    assertTrue(separated.getMessage().contains("looks separated by semicolons"), separated.getMessage());

    Path odd = dir.resolve("odd.csv");
    Files.write(odd, List.of("id,x1,x2,x3,x4,cat,label", "1,0.5,0.1,oops,2,a,0"));
    Exception bad = assertThrows(Exception.class,
        () -> ScoreJob.run(spark, options(model, odd, dir.resolve("odd-out"), List.of())));
    String message = ScoreJob.userMessage(bad);
    assertTrue(message.contains("Column 'x3'") && message.contains("'oops' is not a number"), message);
  }

  private static ScoreJobOptions options(Path model, Path input, Path out, List<String> keys) {
    return new ScoreJobOptions(model.toString(), input.toString(), "csv", out.toString(), "parquet", 3, null, keys,
        null);
  }

  private static Path train(String detector, Map<String, String> parameters, Path data, PreparationConfig prep) {
    Dataset dataset = CsvImporter.read(data, CsvImportOptions.defaults());
    TrainingRequest request = new TrainingRequest(detector, parameters, prep, 7,
        ThresholdPolicy.parse("contamination:0.05"));
    TrainedModel model = TrainingPipeline.train(dataset, request, TrainingListener.NONE, CancellationToken.none())
        .model();
    Path file = dir.resolve(detector + "-" + System.nanoTime() + ".awm");
    try {
      ModelStore.save(model, file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return file;
  }

  /**
   * The job's output, matched to the desktop's rows by {@code idColumn}: scores bit for bit, or
   * with {@code tolerance > 0} within that relative difference (then on fewer than 1% of the rows;
   * a row whose score differs carries its own flag, which must follow from its score and {@code threshold}).
   */
  private static void assertSameAsDesktop(ScoredData desktop, boolean[] flags, double threshold, Path out,
      String idColumn, double tolerance, String... filter) {
    var rows = spark.read().parquet(out.toString());
    if (filter.length > 0) {
      rows = rows.filter(filter[0]);
    }
    Map<String, Row> byId = new HashMap<>();
    for (Row r : rows.select(idColumn, "score", "flagged", "top_features").collectAsList()) {
      byId.put(r.getString(0), r);
    }
    assertEquals(desktop.rows(), byId.size());
    var ids = desktop.dataset().table().column(idColumn);
    int differ = 0;
    int inexact = 0;
    String first = null;
    for (int i = 0; i < desktop.rows(); i++) {
      Row r = byId.get(ColumnValues.text(ids, i));
      double expected = desktop.scores().value(i);
      double actual = r.getDouble(1);
      boolean sameBits = Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual);
      boolean close = !sameBits && tolerance > 0
          && Math.abs(expected - actual) <= tolerance * Math.max(1, Math.abs(expected));
      inexact += close ? 1 : 0;
      if (!(sameBits || close)
          || (sameBits && flags[i] != r.getBoolean(2))
          || (close && r.getBoolean(2) != (actual >= threshold))
          || (sameBits && !FlaggedRecordsWriter.topFeatures(desktop.scores(), i, 3).equals(r.getString(3)))) {
        differ++;
        if (first == null) {
          first = "row " + (i + 1) + ": desktop " + expected + " " + flags[i] + " "
              + FlaggedRecordsWriter.topFeatures(desktop.scores(), i, 3) + ", spark " + r;
        }
      }
    }
    assertEquals(0, differ, differ + " rows differ; first: " + first);
    assertTrue(inexact < desktop.rows() / 100, inexact + " rows within " + tolerance + " only");
  }

  /** Four numeric features (a few missing as NA), a category, a label; a few rows far out. */
  private static void writeTable(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("id,x1,x2,x3,x4,cat,label\n");
      for (int i = 0; i < rows; i++) {
        boolean anomaly = random.nextDouble() < 0.03;
        double shift = anomaly ? 4 : 0;
        double x1 = random.nextGaussian() + shift;
        double x2 = 0.5 * x1 + random.nextGaussian();
        String x2Text = random.nextDouble() < 0.01 ? "NA" : String.format(Locale.ROOT, "%.6f", x2);
        double x3 = random.nextGaussian() * 10 + 100 - 3 * shift;
        double x4 = Math.exp(random.nextGaussian() * 0.5);
        String cat = anomaly && random.nextBoolean() ? "c" : random.nextDouble() < 0.7 ? "a" : "b";
        w.write(String.format(Locale.ROOT, "%d,%.6f,%s,%.4f,%s,%s,%d%n", i + 1, x1, x2Text, x3,
            Double.toString(x4), cat, anomaly ? 1 : 0));
      }
    }
  }

  /** A daily-cycle series every 5 minutes with a few spikes; {@code host} adds a key column. */
  private static void writeSeries(Path file, int points, long seed, String host) throws IOException {
    Random random = new Random(seed);
    LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write((host == null ? "" : "host,") + "point_id,timestamp,cpu,mem\n");
      for (int p = 0; p < points; p++) {
        double cycle = Math.sin(2 * Math.PI * p / 288.0);
        double spike = random.nextDouble() < 0.005 ? 5 : 0;
        w.write(String.format(Locale.ROOT, "%s%d,%s,%.5f,%.5f%n", host == null ? "" : host + ",", p + 1,
            t0.plusMinutes(5L * p).toString().replace('T', ' ') + ":00", cycle + 0.1 * random.nextGaussian() + spike,
            0.5 * cycle + 0.1 * random.nextGaussian()));
      }
    }
  }
}
