package org.anomalyworkbench.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.PreparedData;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.prep.PreparationConfig;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.pipeline.TrainingPipeline;
import org.anomalyworkbench.core.pipeline.TrainingRequest;
import org.anomalyworkbench.core.report.FlaggedRecordsWriter;
import org.anomalyworkbench.core.scoring.ThresholdPolicy;
import org.anomalyworkbench.core.training.CancellationToken;
import org.anomalyworkbench.core.training.TrainingListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported Shapley columns are what {@link RowExplainer} gives for the same row, for flagged rows only. */
class ShapleyColumnsTest {
  private static final RowExplainer.Budget BUDGET = new RowExplainer.Budget(12, 64);

  @TempDir
  Path dir;
  TrainingPipeline.TrainingResult trained;
  boolean[] flags;
  double threshold;

  /** Three numbers with a gap, a category (one-hot: one group) and a label; row 5 is odd in x. */
  @BeforeEach
  void train() throws Exception {
    Random random = new Random(9);
    List<String> lines = new ArrayList<>(List.of("x,w,z,colour,label"));
    String[] colours = {"red", "green", "blue"};
    for (int i = 0; i < 200; i++) {
      double x = i == 5 ? 8 : random.nextGaussian();
      String w = i % 17 == 3 ? "" : String.format(Locale.ROOT, "%.4f", random.nextGaussian());
      lines.add(String.format(Locale.ROOT, "%.4f,%s,%.4f,%s,%d", x, w, random.nextGaussian(),
          colours[random.nextInt(3)], i == 5 || i == 9 ? 1 : 0));
    }
    Dataset data = CsvImporter.read(Files.write(dir.resolve("d.csv"), lines), CsvImportOptions.defaults());
    trained = TrainingPipeline.train(data, new TrainingRequest("knn", Map.of(), PreparationConfig.defaults(), 3,
        ThresholdPolicy.parse("contamination:0.05")), TrainingListener.NONE, CancellationToken.none());
    threshold = trained.model().thresholdValue();
    flags = trained.scored().flags(trained.model().decisionRule(threshold));
  }

  @Test
  void preparingChosenRowsEqualsPreparingAllAndSelecting() {
    int[] rows = {5, 0, 3, 199, 20};
    PreparedData all = ModelScorer.prepare(trained.model(), trained.scored().dataset());
    PreparedData some = ModelScorer.prepareRows(trained.model(), trained.scored().dataset(), rows);
    assertArrayEquals(all.select(rows).values(), some.values());
    assertEquals(all.featureNames(), some.featureNames());
  }

  @Test
  void flaggedRowsGetTheValuesRowExplainerGivesAndOthersStayEmpty() {
    int maxRows = 4;
    ShapleyColumns columns = ShapleyColumns.compute(trained.model(), trained.scored(), flags, maxRows, BUDGET,
        threshold, 7, f -> { }, CancellationToken.none());
    assertEquals(List.of("shapley_base", "shapley_x", "shapley_w", "shapley_z", "shapley_colour"), columns.header());
    int flaggedCount = (int) java.util.stream.IntStream.range(0, flags.length).filter(r -> flags[r]).count();
    assertEquals(Math.min(maxRows, flaggedCount), columns.explainedRows());
    int[] byRank = trained.scored().sorted().descendingRows();
    int explained = 0;
    for (int rank = 0; rank < byRank.length; rank++) {
      int row = byRank[rank];
      List<String> cells = columns.cells(row);
      assertEquals(columns.header().size(), cells.size());
      if (flags[row] && explained < maxRows) {
        explained++;
        RowExplainer.RowExplanation e = RowExplainer.explain(trained.model(), trained.scored(), row, BUDGET,
            threshold, 7, f -> { }, CancellationToken.none());
        assertEquals(e.shapley().base(), Double.parseDouble(cells.get(0)), "base of row " + row);
        double sum = e.shapley().base();
        for (int g = 0; g < e.shapley().values().length; g++) {
          assertEquals(e.shapley().values()[g], Double.parseDouble(cells.get(g + 1)), "row " + row + " group " + g);
          sum += Double.parseDouble(cells.get(g + 1));
        }
        assertEquals(trained.scored().scores().value(row), sum, 1e-6, "base + values = score");
      } else {
        assertTrue(cells.stream().allMatch(String::isEmpty), "row " + row + " has no values: " + cells);
      }
    }
    int top = byRank[0];
    assertEquals(5, top, "row 5 is the odd one");
    double[] values = columns.cells(top).stream().skip(1).mapToDouble(Double::parseDouble).toArray();
    double maxAbs = Arrays.stream(values).map(Math::abs).max().orElseThrow();
    assertEquals(maxAbs, Math.abs(values[0]), "x makes row 5 odd");
  }

  @Test
  void theExportWritesTheColumnsAfterTopFeaturesAndIsUnchangedWithout() throws Exception {
    ShapleyColumns columns = ShapleyColumns.compute(trained.model(), trained.scored(), flags, 2, BUDGET, threshold, 7,
        f -> { }, CancellationToken.none());
    Path plain = dir.resolve("plain.csv");
    Path with = dir.resolve("with.csv");
    FlaggedRecordsWriter.write(trained.scored(), flags, FlaggedRecordsWriter.Rows.FLAGGED, 3, plain,
        FlaggedRecordsWriter.Order.RANK);
    FlaggedRecordsWriter.write(trained.scored(), flags, FlaggedRecordsWriter.Rows.FLAGGED, 3, with,
        FlaggedRecordsWriter.Order.RANK, columns);
    List<String> a = Files.readAllLines(plain);
    List<String> b = Files.readAllLines(with);
    assertTrue(a.get(0).endsWith("score,rank,flagged,top_features"), a.get(0));
    assertEquals(a.get(0) + ",shapley_base,shapley_x,shapley_w,shapley_z,shapley_colour", b.get(0));
    assertEquals(a.size(), b.size());
    String[] first = b.get(1).split(",", -1);
    int row = Integer.parseInt(first[0]) - 1;
    List<String> expected = columns.cells(row);
    assertEquals(expected, Arrays.asList(first).subList(first.length - expected.size(), first.length));
    assertTrue(b.get(3).endsWith(",,,,,"), "the third flagged row is past the limit of 2: " + b.get(3));
  }

  @Test
  void aLimitBelowOneIsRefusedWithTheReason() {
    var e = assertThrows(IllegalArgumentException.class, () -> ShapleyColumns.compute(trained.model(),
        trained.scored(), flags, 0, BUDGET, threshold, 7, f -> { }, CancellationToken.none()));
    assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
  }
}
