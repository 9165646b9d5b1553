package vn.emulation.jakarta.format.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.emulation.core.document.Run;

/**
 * The four faces of Liberation Serif 2.1.5 (SIL Open Font License 1.1, {@code fonts/LICENSE.txt}
 * beside them), metric-compatible with the Times New Roman the decree names and covering every
 * Vietnamese letter (U+1EA0–U+1EF9 among them). Read from the jar, never from the system, and
 * embedded as subsets in each document.
 */
public final class PdfFonts {

  static final String FOLDER = "fonts/";

  final PDType0Font regular;
  final PDType0Font bold;
  final PDType0Font italic;
  final PDType0Font boldItalic;

  private PdfFonts(
      PDType0Font regular, PDType0Font bold, PDType0Font italic, PDType0Font boldItalic) {
    this.regular = regular;
    this.bold = bold;
    this.italic = italic;
    this.boldItalic = boldItalic;
  }

  static PdfFonts embedIn(PDDocument document) {
    return new PdfFonts(
        load(document, "LiberationSerif-Regular.ttf"),
        load(document, "LiberationSerif-Bold.ttf"),
        load(document, "LiberationSerif-Italic.ttf"),
        load(document, "LiberationSerif-BoldItalic.ttf"));
  }

  /** Liberation Serif Regular embedded (as a subset) in {@code document}. */
  public static PDType0Font regular(PDDocument document) {
    return load(document, "LiberationSerif-Regular.ttf");
  }

  PDType0Font of(Run run) {
    return of(run.bold(), run.italic());
  }

  PDType0Font of(boolean isBold, boolean isItalic) {
    if (isBold) {
      return isItalic ? boldItalic : bold;
    }
    return isItalic ? italic : regular;
  }

  private static PDType0Font load(PDDocument document, String name) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("the font " + name + " is missing from the jar");
      }
      return PDType0Font.load(document, in, true);
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + name + " cannot be read", e);
    }
  }
}
