package org.anomalyworkbench.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.NonNumericPolicy;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Data view's warning banner for odd cells and its label explanation, over the real importer as the app uses it. */
class DataViewIssuesTest {
  @TempDir
  Path dir;

  final SimpleObjectProperty<Dataset> shared = new SimpleObjectProperty<>();
  DataViewModel vm;
  Path file;

  @BeforeEach
  void importFileWithAnOddCell() throws Exception {
    StringBuilder sb = new StringBuilder("f1,f2,y\n");
    for (int r = 0; r < 200; r++) {
      sb.append(String.format(Locale.ROOT, "%.3f,%s,%d%n", Math.sin(r), r == 149 ? "oops" : String.valueOf(r % 17),
          r % 20 == 0 ? -1 : 1));
    }
    file = Files.writeString(dir.resolve("readings.csv"), sb.toString());
    vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) -> CsvImporter.read(f,
        CsvImportOptions.defaults().withNonNumeric(NonNumericPolicy.MISSING)), shared);
    vm.importFile(file, d -> { });
  }

  @Test
  void bannerNamesFileColumnCountRowAndValueWithTheChoices() {
    assertEquals("readings.csv: Column 'f2': 1 cell is not a number (first at row 150, line 151: 'oops'), read as "
        + "missing (filled in like other missing values). Keep them as missing values, leave this column out "
        + "(Ignore), or close the file, fix the cells and open it again.", vm.issueWarningProperty().get());
    assertEquals(ColumnRole.FEATURE, shared.get().schema().column("f2").orElseThrow().role());
  }

  @Test
  void ignoreLeavesTheColumnOutAndHidesTheBanner() {
    vm.ignoreIssueColumns();
    assertEquals(ColumnRole.IGNORED, shared.get().schema().column("f2").orElseThrow().role());
    assertEquals("", vm.issueWarningProperty().get());
    assertEquals(1, shared.get().schema().features().size());
  }

  @Test
  void keepAsMissingHidesTheBannerAndKeepsTheFeature() {
    vm.acceptIssues();
    assertEquals("", vm.issueWarningProperty().get());
    assertEquals(2, shared.get().schema().features().size());
  }

  @Test
  void closeFileDropsTheDataset() {
    vm.closeDataset();
    assertNull(shared.get());
    assertEquals("", vm.issueWarningProperty().get());
  }

  @Test
  void labelExplanationShowsTheScikitLearnMapping() {
    assertEquals("Label 'y': -1 = anomaly (scikit-learn convention), 1 = normal (10 of 200 rows are -1).",
        vm.labelExplanationProperty().get());
    vm.setRole("y", ColumnRole.IGNORED);
    assertEquals("", vm.labelExplanationProperty().get());
    assertTrue(vm.summaryProperty().get().contains("no label"));
  }
}
