package org.anomalyworkbench.core.model;

import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.data.prep.Scaling;
import org.anomalyworkbench.core.detector.Scores;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11, item 3: values near 1e300 never become NaN or infinite scores. */
class HostileScoresTest {
  private static final Map<String, String> QUICK = Map.of("epochs", "2", "minSteps", "0");

  @TempDir
  Path dir;

  /** 300 rows; f3 is around 1e300, and row 300 (when {@code outlier}) has f3 = 1.7e308. */
  private Dataset data(String name, boolean outlier) throws Exception {
    StringBuilder sb = new StringBuilder("f1,f2,f3\n");
    for (int i = 0; i < 300; i++) {
      double f3 = outlier && i == 299 ? 1.7e308 : (1 + 0.1 * Math.sin(i)) * 1e300;
      sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%s%n", Math.sin(i * 0.7), Math.cos(i * 1.3), f3));
    }
    Path file = Files.writeString(dir.resolve(name), sb);
    return CsvImporter.read(file, CsvImportOptions.defaults());
  }

  private static TrainingPipeline.TrainingResult train(Dataset d, String detector, Scaling scaling) {
    TrainingRequest request = new TrainingRequest(detector, detector.equals("autoencoder") ? QUICK : Map.of(),
        PreparationConfig.defaults().withScaling(scaling), 7, ThresholdPolicy.parse("contamination:0.05"));
    return TrainingPipeline.train(d, request, TrainingListener.NONE, CancellationToken.none());
  }

  @Test
  void theAutoencoderOnValuesNear1e300GivesFiniteScoresAndFlagsTheContaminationShare() throws Exception {
    var result = train(data("huge.csv", false), "autoencoder", Scaling.STANDARD);
    Scores s = result.scored().scores();
    assertTrue(Arrays.stream(s.values()).allMatch(Double::isFinite), "scores finite");
    double t = result.model().resolveThreshold(result.scored());
    assertEquals(15, result.scored().sorted().countAtOrAbove(t), "5% flagged, not 100%");
  }

  @Test
  void anExtremeValueInTheTrainingDataIsStillFiniteAndRanksFirst() throws Exception {
    var result = train(data("outlier.csv", true), "zscore", Scaling.STANDARD);
    assertTrue(Arrays.stream(result.scored().scores().values()).allMatch(Double::isFinite));
    assertEquals(299, result.scored().sorted().descendingRows()[0]);
  }

  @Test
  void unscaledValuesBeyondFloatRangeAreRefusedNamingTheColumnAndRow() throws Exception {
    DataImportException e = assertThrows(DataImportException.class,
        () -> train(data("huge.csv", false), "isolation-forest", Scaling.NONE));
    assertTrue(e.getMessage().startsWith("huge.csv, column 'f3': data row 1 has the value 1.00000e+300; with none "
        + "scaling that is beyond what the 32-bit float detectors can hold"), e.getMessage());
    assertTrue(e.getMessage().contains("--scaling standard"), e.getMessage());
  }

  @Test
  void scoringNewDataWithAHugeValueClampsItInsteadOfOverflowing() throws Exception {
    var result = train(data("huge.csv", false), "zscore", Scaling.STANDARD);
    ScoredData scored = ModelScorer.score(result.model(), data("new.csv", true), CancellationToken.none());
    assertTrue(Arrays.stream(scored.scores().values()).allMatch(Double::isFinite));
    assertEquals(299, scored.sorted().descendingRows()[0], "the huge value is the most anomalous row");
  }

  @Test
  void nonFiniteScoresOrContributionsNameTheDetectorRowAndFeature() {
    Scores nan = new Scores(new double[] {1, 2}, new float[] {1, 0, Float.NaN, 1}, List.of("a", "b"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> nan.requireFinite("vae"));
    assertTrue(e.getMessage().startsWith("The vae detector produced a contribution of a of NaN for row 2"),
        e.getMessage());
    Scores inf = new Scores(new double[] {Double.NEGATIVE_INFINITY}, new float[] {0}, List.of("a"));
    assertTrue(assertThrows(IllegalStateException.class, () -> inf.requireFinite("zscore")).getMessage()
        .startsWith("The zscore detector produced a score of -Infinity for row 1"));
  }
}
