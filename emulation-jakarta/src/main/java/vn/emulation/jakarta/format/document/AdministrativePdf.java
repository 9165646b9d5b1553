package vn.emulation.jakarta.format.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.Block;
import vn.emulation.core.document.DocumentKind;
import vn.emulation.core.document.Run;
import vn.emulation.core.document.Signatory;

/**
 * Lays out a core {@link AdministrativeDocument} as PDF in the format of Decree 30/2020/NĐ-CP,
 * Appendix I: A4 portrait (a certificate landscape), margins top and bottom 20 mm, left 30 mm,
 * right 15 mm; Liberation Serif (Times New Roman's metrics) embedded, black; the national name bold
 * 13 and the motto bold 14 top right with a rule as long as the motto; the issuing body top left,
 * bold 13 under its parent body, with a short rule, and the number 13 under it; the place and date
 * italic 14 under the motto; the type bold 14 and the summary bold 14 centred with a short rule;
 * the body 14, justified, first lines indented 1.27 cm, 6 pt between paragraphs, single-and-a-bit
 * line spacing; the signature block bold 14 bottom right with room for the signature between the
 * position and the name; "Nơi nhận:" bold italic 12 and the recipients 11 bottom left; page numbers
 * 14 centred in the top margin from page 2; attached lists on a new page.
 */
public final class AdministrativePdf {

  static final float MM = 72f / 25.4f;
  static final float TOP = 20 * MM;
  static final float BOTTOM = 20 * MM;
  static final float LEFT = 30 * MM;
  static final float RIGHT = 15 * MM;
  static final float INDENT = 12.7f * MM;
  static final float PARAGRAPH_GAP = 6;
  static final float LEADING = 1.2f;
  static final float BODY = 14;
  static final float SIGNATURE_ROOM = 70;

  private final PDDocument pdf;
  private final PdfFonts fonts;
  private final PDRectangle size;
  private final boolean certificate;
  private PDPage page;
  private PDPageContentStream out;
  private float y;
  private int pageIndex = -1;

  private AdministrativePdf(PDDocument pdf, PDRectangle size, boolean certificate) {
    this.pdf = pdf;
    this.fonts = PdfFonts.embedIn(pdf);
    this.size = size;
    this.certificate = certificate;
  }

  /** The document as PDF, dated {@code at} in its metadata, with its signature's place. */
  public static RenderedPdf render(
      AdministrativeDocument document, Optional<byte[]> emblem, ZonedDateTime at) {
    boolean isCertificate = document.kind() == DocumentKind.CERTIFICATE;
    PDRectangle a4 =
        isCertificate
            ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
            : PDRectangle.A4;
    try (PDDocument pdf = new PDDocument()) {
      AdministrativePdf layout = new AdministrativePdf(pdf, a4, isCertificate);
      SignatureSpot spot =
          isCertificate ? layout.certificate(document, emblem) : layout.document(document);
      layout.close();
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(document.title() + " " + document.number());
      info.setProducer("emulation");
      info.setCreator("emulation");
      Calendar when = GregorianCalendar.from(at);
      info.setCreationDate(when);
      pdf.getDocument().getTrailer().setItem(COSName.ID, identifier(document, at));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return new RenderedPdf(bytes.toByteArray(), spot);
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF cannot be written", e);
    }
  }

  /**
   * The file identifier (the trailer's {@code /ID}) drawn from what the document says and its date,
   * not from the clock as PDFBox would: the same document renders to the same bytes, so a
   * certificate rendered again from the stored decision keeps its SHA-256 and its ETag (ADR 0051).
   */
  static COSArray identifier(AdministrativeDocument document, ZonedDateTime at) {
    byte[] digest;
    try {
      digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (document + "\n" + at.toOffsetDateTime())
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] id = java.util.Arrays.copyOf(digest, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    return ids;
  }

  private float width() {
    return size.getWidth() - LEFT - RIGHT;
  }

  private SignatureSpot document(AdministrativeDocument d) throws IOException {
    newPage();
    header(d);
    y -= 14;
    centred(List.of(Run.bold(d.title())), BODY, LEFT, width());
    float summaryWidth = 0;
    for (String s : d.summary()) {
      summaryWidth = Math.max(summaryWidth, centred(List.of(Run.bold(s)), BODY, LEFT, width()));
    }
    if (!d.summary().isEmpty()) {
      rule(LEFT + width() / 2, y - 4, Math.max(summaryWidth / 3, 60));
      y -= 10;
    }
    if (!d.authority().isBlank()) {
      y -= 6;
      centred(List.of(Run.bold(d.authority())), BODY, LEFT, width());
    }
    if (!d.addressee().isBlank()) {
      y -= 8;
      centred(List.of(Run.plain(d.addressee())), BODY, LEFT, width());
    }
    y -= 10;
    blocks(d.body());
    SignatureSpot spot = signatureAndRecipients(d.signatory(), d.recipients());
    if (!d.appendix().isEmpty()) {
      newPage();
      blocks(d.appendix());
    }
    return spot;
  }

  private void header(AdministrativeDocument d) throws IOException {
    float top = y;
    float leftWidth = width() * 0.40f - 12;
    float rightX = LEFT + width() * 0.40f;
    float rightWidth = width() - width() * 0.40f;
    if (!d.issuer().parentBody().isBlank()) {
      centred(List.of(Run.plain(d.issuer().parentBody())), 12, LEFT, leftWidth);
    }
    float bodyWidth = centred(List.of(Run.bold(d.issuer().body())), 13, LEFT, leftWidth);
    rule(LEFT + leftWidth / 2, y - 4, Math.max(bodyWidth / 3, 40));
    y -= 8;
    if (!d.number().isBlank()) {
      centred(List.of(Run.plain(d.number())), 13, LEFT, leftWidth);
    }
    float leftBottom = y;
    y = top;
    centred(List.of(Run.bold(AdministrativeDocument.NATIONAL_NAME)), 13, rightX, rightWidth);
    float mottoWidth =
        centred(List.of(Run.bold(AdministrativeDocument.MOTTO)), 14, rightX, rightWidth);
    rule(rightX + rightWidth / 2, y - 4, mottoWidth);
    y -= 10;
    centred(List.of(Run.italic(d.placeAndDate())), 14, rightX, rightWidth);
    y = Math.min(y, leftBottom);
  }

  private SignatureSpot certificate(AdministrativeDocument d, Optional<byte[]> emblem)
      throws IOException {
    newPage();
    out.setLineWidth(2f);
    out.addRect(LEFT - 8, BOTTOM - 8, width() + 16, size.getHeight() - TOP - BOTTOM + 16);
    out.stroke();
    out.setLineWidth(0.6f);
    out.addRect(LEFT - 4, BOTTOM - 4, width() + 8, size.getHeight() - TOP - BOTTOM + 8);
    out.stroke();
    y -= 10;
    centred(List.of(Run.bold(AdministrativeDocument.NATIONAL_NAME)), 13, LEFT, width());
    float motto = centred(List.of(Run.bold(AdministrativeDocument.MOTTO)), 14, LEFT, width());
    rule(LEFT + width() / 2, y - 2, motto);
    y -= 12;
    if (emblem.isPresent()) {
      PDImageXObject image = PDImageXObject.createFromByteArray(pdf, emblem.get(), "emblem");
      float h = 60;
      float w = h * image.getWidth() / image.getHeight();
      out.drawImage(image, LEFT + (width() - w) / 2, y - h, w, h);
      y -= h + 8;
    }
    centred(List.of(Run.bold(d.title())), 15, LEFT, width());
    y -= 6;
    float[] sizes = {18, 34, 22, 15, 15, 13};
    int i = 0;
    for (Block b : d.body()) {
      Block.Heading h = (Block.Heading) b;
      float s = sizes[Math.min(i++, sizes.length - 1)];
      centred(List.of(h.run()), s, LEFT, width());
      y -= 4;
    }
    y -= 6;
    float half = width() / 2;
    centred(List.of(Run.italic(d.placeAndDate())), 14, LEFT + half, half);
    return signatureBlock(d.signatory(), LEFT + half, half);
  }

  private void blocks(List<Block> blocks) throws IOException {
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        justified(p.runs(), BODY, LEFT, width(), INDENT);
      } else if (b instanceof Block.Heading h) {
        centred(List.of(h.run()), BODY, LEFT, width());
      } else if (b instanceof Block.Table t) {
        table(t);
      }
      y -= PARAGRAPH_GAP;
    }
  }

  private SignatureSpot signatureAndRecipients(Signatory s, List<String> recipients)
      throws IOException {
    float blockHeight = 3 * BODY * LEADING + SIGNATURE_ROOM + 10;
    float recipientsHeight = 12 * LEADING + recipients.size() * 11 * LEADING;
    if (y - Math.max(blockHeight, recipientsHeight) < BOTTOM) {
      newPage();
    }
    y -= 6;
    float top = y;
    float leftWidth = width() * 0.45f;
    if (!recipients.isEmpty()) {
      line(List.of(Run.boldItalic(AdministrativeDocument.RECIPIENTS)), 12, LEFT);
      for (String r : recipients) {
        for (List<Piece> l : wrap(pieces(List.of(Run.plain(r)), 11), leftWidth, 0)) {
          draw(l, LEFT, y - 11, 0);
          y -= 11 * LEADING;
        }
      }
    }
    float recipientsBottom = y;
    y = top;
    float rightX = LEFT + width() / 2;
    SignatureSpot spot = signatureBlock(s, rightX, width() / 2);
    y = Math.min(y, recipientsBottom);
    return spot;
  }

  private SignatureSpot signatureBlock(Signatory s, float x, float w) throws IOException {
    if (!s.authority().isBlank()) {
      centred(List.of(Run.bold(s.authority())), BODY, x, w);
    }
    centred(List.of(Run.bold(s.position())), BODY, x, w);
    float spotTop = y;
    y -= SIGNATURE_ROOM;
    SignatureSpot spot =
        new SignatureSpot(pageIndex, x + w * 0.1f, y + 2, w * 0.8f, SIGNATURE_ROOM - 4);
    if (!s.name().isBlank()) {
      centred(List.of(Run.bold(s.name())), BODY, x, w);
    }
    assert spotTop > y;
    return spot;
  }

  private void table(Block.Table t) throws IOException {
    float size = 13;
    float pad = 3;
    float[] widths = new float[t.header().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = (float) (t.widths().get(i) * width());
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(t.header());
    rows.addAll(t.rows());
    for (int r = 0; r < rows.size(); r++) {
      boolean head = r == 0;
      List<List<List<Piece>>> cells = new ArrayList<>();
      int lines = 1;
      for (int c = 0; c < widths.length; c++) {
        Run run = head ? Run.bold(rows.get(r).get(c)) : Run.plain(rows.get(r).get(c));
        List<List<Piece>> wrapped = wrap(pieces(List.of(run), size), widths[c] - 2 * pad, 0);
        cells.add(wrapped);
        lines = Math.max(lines, wrapped.size());
      }
      float h = lines * size * LEADING + 2 * pad;
      if (y - h < BOTTOM) {
        newPage();
        if (!head) {
          r--;
          continue;
        }
      }
      float x = LEFT;
      for (int c = 0; c < widths.length; c++) {
        out.setLineWidth(0.5f);
        out.addRect(x, y - h, widths[c], h);
        out.stroke();
        float ly = y - pad - size;
        for (List<Piece> l : cells.get(c)) {
          float lw = lineWidth(l);
          float lx = c == 0 || head ? x + (widths[c] - lw) / 2 : x + pad;
          draw(l, lx, ly, 0);
          ly -= size * LEADING;
        }
        x += widths[c];
      }
      y -= h;
    }
  }

  /** A centred paragraph, wrapped; answers its widest line's width. */
  private float centred(List<Run> runs, float size, float x, float w) throws IOException {
    float widest = 0;
    for (List<Piece> l : wrap(pieces(runs, size), w, 0)) {
      ensureRoom(size);
      float lw = lineWidth(l);
      widest = Math.max(widest, lw);
      draw(l, x + (w - lw) / 2, y - size, 0);
      y -= size * LEADING;
    }
    return widest;
  }

  private void line(List<Run> runs, float size, float x) throws IOException {
    ensureRoom(size);
    draw(pieces(runs, size), x, y - size, 0);
    y -= size * LEADING;
  }

  private void justified(List<Run> runs, float size, float x, float w, float indent)
      throws IOException {
    List<List<Piece>> lines = wrap(pieces(runs, size), w, indent);
    for (int i = 0; i < lines.size(); i++) {
      ensureRoom(size);
      List<Piece> l = lines.get(i);
      float start = x + (i == 0 ? indent : 0);
      float available = w - (i == 0 ? indent : 0);
      float extra = 0;
      int gaps = (int) l.stream().skip(1).filter(p -> p.spaceBefore).count();
      if (i < lines.size() - 1 && gaps > 0) {
        extra = (available - lineWidth(l)) / gaps;
      }
      draw(l, start, y - size, extra);
      y -= size * LEADING;
    }
  }

  private void ensureRoom(float size) throws IOException {
    if (y - size * LEADING < BOTTOM) {
      newPage();
    }
  }

  private void rule(float centre, float at, float length) throws IOException {
    out.setLineWidth(0.6f);
    out.moveTo(centre - length / 2, at);
    out.lineTo(centre + length / 2, at);
    out.stroke();
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    page = new PDPage(size);
    pdf.addPage(page);
    pageIndex++;
    out = new PDPageContentStream(pdf, page);
    y = size.getHeight() - TOP;
    if (pageIndex > 0 && !certificate) {
      String n = Integer.toString(pageIndex + 1);
      PDType0Font f = fonts.regular;
      float w = f.getStringWidth(n) / 1000 * BODY;
      text(f, BODY, LEFT + (width() - w) / 2, size.getHeight() - TOP / 2 - BODY / 3, n);
    }
  }

  private void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }

  /** A word (or the part of one in one style) with its font and width. */
  private record Piece(
      String text, PDType0Font font, float size, float width, boolean spaceBefore) {}

  private List<Piece> pieces(List<Run> runs, float size) throws IOException {
    List<Piece> out = new ArrayList<>();
    boolean space = false;
    for (Run r : runs) {
      PDType0Font f = fonts.of(r);
      String t = r.text();
      int i = 0;
      while (i < t.length()) {
        if (t.charAt(i) == ' ') {
          space = true;
          i++;
          continue;
        }
        int j = t.indexOf(' ', i);
        if (j < 0) {
          j = t.length();
        }
        String word = t.substring(i, j);
        out.add(
            new Piece(
                word, f, size, f.getStringWidth(word) / 1000 * size, space && !out.isEmpty()));
        space = false;
        i = j;
      }
    }
    return out;
  }

  private float spaceWidth(Piece p) throws IOException {
    return p.font.getStringWidth(" ") / 1000 * p.size;
  }

  private float lineWidth(List<Piece> line) throws IOException {
    float w = 0;
    for (int i = 0; i < line.size(); i++) {
      Piece p = line.get(i);
      w += p.width + (i > 0 && p.spaceBefore ? spaceWidth(p) : 0);
    }
    return w;
  }

  /** Lines no wider than {@code w} (the first {@code indent} narrower), broken at spaces. */
  private List<List<Piece>> wrap(List<Piece> pieces, float w, float indent) throws IOException {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    float used = 0;
    int i = 0;
    while (i < pieces.size()) {
      int j = i + 1;
      while (j < pieces.size() && !pieces.get(j).spaceBefore) {
        j++;
      }
      List<Piece> word = pieces.subList(i, j);
      float ww = 0;
      for (Piece p : word) {
        ww += p.width;
      }
      float gap = line.isEmpty() ? 0 : spaceWidth(word.get(0));
      float limit = lines.isEmpty() ? w - indent : w;
      if (!line.isEmpty() && used + gap + ww > limit) {
        lines.add(line);
        line = new ArrayList<>();
        used = 0;
        gap = 0;
      }
      for (int k = 0; k < word.size(); k++) {
        Piece p = word.get(k);
        boolean sb = k == 0 ? !line.isEmpty() : false;
        line.add(new Piece(p.text, p.font, p.size, p.width, sb));
      }
      used += gap + ww;
      i = j;
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  private void draw(List<Piece> line, float x, float baseline, float extra) throws IOException {
    float at = x;
    for (int i = 0; i < line.size(); i++) {
      Piece p = line.get(i);
      if (i > 0 && p.spaceBefore) {
        at += spaceWidth(p) + extra;
      }
      text(p.font, p.size, at, baseline, p.text);
      at += p.width;
    }
  }

  private void text(PDType0Font font, float size, float x, float baseline, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, baseline);
    out.showText(s);
    out.endText();
  }
}
