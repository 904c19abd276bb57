package org.anomalyworkbench.core.report.document;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A top-to-bottom flow of A4 pages for the PDF report: headings, wrapped paragraphs, tables
 * whose cells wrap and whose header repeats after a page break, and pictures; a new page starts
 * whenever the next block would not fit. Page numbers are added at the end, when the count is
 * known.
 */
final class PdfPages {
  static final float MARGIN = 44;
  static final float BODY = 9.5f;
  /** Tables are set smaller than the text so that a row of numbers fits the page's width. */
  static final float TABLE = 8.5f;
  private static final float LEADING = 1.3f;
  private static final Color RULE = new Color(0x1f77b4);
  private static final Color GRID = new Color(0xdddddd);
  private static final Color HEAD = new Color(0xf3f6fa);
  private static final Color MUTED = new Color(0x666666);

  private final PDDocument doc;
  private final PdfFonts fonts;
  private final PDRectangle size = PDRectangle.A4;
  private PDPageContentStream out;
  private float y;

  PdfPages(PDDocument doc, PdfFonts fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }

  float width() {
    return size.getWidth() - 2 * MARGIN;
  }

  /** Starts a new page (the first call opens the first one). */
  void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(size);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    y = size.getHeight() - MARGIN;
  }

  private void ensure(float height) throws IOException {
    if (out == null || y - height < MARGIN + 14) {
      newPage();
    }
  }

  void title(String text, String subtitle) throws IOException {
    ensure(60);
    for (String l : wrap(text, fonts.bold, 20, width())) {
      line(l, fonts.bold, 20, MARGIN, Color.BLACK);
    }
    y -= 6;
    paragraph(subtitle, BODY, MUTED);
    y -= 4;
  }

  /** A section heading (level 1, with a rule) or a sub-heading (level 2); kept with what follows. */
  void heading(String text, int level) throws IOException {
    float sz = level == 1 ? 15 : 11.5f;
    ensure(sz * 2 + 60);
    y -= level == 1 ? 14 : 8;
    for (String l : wrap(text, fonts.bold, sz, width())) {
      line(l, fonts.bold, sz, MARGIN, Color.BLACK);
    }
    if (level == 1) {
      out.setStrokingColor(RULE);
      out.setLineWidth(1.5f);
      out.moveTo(MARGIN, y + 2);
      out.lineTo(MARGIN + width(), y + 2);
      out.stroke();
      y -= 6;
    } else {
      y -= 2;
    }
  }

  void paragraph(String text, float fontSize, Color colour) throws IOException {
    for (String l : wrap(text, fonts.regular, fontSize, width())) {
      ensure(fontSize * LEADING);
      line(l, fonts.regular, fontSize, MARGIN, colour);
    }
    y -= 3;
  }

  void paragraph(String text) throws IOException {
    paragraph(text, BODY, Color.BLACK);
  }

  void note(String text) throws IOException {
    paragraph(text, BODY, MUTED);
  }

  /** Name/value lines as a two-column table without a header. */
  void facts(List<Setting> settings) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Setting s : settings) {
      rows.add(List.of(s.name(), s.value()));
    }
    table(null, rows, new float[] {0.3f, 0.7f}, new boolean[] {false, false});
  }

  /**
   * A table; {@code header} may be {@code null}. Cells wrap within their column; a row that
   * does not fit on the page moves to the next one, under a repeated header.
   *
   * @param widths the columns' shares of the text width
   * @param numeric per column, true to align right
   */
  void table(List<String> header, List<List<String>> rows, float[] widths, boolean[] numeric) throws IOException {
    float[] w = new float[widths.length];
    float sum = 0;
    for (float f : widths) {
      sum += f;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = widths[i] / sum * width();
    }
    if (header != null) {
      ensure(rowHeight(header, w, true) + rowHeight(rows.isEmpty() ? header : rows.get(0), w, false));
      row(header, w, numeric, true);
    }
    for (List<String> r : rows) {
      float h = rowHeight(r, w, false);
      if (out == null || y - h < MARGIN + 14) {
        newPage();
        if (header != null) {
          row(header, w, numeric, true);
        }
      }
      row(r, w, numeric, false);
    }
    y -= 8;
  }

  /** Pictures side by side at their sizes in points, each with a caption underneath. */
  void pictures(List<Chart> charts) throws IOException {
    float h = 0;
    for (Chart c : charts) {
      h = Math.max(h, c.height());
    }
    ensure(h + 18);
    float x = MARGIN;
    for (Chart c : charts) {
      PDImageXObject img = PDImageXObject.createFromByteArray(doc, c.png(), c.title());
      out.drawImage(img, x, y - c.height(), c.width(), c.height());
      text(c.title(), fonts.regular, 8, x, y - c.height() - 10, MUTED);
      x += c.width() + 14;
    }
    y -= h + 20;
  }

  /**
   * One line of small pictures (e.g. an image and its error map) with text lines beside them.
   */
  void picturesWithText(List<byte[]> pngs, float side, List<String> lines) throws IOException {
    float textHeight = lines.size() * BODY * LEADING;
    float h = Math.max(side, textHeight) + 6;
    ensure(h);
    float x = MARGIN;
    for (byte[] png : pngs) {
      if (png != null) {
        PDImageXObject img = PDImageXObject.createFromByteArray(doc, png, "thumbnail");
        out.drawImage(img, x, y - side, side, side);
      }
      x += side + 6;
    }
    float ty = y;
    float textWidth = MARGIN + width() - x - 4;
    for (String l : lines) {
      for (String part : wrap(l, fonts.regular, BODY, textWidth)) {
        text(part, fonts.regular, BODY, x + 4, ty - BODY, Color.BLACK);
        ty -= BODY * LEADING;
      }
    }
    y = Math.min(y - side, ty) - 6;
  }

  /** Closes the last page and writes "page i of n" at the foot of every page. */
  void finish(String footer) throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    int n = doc.getNumberOfPages();
    for (int i = 0; i < n; i++) {
      try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        String text = fonts.printable(footer + " · page " + (i + 1) + " of " + n, false);
        s.beginText();
        s.setFont(fonts.regular, 7.5f);
        s.setNonStrokingColor(MUTED);
        s.newLineAtOffset(MARGIN, MARGIN / 2);
        s.showText(text);
        s.endText();
      }
    }
  }

  private float rowHeight(List<String> cells, float[] w, boolean bold) throws IOException {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      lines = Math.max(lines, wrap(cells.get(i), bold ? fonts.bold : fonts.regular, TABLE, w[i] - 8).size());
    }
    return lines * TABLE * LEADING + 5;
  }

  private void row(List<String> cells, float[] w, boolean[] numeric, boolean header) throws IOException {
    PDType0Font font = header ? fonts.bold : fonts.regular;
    float h = rowHeight(cells, w, header);
    float x = MARGIN;
    if (header) {
      out.setNonStrokingColor(HEAD);
      out.addRect(MARGIN, y - h, width(), h);
      out.fill();
    }
    for (int i = 0; i < cells.size(); i++) {
      float ty = y - 2.5f;
      for (String l : wrap(cells.get(i), font, TABLE, w[i] - 8)) {
        float tx = x + 4;
        if (numeric[i]) {
          tx = x + w[i] - 4 - width(l, font, TABLE);
        }
        text(l, font, TABLE, tx, ty - TABLE, Color.BLACK);
        ty -= TABLE * LEADING;
      }
      x += w[i];
    }
    out.setStrokingColor(GRID);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y - h);
    out.lineTo(MARGIN + width(), y - h);
    out.stroke();
    y -= h;
  }

  private void line(String s, PDType0Font font, float fontSize, float x, Color colour) throws IOException {
    text(s, font, fontSize, x, y - fontSize, colour);
    y -= fontSize * LEADING;
  }

  private void text(String s, PDType0Font font, float fontSize, float x, float baseline, Color colour)
      throws IOException {
    out.beginText();
    out.setFont(font, fontSize);
    out.setNonStrokingColor(colour);
    out.newLineAtOffset(x, baseline);
    out.showText(fonts.printable(s, font == fonts.bold));
    out.endText();
  }

  private float width(String s, PDType0Font font, float fontSize) throws IOException {
    return font.getStringWidth(s) / 1000f * fontSize;
  }

  /** Breaks {@code text} (made printable first) into lines no wider than {@code max}; long words are cut. */
  List<String> wrap(String text, PDType0Font font, float fontSize, float max) throws IOException {
    String printable = fonts.printable(text == null ? "" : text, font == fonts.bold);
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : printable.split(" ", -1)) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (width(candidate, font, fontSize) <= max) {
        current.setLength(0);
        current.append(candidate);
        continue;
      }
      if (current.length() > 0) {
        lines.add(current.toString());
        current.setLength(0);
      }
      // A word wider than the column (a long file name or number) is cut where it must be.
      int[] cps = word.codePoints().toArray();
      int start = 0;
      for (int i = 1; i <= cps.length; i++) {
        String piece = new String(cps, start, i - start);
        if (width(piece, font, fontSize) > max && i - 1 > start) {
          lines.add(new String(cps, start, i - 1 - start));
          start = i - 1;
        }
      }
      current.append(new String(cps, start, cps.length - start));
    }
    lines.add(current.toString());
    return lines;
  }
}
