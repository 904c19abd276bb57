package org.anomalyworkbench.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.compute.NativeEnvironment;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.scoring.ThresholdContext;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Scores data larger than one machine on Apache Spark with a model saved by the desktop: reads CSV
 * or Parquet, applies the model's preparation, detector and threshold partition by partition
 * ({@link PartitionScorer}), and writes the input columns plus {@code score}, {@code flagged} and
 * {@code top_features} as Parquet or CSV, one output file per input partition. There is no global
 * {@code rank}: that needs a full sort of every score.
 *
 * <p>The threshold is the number saved with the model, or {@code --threshold} resolved on the
 * model's training scores (top %, mean + k·sd): never on scores collected to the driver. A model of
 * a series scores each series whole (each {@code --series-key} value, or the whole input in
 * input order); a model of images is refused (it reads folders of image files, not tables).
 *
 * <p>Run with {@code spark-submit --class org.anomalyworkbench.spark.ScoreJob
 * anomaly-workbench-spark-job.jar --model m.awm --data in.csv --out scored/} (see README).
 */
public final class ScoreJob {
  private ScoreJob() {
  }

  /**
   * What a run did, for the log and the CLI.
   *
   * @param rows rows scored
   * @param flagged rows flagged
   * @param seconds wall time of reading, scoring and writing
   * @param detectorId the model's detector
   * @param thresholdOrigin where the threshold came from
   * @param threshold the number scores were compared with
   */
  public record Result(long rows, long flagged, double seconds, String detectorId, String thresholdOrigin,
      double threshold) {

    /** One line for people. */
    public String describe() {
      return String.format(Locale.ROOT, "Scored %,d rows in %.2f s (%,.0f rows/s) with %s; flagged %,d (score >= %s, %s)",
          rows, seconds, rows / Math.max(seconds, 1e-9), detectorId, flagged, threshold, thresholdOrigin);
    }
  }

  /** Entry point for {@code spark-submit}; exit code 2 for a bad command line, 1 for a failed job. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Reads {@code args} ({@link ScoreJobOptions#USAGE}) and runs the job; the CLI's
   * {@code score --spark} calls this.
   *
   * @return 0 on success, 1 when the job failed, 2 for a bad command line
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ScoreJobOptions options;
    try {
      options = ScoreJobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    return runAndReport(options, out, err);
  }

  /**
   * Runs the job in a session of its own ({@code options.master()}, or the one spark-submit set)
   * and prints the summary or the reason it failed.
   *
   * @return 0 on success, 1 when the job failed
   */
  public static int runAndReport(ScoreJobOptions options, PrintStream out, PrintStream err) {
    NativeEnvironment.prepare();
    // Under spark-submit Spark's log4j is in charge; started here (local runs) with slf4j-simple,
    // Spark's INFO lines would bury the summary.
    if (options.master() != null && System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("Anomaly Workbench score");
    if (options.master() != null) {
      builder.master(options.master());
      if (options.master().startsWith("local")) {
        // A local run needs no network: keep the driver on the loopback address.
        builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
            .config("spark.ui.enabled", "false");
      }
    }
    SparkSession spark = builder.getOrCreate();
    try {
      out.println(run(spark, options).describe());
      out.println("Wrote " + options.outputFormat() + " to " + options.output());
      return 0;
    } catch (RuntimeException e) {
      err.println("Error: " + userMessage(e));
      return 1;
    } finally {
      if (options.master() != null) {
        spark.stop();
      }
    }
  }

  /** The innermost message a person can act on (Spark wraps executor failures in its own). */
  static String userMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String msg = t.getMessage();
    return msg == null ? t.getClass().getSimpleName() : msg;
  }

  /**
   * Scores {@code options.input()} into {@code options.output()} on {@code spark}.
   *
   * @throws IllegalArgumentException for a model or data the job cannot score, saying why
   */
  public static Result run(SparkSession spark, ScoreJobOptions options) {
    long started = System.nanoTime();
    byte[] file = readModelFile(spark, options.model());
    TrainedModel model = PartitionScorer.rebuild(file); // fails here, once, for a damaged file
    if (model.preparation().imageOptions().isPresent()) {
      throw new IllegalArgumentException("The model was trained on images; the Spark job scores tables (CSV or "
          + "Parquet). Score folders of images with the desktop's 'score' command.");
    }
    double threshold = threshold(model, options.threshold());
    String origin = options.threshold() == null ? model.thresholdOrigin()
        : ThresholdPolicy.parse(options.threshold()).describe() + ", resolved on the model's training scores";

    Dataset<Row> data = read(spark, options);
    boolean series = model.readsSeries();
    List<Integer> keys = new ArrayList<>();
    if (series) {
      data = groupSeries(model, data, options.seriesKeys());
      for (String k : options.seriesKeys()) {
        keys.add(List.of(data.schema().fieldNames()).indexOf(k));
      }
    } else if (!options.seriesKeys().isEmpty()) {
      throw new IllegalArgumentException("--series-key is for models of a series; this " + model.detectorId()
          + " model scores single rows.");
    }
    StructType in = data.schema();
    StructType outSchema = in
        .add(uniqueName(in, "score"), DataTypes.DoubleType, false)
        .add(uniqueName(in, "flagged"), DataTypes.BooleanType, false)
        .add(uniqueName(in, "top_features"), DataTypes.StringType, false);
    // Fail on the driver, before any task starts, when a model column is missing.
    new RowsToDataset(model.schema(), in, series);

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<byte[]> broadcast = jsc.broadcast(file);
    LongAccumulator scored = spark.sparkContext().longAccumulator("scored rows");
    LongAccumulator flagged = spark.sparkContext().longAccumulator("flagged rows");
    PartitionScorer scorer = new PartitionScorer(broadcast, in, threshold, options.topFeatures(), series,
        keys.stream().mapToInt(Integer::intValue).toArray(), scored, flagged);
    Dataset<Row> out = data.mapPartitions(scorer, Encoders.row(outSchema));
    var writer = out.write().mode(SaveMode.ErrorIfExists).format(options.outputFormat());
    if (options.outputFormat().equals("csv")) {
      writer = writer.option("header", "true");
    }
    writer.save(options.output());
    broadcast.destroy();
    return new Result(scored.value(), flagged.value(), (System.nanoTime() - started) / 1e9, model.detectorId(),
        origin, threshold);
  }

  /**
   * The saved threshold, or {@code policy} resolved on the model's training scores: a policy over
   * the scored rows' own distribution would need every score on one machine.
   */
  static double threshold(TrainedModel model, String policyText) {
    if (policyText == null) {
      if (Double.isNaN(model.thresholdValue())) {
        throw new IllegalArgumentException("This model file is older than saved thresholds and its policy ("
            + model.threshold().describe() + ") needs the labels of the scored rows. Give --threshold (e.g. "
            + "contamination:0.05, resolved on the training scores), or save the model again in the desktop.");
      }
      return model.thresholdValue();
    }
    ThresholdPolicy policy = ThresholdPolicy.parse(policyText);
    if (policy instanceof ThresholdPolicy.BestF1) {
      throw new IllegalArgumentException("--threshold best-f1 needs every scored row's label on one machine; the "
          + "Spark job does not collect scores. Use the saved threshold, fixed:N, contamination:F or sd:K.");
    }
    double[] training = model.trainingScores();
    double[] normal = model.normalValidationScores();
    return policy.resolve(new ThresholdContext(training, training, null, normal.length == 0 ? null : normal));
  }

  private static Dataset<Row> read(SparkSession spark, ScoreJobOptions options) {
    if (options.inputFormat().equals("csv")) {
      // Every cell as text, no schema inference (a full extra pass): RowsToDataset reads the
      // model's columns as the desktop's importer does.
      return spark.read().option("header", "true").option("mode", "FAILFAST").csv(options.input());
    }
    return spark.read().parquet(options.input());
  }

  /**
   * A series must reach one task whole: each key's rows in one partition, next to each other, or
   * without a key the whole input in one partition in input order ({@code coalesce} keeps the
   * order of the input's splits; the scorer then orders by the time column as the desktop does).
   */
  private static Dataset<Row> groupSeries(TrainedModel model, Dataset<Row> data, List<String> keys) {
    List<String> names = List.of(data.schema().fieldNames());
    for (String k : keys) {
      if (!names.contains(k)) {
        throw new IllegalArgumentException("--series-key " + k + ": the data has no such column. Columns present: "
            + names + ".");
      }
    }
    if (keys.isEmpty()) {
      return data.coalesce(1);
    }
    boolean hasTime = model.schema().columns().stream().anyMatch(c -> c.role() == ColumnRole.TIME);
    if (!hasTime) {
      throw new IllegalArgumentException("--series-key needs a model trained with a time column: grouping by key "
          + "loses the input order, which is this model's only order.");
    }
    Column[] cols = keys.stream().map(functions::col).toArray(Column[]::new);
    return data.repartition(cols).sortWithinPartitions(cols);
  }

  private static String uniqueName(StructType in, String name) {
    List<String> taken = List.of(in.fieldNames());
    String out = name;
    for (int i = 2; taken.contains(out); i++) {
      out = name + "_" + i;
    }
    return out;
  }

  /** The model file's bytes from any path Hadoop reads (local, hdfs:, s3a: ...). */
  private static byte[] readModelFile(SparkSession spark, String path) {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(p)) {
        return in.readAllBytes();
      }
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalArgumentException("--model " + path + ": no such file. Check the path.", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("--model " + path + " cannot be read (" + e.getMessage() + ").", e);
    }
  }
}
