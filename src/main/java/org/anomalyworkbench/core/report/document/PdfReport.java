package org.anomalyworkbench.core.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.pipeline.AppInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a report as a PDF with PDFBox's content stream API: the same sections and numbers
 * as {@link HtmlReport}, charts as embedded PNGs, text in an embedded DejaVu Sans subset.
 */
public final class PdfReport {
  private static final float THUMB = 44;

  private PdfReport() {
  }

  /** The PDF file's bytes. */
  public static byte[] render(ReportContent c) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(doc);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(fonts.printable(c.input().title(), false));
      info.setCreator("Anomaly Workbench " + AppInfo.version());
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTimeInMillis(c.input().createdAt().toEpochMilli());
      info.setCreationDate(created);
      PdfPages p = new PdfPages(doc, fonts);
      p.title(c.input().title(), "Anomaly Workbench " + AppInfo.version() + " · " + c.input().createdAt() + " · "
          + c.runs().size() + (c.runs().size() == 1 ? " run" : " runs"));
      dataset(p, c.dataset());
      for (int i = 0; i < c.runs().size(); i++) {
        run(p, c, i);
      }
      if (c.comparison() != null) {
        comparison(p, c);
      }
      p.finish(c.input().title());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      fonts.close();
      return bytes.toByteArray();
    }
  }

  private static void dataset(PdfPages p, DatasetSummary d) throws IOException {
    p.heading("Dataset", 1);
    p.facts(d.facts());
    if (!d.images().isEmpty()) {
      p.paragraph(d.images());
    }
    p.heading("Columns", 2);
    List<List<String>> rows = new ArrayList<>();
    for (ColumnInfo col : d.columns()) {
      rows.add(List.of(col.name(), col.kind().name().toLowerCase(Locale.ROOT), col.role().name().toLowerCase(Locale.ROOT),
          String.format(Locale.ROOT, "%,d", col.missing()), String.format(Locale.ROOT, "%,d", col.distinct())));
    }
    p.table(List.of("column", "kind", "role", "missing", "distinct"), rows, new float[] {4, 2, 2, 1.3f, 1.3f},
        new boolean[] {false, false, false, true, true});
  }

  private static void run(PdfPages p, ReportContent c, int i) throws IOException {
    RunFacts f = c.runs().get(i);
    ReportRun run = f.run();
    p.newPage();
    p.heading((c.runs().size() > 1 ? "Run " + (i + 1) + ": " : "Run: ") + run.name(), 1);
    if (i > 0 && !RunFacts.sameData(run, c.input().first())) {
      p.note("Scored data: " + run.scored().dataset().name() + " ("
          + String.format(Locale.ROOT, "%,d", run.scored().rows()) + " rows)");
    }
    p.heading("Preparation", 2);
    p.facts(run.preparation());
    p.heading("Detector and configuration", 2);
    p.paragraph(run.detectorName() + " (" + run.detectorId() + ")");
    p.facts(ReportContent.config(run.config()));
    p.facts(ReportContent.provenance(run.provenance()));
    p.heading("Training curve", 2);
    Chart loss = c.losses().get(i);
    if (loss == null) {
      p.note(ReportContent.LOSS_NOT_RECORDED);
    } else {
      p.pictures(List.of(loss));
    }
    p.heading("Scores and threshold", 2);
    p.paragraph(ReportContent.thresholdSentence(run));
    p.pictures(List.of(c.histograms().get(i)));
    p.heading("Evaluation", 2);
    if (f.evaluation() == null) {
      p.note("No labels: the data has no label column, so there are no metrics or curves.");
    } else {
      p.facts(ReportContent.metrics(f.evaluation()));
      for (String note : f.evaluation().notes()) {
        p.note(note);
      }
      p.pictures(List.of(ReportCharts.roc(List.of(f)), ReportCharts.pr(List.of(f))));
    }
    if (f.isSeries()) {
      topEvents(p, f);
    } else {
      topRecords(p, f);
    }
  }

  private static void topRecords(PdfPages p, RunFacts f) throws IOException {
    boolean images = f.topRecords().stream().anyMatch(r -> r.thumbnail() != null);
    boolean labels = f.run().scored().hasLabels();
    p.heading("Top " + f.topRecords().size() + (images ? " images" : " records") + " by score", 2);
    if (images) {
      p.note("Left: the image as the detector read it; right: where its score comes from (per-pixel error, "
          + "brighter = more).");
      for (TopRecord r : f.topRecords()) {
        List<String> lines = new ArrayList<>();
        lines.add("#" + r.rank() + "  row " + (r.row() + 1) + "  score " + ReportContent.number(r.score())
            + (r.flagged() ? "  flagged" : "") + (labels ? "  label " + (r.label() == 1 ? "anomaly" : "normal") : ""));
        lines.add(joined(r.values(), " = "));
        List<byte[]> pictures = new ArrayList<>();
        pictures.add(r.thumbnail());
        pictures.add(r.heatMap());
        p.picturesWithText(pictures, THUMB, lines);
      }
      return;
    }
    List<String> header = new ArrayList<>(List.of("rank", "row", "score", "flagged"));
    if (labels) {
      header.add("label");
    }
    header.addAll(List.of("values", "explanation (share of the score)"));
    List<List<String>> rows = new ArrayList<>();
    for (TopRecord r : f.topRecords()) {
      List<String> cells = new ArrayList<>(List.of(Integer.toString(r.rank()), Integer.toString(r.row() + 1),
          ReportContent.number(r.score()), r.flagged() ? "yes" : "no"));
      if (labels) {
        cells.add(r.label() == 1 ? "anomaly" : "normal");
      }
      cells.add(joined(r.values(), " = "));
      cells.add(joined(r.explanation(), " "));
      rows.add(cells);
    }
    float[] widths = labels ? new float[] {0.9f, 1, 1.2f, 1.3f, 1.5f, 4.2f, 3.2f}
        : new float[] {0.9f, 1, 1.2f, 1.3f, 5, 3.6f};
    boolean[] numeric = labels ? new boolean[] {true, true, true, false, false, false, false}
        : new boolean[] {true, true, true, false, false, false};
    p.table(header, rows, widths, numeric);
  }

  private static void topEvents(PdfPages p, RunFacts f) throws IOException {
    p.heading("Top " + f.topEvents().size() + " flagged events by peak score", 2);
    if (f.topEvents().isEmpty()) {
      p.note("No point is flagged at the threshold.");
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (TopEvent e : f.topEvents()) {
      rows.add(List.of(Integer.toString(e.rank()), e.from(), e.to(), Integer.toString(e.points()),
          ReportContent.number(e.peakScore()), Integer.toString(e.peakRow() + 1), joined(e.explanation(), " ")));
    }
    p.table(List.of("rank", "from", "to", "points", "peak score", "peak row", "explanation at the peak"), rows,
        new float[] {0.6f, 2, 2, 0.8f, 1, 0.9f, 3.2f}, new boolean[] {true, false, false, true, true, true, false});
  }

  private static void comparison(PdfPages p, ReportContent c) throws IOException {
    RunComparison cmp = c.comparison();
    p.newPage();
    p.heading("Run comparison", 1);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < cmp.runs().size(); i++) {
      RunFacts f = cmp.runs().get(i);
      var e = f.evaluation();
      List<String> cells = new ArrayList<>(List.of((i + 1) + ". " + f.run().name(), f.run().detectorId(),
          String.format(Locale.ROOT, "%,d", f.run().flaggedCount())));
      for (double v : e == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}
          : new double[] {e.rocAuc(), e.averagePrecision(), e.precision(), e.recall(), e.f1()}) {
        cells.add(ReportContent.metric(v));
      }
      rows.add(cells);
    }
    p.table(List.of("run", "detector", "flagged", "ROC-AUC", "PR-AUC", "precision", "recall", "F1"), rows,
        new float[] {2.8f, 1.9f, 1.1f, 1.3f, 1.3f, 1.3f, 1.1f, 1}, new boolean[] {false, false, true, true, true, true, true, true});
    if (c.anyLabels()) {
      p.pictures(List.of(ReportCharts.roc(c.labelledRuns()), ReportCharts.pr(c.labelledRuns())));
    }
    p.heading("Agreement of the flagged sets", 2);
    if (cmp.pairs().isEmpty()) {
      p.note("The runs scored data of different sizes, so their flagged rows cannot be paired.");
      return;
    }
    List<List<String>> pairs = new ArrayList<>();
    for (RunComparison.Pair pair : cmp.pairs()) {
      pairs.add(List.of((pair.first() + 1) + " and " + (pair.second() + 1), String.format(Locale.ROOT, "%,d", pair.both()),
          String.format(Locale.ROOT, "%,d", pair.either()), ReportContent.metric(pair.jaccard())));
    }
    p.table(List.of("runs", "both flag", "either flags", "Jaccard (both / either)"), pairs, new float[] {2, 1.5f, 1.5f, 2},
        new boolean[] {false, true, true, true});
  }

  private static String joined(List<Setting> settings, String between) {
    StringBuilder s = new StringBuilder();
    for (Setting p : settings) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(p.name()).append(between).append(p.value());
    }
    return s.toString();
  }
}
