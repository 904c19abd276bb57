package org.anomalyworkbench.core.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's PDF fonts: DejaVu Sans regular and bold (bundled, Bitstream Vera licence),
 * embedded as subsets, so that text from the data in any script the font covers prints as
 * written. Characters the font lacks become a visible replacement mark instead of failing the
 * whole report; control characters become spaces.
 */
final class PdfFonts {
  private static final String DIR = "/org/anomalyworkbench/core/report/document/fonts/";

  final PDType0Font regular;
  final PDType0Font bold;
  private final CmapLookup regularMap;
  private final CmapLookup boldMap;
  private final List<TrueTypeFont> open = new ArrayList<>();

  PdfFonts(PDDocument doc) throws IOException {
    TrueTypeFont r = parse("DejaVuSans.ttf");
    TrueTypeFont b = parse("DejaVuSans-Bold.ttf");
    regular = PDType0Font.load(doc, r, true);
    bold = PDType0Font.load(doc, b, true);
    regularMap = r.getUnicodeCmapLookup();
    boldMap = b.getUnicodeCmapLookup();
  }

  private TrueTypeFont parse(String file) throws IOException {
    try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IOException("The report font " + file + " is missing from the application");
      }
      TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(in));
      open.add(f);
      return f;
    }
  }

  /** {@code text} with every character {@code font} cannot draw replaced: what the PDF will show. */
  String printable(String text, boolean isBold) {
    CmapLookup map = isBold ? boldMap : regularMap;
    int replacement = map.getGlyphId(0xFFFD) > 0 ? 0xFFFD : '?';
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (map.getGlyphId(cp) > 0) {
        out.appendCodePoint(cp);
      } else {
        out.appendCodePoint(replacement);
      }
    });
    return out.toString();
  }

  /** Closes the parsed font files once the document is saved. */
  void close() throws IOException {
    for (TrueTypeFont f : open) {
      f.close();
    }
  }
}
