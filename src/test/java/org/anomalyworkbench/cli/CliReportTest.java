package org.anomalyworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.anomalyworkbench.core.data.csv.CsvImportOptions;
import org.anomalyworkbench.core.data.csv.CsvImporter;
import org.anomalyworkbench.core.data.images.TestImages;
import org.anomalyworkbench.core.evaluation.Evaluation;
import org.anomalyworkbench.core.model.ModelScorer;
import org.anomalyworkbench.core.model.ModelStore;
import org.anomalyworkbench.core.model.ScoredData;
import org.anomalyworkbench.core.model.TrainedModel;
import org.anomalyworkbench.core.scoring.DecisionRule;
import org.anomalyworkbench.core.training.CancellationToken;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} end to end: two models trained on labelled data with a hostile text column,
 * the HTML parsed and the PDF's text extracted, and both checked against numbers computed here.
 */
class CliReportTest {
  /** A value that would run as script in the report if it were not escaped. */
  private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
  /** A Greek letter (outside WinAnsi, inside DejaVu Sans) and a CJK one (outside both). */
  private static final String FOREIGN = "Zürich β 漢";

  @TempDir
  Path dir;
  private Path csv;
  private Path zscore;
  private Path knn;

  @BeforeEach
  void trainTwoModels() throws Exception {
    Random random = new Random(11);
    List<String> lines = new ArrayList<>(List.of("name,a,b,c,label"));
    for (int i = 0; i < 300; i++) {
      boolean odd = i % 30 == 7;
      String name = i == 7 ? "\"" + HOSTILE.replace("\"", "\"\"") + "\"" : i == 37 ? FOREIGN : "item" + i;
      lines.add(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%d", name, random.nextGaussian() + (odd ? 6 : 0) + (i == 7 ? 6 : 0),
          random.nextGaussian(), random.nextGaussian() + (odd ? 4 : 0), odd ? 1 : 0));
    }
    csv = Files.write(dir.resolve("items.csv"), lines);
    zscore = dir.resolve("z.awm");
    knn = dir.resolve("k.awm");
    CliRun a = CliRun.of("train", "--data", csv.toString(), "--detector", "zscore", "--model", zscore.toString());
    assertEquals(0, a.code(), a.err());
    CliRun b = CliRun.of("train", "--data", csv.toString(), "--detector", "knn", "--model", knn.toString());
    assertEquals(0, b.code(), b.err());
  }

  @Test
  void htmlReportHoldsEverySectionTheComputedMetricsAndEscapedValues() throws Exception {
    Path out = dir.resolve("r.html");
    CliRun run = CliRun.of("report", "--model", zscore.toString(), "--data", csv.toString(), "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    String html = Files.readString(out, StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    for (String id : List.of("dataset", "columns", "run-1", "preparation-1", "config-1", "loss-1", "threshold-1",
        "histogram-1", "metrics-1", "roc-1", "pr-1", "top-1")) {
      assertTrue(doc.getElementById(id) != null, "section " + id + " missing");
    }
    assertTrue(doc.getElementById("comparison") == null, "one run has no comparison");
    assertTrue(doc.select("script").isEmpty(), "the hostile value became a script element");
    assertFalse(html.contains(HOSTILE), "the hostile value appears unescaped");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
    assertTrue(doc.select("link[href], img[src^=http], script[src]").isEmpty(), "the page must be self-contained");

    Evaluation e = evaluation(zscore);
    Element metrics = doc.getElementById("metrics-1");
    assertEquals(String.format(Locale.ROOT, "%.4f", e.rocAuc()), metric(metrics, "ROC-AUC"));
    assertEquals(String.format(Locale.ROOT, "%.4f", e.averagePrecision()), metric(metrics, "PR-AUC (average precision)"));
    assertEquals(String.format(Locale.ROOT, "%.4f", e.f1()), metric(metrics, "F1"));
    assertTrue(doc.getElementById("dataset-facts").text().contains("10 of 300 rows"), doc.getElementById("dataset-facts").text());

    // The top record is row 8 (the hostile name, an outlier in a and c), shown escaped as text.
    Element first = doc.getElementById("top-1").select("tr").get(1);
    assertEquals("8", first.select("td").get(1).text());
    assertTrue(first.text().contains("name = " + HOSTILE), first.text());
    assertTrue(first.select("td").last().text().matches("[ac] \\d+%; [ac] \\d+%.*"), first.text());

    String histogram = doc.select("#histogram-1 img").attr("src");
    assertTrue(histogram.startsWith("data:image/png;base64,"));
    var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(histogram.substring(22))));
    assertEquals(1000, image.getWidth(), "drawn at twice its 500 px");
  }

  @Test
  void aModelFileKeepsItsTrainingCurveForReportsMadeLater() throws Exception {
    Path ae = dir.resolve("ae.awm");
    CliRun trained = CliRun.of("train", "--data", csv.toString(), "--detector", "autoencoder", "-p", "epochs=4",
        "-p", "minSteps=0", "--model", ae.toString(), "-q");
    assertEquals(0, trained.code(), trained.err());
    var curve = org.anomalyworkbench.core.model.ModelStore.load(ae).lossCurve();
    assertTrue(curve != null && curve.epochs() >= 1 && curve.epochs() <= 4, "one loss per epoch is saved");
    Path out = dir.resolve("ae.html");
    CliRun run = CliRun.of("report", "--model", ae.toString(), "--model", zscore.toString(), "--data", csv.toString(),
        "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    Document doc = Jsoup.parse(Files.readString(out));
    assertFalse(doc.getElementById("loss-1").hasClass("not-recorded"), "the autoencoder's curve is drawn");
    assertTrue(doc.getElementById("loss-2").hasClass("not-recorded"), "the z-score has no epochs to draw");
  }

  @Test
  void twoModelsAreComparedInHtmlAndPdf() throws Exception {
    Path out = dir.resolve("both.html");
    CliRun run = CliRun.of("report", "--model", zscore.toString(), "--model", knn.toString(), "--data", csv.toString(),
        "--out", out.toString(), "--format", "html,pdf", "--title", "Items " + FOREIGN);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Wrote " + dir.resolve("both.pdf")), run.out());
    Document doc = Jsoup.parse(Files.readString(out));
    assertTrue(doc.getElementById("run-2") != null && doc.getElementById("comparison") != null);
    assertEquals(3, doc.select("#comparison-metrics tr").size(), "header and one row per model");
    boolean[] a = flags(zscore);
    boolean[] b = flags(knn);
    int both = 0;
    int either = 0;
    for (int i = 0; i < a.length; i++) {
      both += a[i] && b[i] ? 1 : 0;
      either += a[i] || b[i] ? 1 : 0;
    }
    var cells = doc.select("#agreement tr").get(1).select("td");
    assertEquals("1 and 2", cells.get(0).text());
    assertEquals(Integer.toString(both), cells.get(1).text());
    assertEquals(Integer.toString(either), cells.get(2).text());
    assertEquals(String.format(Locale.ROOT, "%.4f", (double) both / either), cells.get(3).text());
    assertEquals(String.format(Locale.ROOT, "%.4f", evaluation(knn).rocAuc()),
        doc.select("#comparison-metrics tr").get(2).select("td").get(3).text());

    try (PDDocument pdf = Loader.loadPDF(dir.resolve("both.pdf").toFile())) {
      // Cells wrap at spaces, so compare with every run of white space as one space.
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      for (String heading : List.of("Dataset", "Columns", "Run 1: zscore (z.awm)", "Run 2: knn (k.awm)", "Preparation",
          "Detector and configuration", "Training curve", "Scores and threshold", "Evaluation", "Top 20 records by score",
          "Run comparison", "Agreement of the flagged sets")) {
        assertTrue(text.contains(heading), "PDF lacks " + heading);
      }
      assertTrue(text.contains(String.format(Locale.ROOT, "%.4f", evaluation(zscore).rocAuc())), "zscore's ROC-AUC");
      assertTrue(text.contains(String.format(Locale.ROOT, "%.4f", (double) both / either)), "the Jaccard index");
      assertTrue(text.contains(HOSTILE), "the hostile value printed as written");
      assertTrue(text.contains("Zürich β \uFFFD"), "β kept, the CJK letter the font lacks replaced visibly");
      assertTrue(pdf.getNumberOfPages() >= 4, "dataset, two runs, comparison");
      assertTrue(pdf.getDocumentInformation().getTitle().startsWith("Items Zürich β"));
    }
  }

  @Test
  void imagesListTheirThumbnailsAndErrorMaps() throws Exception {
    Path folder = TestImages.bars(dir.resolve("bars"), 20, 8, 2);
    Path model = dir.resolve("img.awm");
    assertEquals(0, CliRun.of("train", "--data", folder.toString(), "--normal-class", "normal", "--detector", "zscore",
        "--model", model.toString()).code());
    Path out = dir.resolve("img.html");
    CliRun run = CliRun.of("report", "--model", model.toString(), "--data", folder.toString(), "--normal-class",
        "normal", "--out", out.toString(), "--top", "5");
    assertEquals(0, run.code(), run.err());
    Document doc = Jsoup.parse(Files.readString(out));
    var thumbs = doc.select("#top-1 img.thumb");
    assertEquals(10, thumbs.size(), "an image and an error map per record");
    assertTrue(thumbs.first().attr("src").startsWith("data:image/png;base64,"));
    assertTrue(doc.getElementById("top-1").text().contains("class = odd"), doc.getElementById("top-1").text());
  }

  @Test
  void aSeriesListsItsFlaggedEvents() throws Exception {
    List<String> lines = new ArrayList<>(List.of("time,value"));
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      double v = random.nextGaussian() + (i >= 120 && i < 124 ? 9 : 0);
      lines.add(String.format(Locale.ROOT, "2024-01-01T%02d:%02d:00,%.4f", i / 60, i % 60, v));
    }
    Path series = Files.write(dir.resolve("s.csv"), lines);
    Path model = dir.resolve("s.awm");
    CliRun train = CliRun.of("train", "--data", series.toString(), "--time", "time", "--detector", "zscore",
        "--model", model.toString(), "--threshold", "fixed:5");
    assertEquals(0, train.code(), train.err());
    Path out = dir.resolve("s.html");
    CliRun run = CliRun.of("report", "--model", model.toString(), "--data", series.toString(), "--time", "time",
        "--out", out.toString());
    assertEquals(0, run.code(), run.err());
    Document doc = Jsoup.parse(Files.readString(out));
    var rows = doc.select("#events-1 tr");
    assertEquals(2, rows.size(), "one event: " + rows.text());
    var cells = rows.get(1).select("td");
    assertTrue(cells.get(1).text().contains("02:00"), cells.text());
    assertTrue(cells.get(2).text().contains("02:03"), cells.text());
    assertEquals("4", cells.get(3).text());
    assertTrue(doc.getElementById("no-labels-1") != null);
  }

  @Test
  void anOutputWithoutAKnownExtensionAsksForTheFormat() {
    CliRun run = CliRun.of("report", "--model", zscore.toString(), "--data", csv.toString(), "--out",
        dir.resolve("r.txt").toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("end --out with .html or .pdf, or give --format html,pdf"), run.err());
    CliRun wrong = CliRun.of("report", "--model", zscore.toString(), "--data", csv.toString(), "--out",
        dir.resolve("r.html").toString(), "--format", "docx");
    assertEquals(1, wrong.code());
    assertTrue(wrong.err().contains("Unknown report format 'docx'"), wrong.err());
  }

  private Evaluation evaluation(Path model) throws Exception {
    TrainedModel m = ModelStore.load(model);
    ScoredData scored = ModelScorer.score(m, CsvImporter.read(csv, CsvImportOptions.defaults()), CancellationToken.none());
    return Evaluation.of(scored.scores().values(), scored.labels(), m.thresholdValue(), flags(model));
  }

  private boolean[] flags(Path model) throws Exception {
    TrainedModel m = ModelStore.load(model);
    ScoredData scored = ModelScorer.score(m, CsvImporter.read(csv, CsvImportOptions.defaults()), CancellationToken.none());
    return scored.flags(DecisionRule.at(m.thresholdValue()));
  }

  private static String metric(Element table, String name) {
    return table.select("tr").stream().filter(r -> r.attr("data-metric").equals(name)).findFirst()
        .map(r -> r.select("td").text()).orElse("");
  }
}
