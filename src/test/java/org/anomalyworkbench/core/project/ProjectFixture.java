package org.anomalyworkbench.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;

/** A small labelled CSV, a project over it and runs trained on it, for project tests. */
final class ProjectFixture {
  private ProjectFixture() {
  }

  /**
   * Writes 400 rows of 4 correlated features, an id and a text column to {@code file}; rows
   * 380.. are off the correlation and labelled 1.
   */
  static Path writeCsv(Path file, long seed) throws IOException {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("id,a,b,c,d,site,label\n");
    for (int i = 0; i < 400; i++) {
      double t = r.nextGaussian();
      boolean anomaly = i >= 380;
      double b = anomaly ? r.nextGaussian() * 2 : 2 * t + 0.1 * r.nextGaussian();
      sb.append(String.format(Locale.ROOT, "%d,%.5f,%.5f,%.5f,%.5f,%s,%d%n", i, t, b, r.nextGaussian(),
          -t + 0.1 * r.nextGaussian(), i % 3 == 0 ? "north" : "south", anomaly ? 1 : 0));
    }
    Files.writeString(file, sb.toString());
    return file;
  }

  static Dataset read(Path csv) {
    return CsvImporter.read(csv, CsvImportOptions.defaults().withRole("site", ColumnRole.IGNORED));
  }

  static TrainingPipeline.TrainingResult train(Dataset data, String detector, Map<String, String> params) {
    return TrainingPipeline.train(data, new TrainingRequest(detector, params, PreparationConfig.defaults(), 3,
        ThresholdPolicy.parse("contamination:0.05")), TrainingListener.NONE, CancellationToken.none());
  }

  /** A project over {@code csv} with a z-score and an isolation-forest run. */
  static Project projectWithTwoRuns(Path csv, Path projectFile, boolean embed) throws IOException {
    Dataset data = read(csv);
    Project p = new Project(ProjectData.describe(data, csv, projectFile, embed, null, null, NonNumericPolicy.STOP),
        data.schema(), PreparationConfig.defaults(), "isolation-forest", Map.of("trees", "50"), null, null);
    var z = train(data, "zscore", Map.of());
    p = p.withRun(Runs.of(p.nextRunId(), z.model(), z.scored()));
    var f = train(data, "isolation-forest", Map.of("trees", "50"));
    p = p.withRun(Runs.of(p.nextRunId(), f.model(), f.scored()));
    return p.withView(new ViewState("run-2", java.util.List.of("run-1", "run-2"), 1.25, "north"));
  }
}
