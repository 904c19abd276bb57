package org.anomalyworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.anomalyworkbench.core.report.document.ReportFormat;
import org.anomalyworkbench.ui.data.Sample;
import org.anomalyworkbench.ui.task.DirectTaskRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's "Export report…": the report shows the run and the threshold as on screen. */
class ReportExportTest {
  @TempDir
  Path tmp;

  @Test
  void theReportHoldsTheThresholdAndFlagsShownInTheWindow() throws Exception {
    MainViewModel vm = new MainViewModel(CoreServices.create(new DirectTaskRunner(), TestServices.freshPreferences()));
    vm.openSample(Sample.byId("sensors-small"));
    vm.detector().select("zscore");
    assertTrue(vm.startTraining());
    vm.results().thresholdProperty().set(vm.results().getData().ranked().scoreAt(9)); // the 10 highest rows
    AtomicReference<String> msg = new AtomicReference<>();
    vm.exportReport(tmp.resolve("r.html"), EnumSet.allOf(ReportFormat.class), msg::set);
    assertTrue(msg.get().startsWith("Wrote the report to " + tmp.resolve("r.html") + " and " + tmp.resolve("r.pdf")),
        msg.get());
    Document doc = Jsoup.parse(Files.readString(tmp.resolve("r.html")));
    assertTrue(doc.getElementById("threshold-1").text().contains(": 10 of 2,000 rows flagged"),
        doc.getElementById("threshold-1").text());
    assertTrue(Files.size(tmp.resolve("r.pdf")) > 10_000);
  }

  @Test
  void withoutResultsItSaysWhatToDo() {
    MainViewModel vm = new MainViewModel(TestServices.scripted(new DirectTaskRunner(), new ScriptedTraining(2, 5)));
    AtomicReference<String> msg = new AtomicReference<>();
    vm.exportReport(tmp.resolve("r.html"), EnumSet.of(ReportFormat.HTML), msg::set);
    assertEquals("Nothing to report yet: train a detector first (F5).", msg.get());
  }
}
