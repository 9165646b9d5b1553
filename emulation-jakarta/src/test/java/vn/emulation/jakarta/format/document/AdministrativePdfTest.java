package vn.emulation.jakarta.format.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.emulation.core.document.AdministrativeDocument;

/**
 * The three documents as PDF: every text of the core's document comes back from the PDF as it was
 * written (NFC, every Vietnamese letter), the font is embedded (PDFBox and {@code pdffonts}), A4
 * with its margins, the decree's type sizes; each page rendered to PNG under {@code
 * target/documents/} with {@code pdftoppm} for review.
 */
class AdministrativePdfTest {

  static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
  static final Path OUT = Path.of("target", "documents");

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("to-trinh", DocumentFixtures.submissionDocument()),
        Arguments.of("quyet-dinh", DocumentFixtures.decisionDocument()),
        Arguments.of("giay-khen", DocumentFixtures.certificateDocument()));
  }

  static String collapsed(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyTextComesBackAsWrittenInNfc(String name, AdministrativeDocument d) throws IOException {
    byte[] pdf = AdministrativePdf.render(d, Optional.empty(), AT).bytes();
    Files.createDirectories(OUT);
    Files.write(OUT.resolve(name + ".pdf"), pdf);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    String all = collapsed(text);
    for (String t : DocumentFixtures.texts(d)) {
      assertThat(all).as("the PDF's text").contains(collapsed(t));
    }
    if (!name.equals("to-trinh")) {
      assertThat(all).contains(DocumentFixtures.EVERY_LETTER);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void a4WithTheDecreesMarginsAndTypeSizes(String name, AdministrativeDocument d)
      throws IOException {
    byte[] pdf = AdministrativePdf.render(d, Optional.empty(), AT).bytes();
    float mm = 72f / 25.4f;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<TextPosition> glyphs = new ArrayList<>();
      PDFTextStripper collect =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              glyphs.add(text);
              super.processTextPosition(text);
            }
          };
      collect.getText(doc);
      for (PDPage page : doc.getPages()) {
        PDRectangle box = page.getMediaBox();
        float w = Math.min(box.getWidth(), box.getHeight());
        float h = Math.max(box.getWidth(), box.getHeight());
        assertThat(w)
            .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(h)
            .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(page.getResources().getFontNames()).isNotEmpty();
      }
      PDRectangle first = doc.getPage(0).getMediaBox();
      TreeSet<Float> sizes = new TreeSet<>();
      for (TextPosition g : glyphs) {
        sizes.add(g.getFontSizeInPt());
        assertThat(g.getFont().getName()).contains("LiberationSerif");
        assertThat(g.getXDirAdj()).isGreaterThanOrEqualTo(30 * mm - 0.5f);
        assertThat(g.getXDirAdj() + g.getWidthDirAdj())
            .isLessThanOrEqualTo(first.getWidth() - 15 * mm + 0.5f);
        // above the bottom margin; the page number alone stands in the top margin
        assertThat(g.getYDirAdj()).isLessThanOrEqualTo(first.getHeight() - 20 * mm + 0.5f);
      }
      if (name.equals("giay-khen")) {
        assertThat(sizes).contains(13f, 14f, 34f);
      } else {
        assertThat(sizes).isSubsetOf(11f, 12f, 13f, 14f).contains(11f, 12f, 13f, 14f);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void pdffontsShowsTheFontEmbeddedAndPdftoppmRendersEachPage(String name, AdministrativeDocument d)
      throws Exception {
    Assumptions.assumeTrue(
        Tools.available("pdffonts") && Tools.available("pdftoppm"),
        "pdffonts and pdftoppm (Debian's poppler-utils) are not installed: .ci/run installs them");
    byte[] pdf = AdministrativePdf.render(d, Optional.empty(), AT).bytes();
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".pdf");
    Files.write(file, pdf);
    Tools.Result fontsOut = Tools.run("pdffonts", file.toString());
    assertThat(fontsOut.exit()).isZero();
    List<String> rows = fontsOut.out().lines().skip(2).toList();
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      String[] cols = row.trim().split("\\s+");
      // name type encoding emb sub uni object ID: "CID TrueType" is two words
      assertThat(cols[0]).contains("LiberationSerif");
      assertThat(cols[cols.length - 5]).as(row).isEqualTo("yes");
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Tools.Result png =
          Tools.run("pdftoppm", "-png", "-r", "60", file.toString(), OUT.resolve(name).toString());
      assertThat(png.exit()).isZero();
      try (Stream<Path> files = Files.list(OUT)) {
        assertThat(
                files.filter(p -> p.getFileName().toString().matches(name + "-\\d+\\.png")).count())
            .isEqualTo(doc.getNumberOfPages());
      }
    }
  }

  /** The command-line tools the tests call, each with a bounded wait. */
  static final class Tools {
    record Result(int exit, String out) {}

    static boolean available(String tool) {
      return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
          .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    static Result run(String... command) throws IOException, InterruptedException {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " did not finish");
      }
      return new Result(p.exitValue(), out);
    }
  }
}
