package org.anomalyworkbench.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.anomalyworkbench.core.data.ColumnRole;
import org.anomalyworkbench.core.data.DataImportException;
import org.anomalyworkbench.core.data.Dataset;
import org.anomalyworkbench.core.data.SyntheticData;
import org.anomalyworkbench.core.training.TrainingCancelledException;
import org.anomalyworkbench.ui.task.DeferredTaskRunner;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;

class DataViewModelTest {
  final SimpleObjectProperty<Dataset> shared = new SimpleObjectProperty<>();

  @Test
  void loadedDatasetGetsColumnsSummariesAndVirtualRows() {
    Dataset d = SyntheticData.dataset("s", 1000, 3, 0.1, 1);
    DataViewModel vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) -> d, shared);
    vm.importFile(Path.of("s.csv"), x -> { });
    assertSame(d, shared.get());
    assertEquals(4, vm.columns().size());
    assertEquals(1000, vm.rowsProperty().get().size());
    assertEquals(999, vm.rowsProperty().get().get(999));
    ColumnSummary label = vm.columns().get(3).summaryProperty().get();
    assertEquals(0, label.min());
    assertEquals(1, label.max());
    assertEquals(2, label.distinct());
    assertTrue(vm.summaryProperty().get().contains("1,000 rows"));
    assertTrue(vm.summaryProperty().get().contains("label: label"));
  }

  @Test
  void settingTheLabelRoleMovesItAndKeepsTheSameTable() {
    Dataset d = SyntheticData.dataset("s", 50, 3, 0.1, 1);
    shared.set(d);
    DataViewModel vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) -> d, shared);
    vm.setRole("x1", ColumnRole.LABEL);
    assertEquals(ColumnRole.LABEL, vm.columns().get(0).role());
    assertEquals(ColumnRole.IGNORED, vm.columns().get(3).role(), "the old label is ignored now");
    assertSame(d.table(), shared.get().table());
    vm.setRole("x2", ColumnRole.IGNORED);
    vm.setRole("x3", ColumnRole.IGNORED);
    assertTrue(vm.roleWarningProperty().get().startsWith("No column is a feature"));
  }

  @Test
  void importErrorsNameFileLineAndColumn() {
    Path file = Path.of("/data/bad.csv");
    DataViewModel vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) -> {
      throw new DataImportException(f, 17, "temp", "'abc' is not a number. Fix the cell or mark the column as text.");
    }, shared);
    vm.importFile(file, d -> { });
    assertEquals("bad.csv, line 17, column 'temp': 'abc' is not a number. Fix the cell or mark the column as text.",
        vm.importErrorProperty().get());
    assertNull(shared.get());
    assertFalse(vm.importingProperty().get());
  }

  @Test
  void coreImporterErrorsReachTheViewWithTheirLocation(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("sensors.csv");
    java.nio.file.Files.writeString(csv, "a,b,label\n1,2,0\n3,4,5,0\n5,6,1\n");
    DataViewModel vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) ->
        org.anomalyworkbench.core.data.csv.CsvImporter.read(f,
            org.anomalyworkbench.core.data.csv.CsvImportOptions.defaults().withCancellation(c).withProgress(p)), shared);
    vm.importFile(csv, d -> { });
    String error = vm.importErrorProperty().get();
    assertTrue(error.startsWith("sensors.csv, line 3"), error);
    assertNull(shared.get());
  }

  @Test
  void cancelledImportKeepsTheOldDataset() {
    Dataset old = SyntheticData.dataset("old", 10, 2, 0.1, 1);
    shared.set(old);
    DeferredTaskRunner runner = new DeferredTaskRunner();
    DataViewModel vm = new DataViewModel(runner, (f, cancel, p) -> {
      p.accept(0.5);
      cancel.throwIfCancelled();
      return SyntheticData.dataset("new", 10, 2, 0.1, 2);
    }, shared);
    runner.runPending();
    vm.importFile(Path.of("big.csv"), d -> { });
    assertTrue(vm.importingProperty().get());
    vm.cancelImport();
    runner.runPending();
    assertSame(old, shared.get());
    assertEquals("Import of big.csv cancelled.", vm.importErrorProperty().get());
  }

  @Test
  void describesOtherFailures() {
    assertTrue(DataViewModel.describe(Path.of("x.csv"), new java.nio.file.NoSuchFileException("x.csv"))
        .contains("does not exist"));
    assertEquals("Import of x.csv cancelled.",
        DataViewModel.describe(Path.of("x.csv"), new TrainingCancelledException()));
  }

  @Test
  void columnSummaryOfNumbersCountsMissingAndBins() {
    DoubleColumn c = DoubleColumn.create("v", 1, 2, 3, 4, Double.NaN);
    ColumnSummary s = ColumnSummary.of(c);
    assertEquals(1, s.missing());
    assertEquals(1, s.min());
    assertEquals(2.5, s.median());
    assertEquals(4, s.max());
    assertEquals(4, java.util.Arrays.stream(s.histogram()).sum());
    assertEquals(4, s.distinct());
  }

  @Test
  void aTimeColumnShowsTheSeriesLineAndLosingItsRoleHidesIt() {
    java.time.LocalDateTime start = java.time.LocalDateTime.of(2024, 1, 1, 0, 0);
    java.util.List<java.time.LocalDateTime> times = new java.util.ArrayList<>();
    for (int k = 0; k < 300; k++) {
      times.add(start.plusMinutes(5L * k + (k >= 200 ? 120 : 0)));
    }
    times.set(5, times.get(4)); // one duplicate time, and 00:25 is missing: a 10 min gap
    tech.tablesaw.api.Table t = tech.tablesaw.api.Table.create("s",
        tech.tablesaw.api.DateTimeColumn.create("when", times), DoubleColumn.create("v", new double[300]));
    org.anomalyworkbench.core.data.Schema schema = new org.anomalyworkbench.core.data.Schema(java.util.List.of(
        new org.anomalyworkbench.core.data.ColumnInfo("when", org.anomalyworkbench.core.data.ColumnKind.DATETIME,
            ColumnRole.TIME, 0, 299),
        new org.anomalyworkbench.core.data.ColumnInfo("v", org.anomalyworkbench.core.data.ColumnKind.NUMERIC,
            ColumnRole.FEATURE, 0, 1)));
    Dataset d = new Dataset("s", null, t, schema);
    DataViewModel vm = new DataViewModel(new DirectTaskRunner(), (f, c, p) -> d, shared);
    vm.importFile(Path.of("s.csv"), x -> { });
    assertEquals("Series ('when'): 300 points every 5 min, 2 gaps (largest 2.1 h at row 201), 1 duplicate time.",
        vm.seriesInfoProperty().get());
    vm.setRole("when", ColumnRole.IGNORED);
    assertEquals("", vm.seriesInfoProperty().get());
    vm.setRole("when", ColumnRole.TIME);
    assertTrue(vm.seriesInfoProperty().get().startsWith("Series ('when'): 300 points"));
  }
}
