package org.anomalyworkbench.core.report.document;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.anomalyworkbench.core.data.ColumnInfo;
import org.anomalyworkbench.core.pipeline.AppInfo;

/**
 * Renders a report as one self-contained HTML page: styles inline, charts and thumbnails as
 * base64 PNG, no scripts and no outside links. Every text that comes from the data (names,
 * values, column names, file names) goes through {@link #escape}.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:14px;color:#222;max-width:1060px;margin:24px auto;padding:0 16px}
      h1{font-size:24px;margin-bottom:2px}h2{font-size:19px;border-bottom:2px solid #1f77b4;padding-bottom:3px;margin-top:32px}
      h3{font-size:15px;margin:18px 0 6px}.meta{color:#666;margin-top:0}
      table{border-collapse:collapse;margin:4px 0 10px}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
      th{background:#f3f6fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
      table.facts th{width:190px;font-weight:normal;color:#555;background:none}
      .charts{display:flex;flex-wrap:wrap;gap:16px}.charts figure{margin:0}figcaption{font-size:12px;color:#555}
      .not-recorded,.note{color:#666;font-style:italic}.flag{color:#c0392b;font-weight:bold}
      img.thumb{image-rendering:pixelated;border:1px solid #ccc}
      @media print{h2{page-break-before:auto}section.run{page-break-before:always}}
      """;

  private HtmlReport() {
  }

  /** The whole page. */
  public static String render(ReportContent c) {
    StringBuilder h = new StringBuilder(64 * 1024);
    String title = escape(c.input().title());
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"meta\">Anomaly Workbench ")
        .append(escape(AppInfo.version())).append(" · ").append(escape(c.input().createdAt().toString())).append(" · ")
        .append(c.runs().size()).append(c.runs().size() == 1 ? " run" : " runs").append("</p>\n</header>\n");
    dataset(h, c.dataset());
    for (int i = 0; i < c.runs().size(); i++) {
      run(h, c, i);
    }
    if (c.comparison() != null) {
      comparison(h, c);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void dataset(StringBuilder h, DatasetSummary d) {
    h.append("<section id=\"dataset\">\n<h2>Dataset</h2>\n");
    facts(h, "dataset-facts", d.facts());
    if (!d.images().isEmpty()) {
      h.append("<p>").append(escape(d.images())).append("</p>\n");
    }
    h.append("<h3>Columns</h3>\n<table id=\"columns\">\n<tr><th>column</th><th>kind</th><th>role</th>"
        + "<th>missing</th><th>distinct</th></tr>\n");
    for (ColumnInfo col : d.columns()) {
      h.append("<tr><td>").append(escape(col.name())).append("</td><td>").append(lower(col.kind().name()))
          .append("</td><td>").append(lower(col.role().name())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,d", col.missing())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,d", col.distinct())).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void run(StringBuilder h, ReportContent c, int i) {
    RunFacts f = c.runs().get(i);
    ReportRun run = f.run();
    int n = i + 1;
    h.append("<section class=\"run\" id=\"run-").append(n).append("\">\n<h2>")
        .append(c.runs().size() > 1 ? "Run " + n + ": " : "Run: ").append(escape(run.name())).append("</h2>\n");
    if (i > 0 && !RunFacts.sameData(run, c.input().first())) {
      h.append("<p class=\"note\">Scored data: ").append(escape(run.scored().dataset().name())).append(" (")
          .append(String.format(Locale.ROOT, "%,d", run.scored().rows())).append(" rows)</p>\n");
    }
    h.append("<h3>Preparation</h3>\n");
    facts(h, "preparation-" + n, run.preparation());
    h.append("<h3>Detector and configuration</h3>\n<p>").append(escape(run.detectorName())).append(" (<code>")
        .append(escape(run.detectorId())).append("</code>)</p>\n");
    facts(h, "config-" + n, ReportContent.config(run.config()));
    facts(h, "provenance-" + n, ReportContent.provenance(run.provenance()));
    h.append("<h3>Training curve</h3>\n");
    Chart loss = c.losses().get(i);
    if (loss == null) {
      h.append("<p class=\"not-recorded\" id=\"loss-").append(n).append("\">")
          .append(escape(ReportContent.LOSS_NOT_RECORDED)).append("</p>\n");
    } else {
      h.append("<div class=\"charts\">");
      figure(h, loss, "loss-" + n);
      h.append("</div>\n");
    }
    h.append("<h3>Scores and threshold</h3>\n<p id=\"threshold-").append(n).append("\">")
        .append(escape(ReportContent.thresholdSentence(run))).append("</p>\n<div class=\"charts\">");
    figure(h, c.histograms().get(i), "histogram-" + n);
    h.append("</div>\n<h3>Evaluation</h3>\n");
    if (f.evaluation() == null) {
      h.append("<p class=\"note\" id=\"no-labels-").append(n)
          .append("\">No labels: the data has no label column, so there are no metrics or curves.</p>\n");
    } else {
      h.append("<table id=\"metrics-").append(n).append("\" class=\"facts\">\n");
      for (Setting s : ReportContent.metrics(f.evaluation())) {
        h.append("<tr data-metric=\"").append(escape(s.name())).append("\"><th>").append(escape(s.name()))
            .append("</th><td class=\"num\">").append(escape(s.value())).append("</td></tr>\n");
      }
      h.append("</table>\n");
      for (String note : f.evaluation().notes()) {
        h.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
      }
      h.append("<div class=\"charts\">");
      figure(h, ReportCharts.roc(List.of(f)), "roc-" + n);
      figure(h, ReportCharts.pr(List.of(f)), "pr-" + n);
      h.append("</div>\n");
    }
    if (f.isSeries()) {
      topEvents(h, f, n);
    } else {
      topRecords(h, f, n);
    }
    h.append("</section>\n");
  }

  private static void topRecords(StringBuilder h, RunFacts f, int n) {
    boolean images = f.topRecords().stream().anyMatch(r -> r.thumbnail() != null);
    h.append("<h3>Top ").append(f.topRecords().size()).append(images ? " images" : " records")
        .append(" by score</h3>\n<table id=\"top-").append(n).append("\">\n<tr><th>rank</th><th>row</th><th>score</th>")
        .append("<th>flagged</th>").append(f.run().scored().hasLabels() ? "<th>label</th>" : "")
        .append(images ? "<th>image</th><th>error map</th>" : "").append("<th>values</th>")
        .append(images ? "" : "<th>explanation (share of the score)</th>").append("</tr>\n");
    for (TopRecord r : f.topRecords()) {
      h.append("<tr><td class=\"num\">").append(r.rank()).append("</td><td class=\"num\">").append(r.row() + 1)
          .append("</td><td class=\"num\">").append(ReportContent.number(r.score())).append("</td><td>")
          .append(r.flagged() ? "<span class=\"flag\">yes</span>" : "no").append("</td>");
      if (f.run().scored().hasLabels()) {
        h.append("<td>").append(r.label() == 1 ? "anomaly" : "normal").append("</td>");
      }
      if (images) {
        h.append("<td>").append(img(r.thumbnail(), "image " + (r.row() + 1))).append("</td><td>")
            .append(r.heatMap() == null ? "–" : img(r.heatMap(), "error map " + (r.row() + 1))).append("</td>");
      }
      h.append("<td>").append(pairs(r.values(), " = ")).append("</td>");
      if (!images) {
        h.append("<td>").append(pairs(r.explanation(), " ")).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private static void topEvents(StringBuilder h, RunFacts f, int n) {
    h.append("<h3>Top ").append(f.topEvents().size()).append(" flagged events by peak score</h3>\n");
    if (f.topEvents().isEmpty()) {
      h.append("<p class=\"note\">No point is flagged at the threshold.</p>\n");
      return;
    }
    h.append("<table id=\"events-").append(n).append("\">\n<tr><th>rank</th><th>from</th><th>to</th><th>points</th>"
        + "<th>peak score</th><th>peak row</th><th>explanation at the peak</th></tr>\n");
    for (TopEvent e : f.topEvents()) {
      h.append("<tr><td class=\"num\">").append(e.rank()).append("</td><td>").append(escape(e.from())).append("</td><td>")
          .append(escape(e.to())).append("</td><td class=\"num\">").append(e.points()).append("</td><td class=\"num\">")
          .append(ReportContent.number(e.peakScore())).append("</td><td class=\"num\">").append(e.peakRow() + 1)
          .append("</td><td>").append(pairs(e.explanation(), " ")).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void comparison(StringBuilder h, ReportContent c) {
    RunComparison cmp = c.comparison();
    h.append("<section id=\"comparison\">\n<h2>Run comparison</h2>\n<table id=\"comparison-metrics\">\n<tr><th>run</th>"
        + "<th>detector</th><th>flagged</th><th>ROC-AUC</th><th>PR-AUC</th><th>precision</th><th>recall</th>"
        + "<th>F1</th></tr>\n");
    for (int i = 0; i < cmp.runs().size(); i++) {
      RunFacts f = cmp.runs().get(i);
      var e = f.evaluation();
      h.append("<tr><td>").append(i + 1).append(". ").append(escape(f.run().name())).append("</td><td>")
          .append(escape(f.run().detectorId())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,d", f.run().flaggedCount())).append("</td>");
      for (double v : e == null ? new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}
          : new double[] {e.rocAuc(), e.averagePrecision(), e.precision(), e.recall(), e.f1()}) {
        h.append("<td class=\"num\">").append(ReportContent.metric(v)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    if (c.anyLabels()) {
      h.append("<div class=\"charts\">");
      figure(h, ReportCharts.roc(c.labelledRuns()), "comparison-roc");
      figure(h, ReportCharts.pr(c.labelledRuns()), "comparison-pr");
      h.append("</div>\n");
    }
    h.append("<h3>Agreement of the flagged sets</h3>\n");
    if (cmp.pairs().isEmpty()) {
      h.append("<p class=\"note\">The runs scored data of different sizes, so their flagged rows cannot be paired.</p>\n");
    } else {
      h.append("<table id=\"agreement\">\n<tr><th>runs</th><th>both flag</th><th>either flags</th>"
          + "<th>Jaccard (both / either)</th></tr>\n");
      for (RunComparison.Pair p : cmp.pairs()) {
        h.append("<tr><td>").append(p.first() + 1).append(" and ").append(p.second() + 1).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%,d", p.both())).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%,d", p.either())).append("</td><td class=\"num\">")
            .append(ReportContent.metric(p.jaccard())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</section>\n");
  }

  private static void facts(StringBuilder h, String id, List<Setting> settings) {
    h.append("<table class=\"facts\" id=\"").append(id).append("\">\n");
    for (Setting s : settings) {
      h.append("<tr><th>").append(escape(s.name())).append("</th><td>").append(escape(s.value())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void figure(StringBuilder h, Chart chart, String id) {
    h.append("<figure id=\"").append(id).append("\"><img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(chart.png())).append("\" width=\"").append(chart.width())
        .append("\" height=\"").append(chart.height()).append("\" alt=\"").append(escape(chart.title()))
        .append("\"><figcaption>").append(escape(chart.title())).append("</figcaption></figure>");
  }

  private static String img(byte[] png, String alt) {
    return "<img class=\"thumb\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" alt=\""
        + escape(alt) + "\">";
  }

  private static String pairs(List<Setting> settings, String between) {
    StringBuilder s = new StringBuilder();
    for (Setting p : settings) {
      if (s.length() > 0) {
        s.append("; ");
      }
      s.append(escape(p.name())).append(escape(between)).append(escape(p.value()));
    }
    return s.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' ? ' ' : ch);
      }
    }
    return out.toString();
  }
}
