package org.anomalyworkbench.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one {@link ScoreJob} run does, read from its command line (the arguments after the jar in
 * {@code spark-submit}).
 *
 * @param model the saved model ({@code .awm}); a local path or any path Hadoop reads (hdfs:, s3a:)
 * @param input the data: a file or folder Spark reads
 * @param inputFormat {@code csv} or {@code parquet}
 * @param output the folder to write (must not exist)
 * @param outputFormat {@code parquet} or {@code csv}
 * @param topFeatures contributing features listed per row (0 = none)
 * @param threshold a policy to flag with instead of the saved threshold, resolved on the model's
 *     training scores; null for the saved number
 * @param seriesKeys for a model of a series: the columns that tell one series from another (each
 *     key's rows are one series); empty when the whole input is one series
 * @param master the Spark master when the job starts its own session (the CLI's {@code --spark}),
 *     null under {@code spark-submit}, which sets it
 */
public record ScoreJobOptions(String model, String input, String inputFormat, String output, String outputFormat,
    int topFeatures, String threshold, List<String> seriesKeys, String master) implements Serializable {

  /** How to call the job, printed for a bad command line. */
  public static final String USAGE = String.join("\n",
      "Usage: ScoreJob --model FILE.awm --data PATH --out FOLDER [options]",
      "  --model FILE          model saved by Anomaly Workbench (local, hdfs:, s3a: ...)",
      "  --data PATH           CSV file(s) with a header row, or Parquet",
      "  --out FOLDER          where to write the scored rows (must not exist)",
      "  --input-format F      csv or parquet (default: from the path's extension, else parquet)",
      "  --output-format F     parquet (default) or csv",
      "  --top-features N      contributing features listed per row (default 3)",
      "  --threshold POLICY    e.g. fixed:0.8, contamination:0.05 or sd:3, resolved on the model's",
      "                        training scores (default: the threshold saved with the model)",
      "  --series-key COLS     for a model of a series: columns naming each series (comma-separated)",
      "  --master URL          start a Spark session on this master, e.g. local[2] (not with spark-submit)");

  public ScoreJobOptions {
    seriesKeys = List.copyOf(seriesKeys);
    if (model == null || input == null || output == null) {
      throw new IllegalArgumentException("--model, --data and --out are required.\n" + USAGE);
    }
    if (!inputFormat.equals("csv") && !inputFormat.equals("parquet")) {
      throw new IllegalArgumentException("--input-format must be csv or parquet, not '" + inputFormat + "'.");
    }
    if (!outputFormat.equals("csv") && !outputFormat.equals("parquet")) {
      throw new IllegalArgumentException("--output-format must be csv or parquet, not '" + outputFormat + "'.");
    }
    if (topFeatures < 0) {
      throw new IllegalArgumentException("--top-features must be 0 or more, not " + topFeatures + ".");
    }
  }

  /**
   * Reads {@code args}.
   *
   * @throws IllegalArgumentException naming the wrong or missing option, with the usage
   */
  public static ScoreJobOptions parse(String[] args) {
    String model = null;
    String input = null;
    String output = null;
    String inputFormat = null;
    String outputFormat = "parquet";
    int top = 3;
    String threshold = null;
    List<String> keys = new ArrayList<>();
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value.\n" + USAGE);
      }
      String value = args[++i];
      switch (name) {
        case "--model" -> model = value;
        case "--data" -> input = value;
        case "--out" -> output = value;
        case "--input-format" -> inputFormat = value.toLowerCase(Locale.ROOT);
        case "--output-format" -> outputFormat = value.toLowerCase(Locale.ROOT);
        case "--top-features" -> top = parseCount(value);
        case "--threshold" -> threshold = value;
        case "--series-key" -> keys.addAll(List.of(value.split(",")));
        case "--master" -> master = value;
        default -> throw new IllegalArgumentException("Unknown option '" + name + "'.\n" + USAGE);
      }
    }
    if (inputFormat == null && input != null) {
      inputFormat = formatOf(input);
    }
    return new ScoreJobOptions(model, input, inputFormat == null ? "parquet" : inputFormat, output, outputFormat,
        top, threshold, keys.stream().map(String::strip).filter(k -> !k.isEmpty()).toList(), master);
  }

  /** The format a path names by its extension: csv/tsv/txt read as CSV, anything else as Parquet. */
  static String formatOf(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.endsWith(".csv") || p.endsWith(".csv.gz") || p.endsWith(".txt") ? "csv" : "parquet";
  }

  private static int parseCount(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--top-features must be a whole number, not '" + value + "'.");
    }
  }

  /** The same options with another master (the CLI starts its own session). */
  public ScoreJobOptions withMaster(String newMaster) {
    return new ScoreJobOptions(model, input, inputFormat, output, outputFormat, topFeatures, threshold, seriesKeys,
        newMaster);
  }
}
