package vn.emulation.jakarta.format.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.emulation.jakarta.format.document.AdministrativePdf;
import vn.emulation.jakarta.format.document.DocumentFixtures;
import vn.emulation.jakarta.format.document.RenderedPdf;

/**
 * PAdES baseline signatures: the decision signed with a test CA's signer, verified here and by
 * {@code pdfsig}; one byte changed, bytes appended, another CA, no PDF.
 */
class PadesSignerTest {

  static final Instant AT = Instant.parse("2026-03-10T02:03:27.456Z");
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Path OUT = Path.of("target", "documents");
  static TestAuthority authority;
  static RenderedPdf decision;
  static byte[] signed;

  @BeforeAll
  static void sign() throws IOException {
    authority =
        TestAuthority.generate(
            "CN=Emulation Test CA, O=Emulation, C=VN",
            "CN=Võ Minh Hoàng, O=UBND phường Rạch Giá, C=VN",
            AT);
    decision =
        AdministrativePdf.render(
            DocumentFixtures.decisionDocument(),
            Optional.empty(),
            ZonedDateTime.ofInstant(AT, ZoneId.of("Asia/Ho_Chi_Minh")));
    signed =
        PadesSigner.sign(
            decision.bytes(),
            authority.signer(),
            decision.signature(),
            "Ký ban hành",
            AT.atZone(VN));
    Files.createDirectories(OUT);
    Files.write(OUT.resolve("quyet-dinh-signed.pdf"), signed);
  }

  @Test
  void theSignatureIsPadesBaselineTrustedAndCoversTheWholeFile() throws IOException {
    List<SignatureCheck> checks = PdfSignatures.verify(signed, List.of(authority.ca()));

    assertThat(checks).hasSize(1);
    SignatureCheck c = checks.get(0);
    assertThat(c.signer()).isEqualTo("Võ Minh Hoàng");
    assertThat(c.subject()).contains("CN=Võ Minh Hoàng");
    assertThat(c.signedAt()).isEqualTo(Instant.parse("2026-03-10T02:03:27Z"));
    assertThat(c.subFilter()).isEqualTo("ETSI.CAdES.detached");
    assertThat(c.signingCertificateBound()).isTrue();
    assertThat(c.trusted()).isTrue();
    assertThat(c.wholeDocument()).isTrue();
    assertThat(c.digestMatches()).isTrue();
    assertThat(c.unchanged()).isTrue();
    assertThat(c.reasons()).isEmpty();
    // the original is the first part of the signed file: an incremental update
    assertThat(java.util.Arrays.copyOf(signed, decision.bytes().length))
        .isEqualTo(decision.bytes());
  }

  @Test
  void theVisibleSignatureStandsWhereTheDecreePlacesIt() throws IOException {
    try (PDDocument d = Loader.loadPDF(signed)) {
      var spot = decision.signature();
      List<PDAnnotation> annotations = d.getPage(spot.page()).getAnnotations();
      PDAnnotationWidget widget =
          annotations.stream()
              .filter(PDAnnotationWidget.class::isInstance)
              .map(PDAnnotationWidget.class::cast)
              .findFirst()
              .orElseThrow();
      assertThat(widget.getRectangle().getLowerLeftX()).isEqualTo(spot.x());
      assertThat(widget.getRectangle().getLowerLeftY()).isEqualTo(spot.y());
      assertThat(widget.getRectangle().getWidth())
          .isEqualTo(spot.width(), org.assertj.core.data.Offset.offset(0.01f));
      assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
    }
  }

  @Test
  void oneByteChangedBreaksTheDigest() {
    byte[] changed = changedOneByte(signed);
    SignatureCheck c = PdfSignatures.verify(changed, List.of(authority.ca())).get(0);
    assertThat(c.digestMatches()).isFalse();
    assertThat(c.unchanged()).isFalse();
    assertThat(c.reasons())
        .extracting(r -> r.en())
        .anyMatch(r -> r.contains("changed after signing"));
  }

  @Test
  void bytesAddedAfterSigningAreNoLongerCovered() {
    byte[] longer =
        (new String(signed, StandardCharsets.ISO_8859_1) + "\n% added\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    SignatureCheck c = PdfSignatures.verify(longer, List.of(authority.ca())).get(0);
    assertThat(c.digestMatches()).isTrue();
    assertThat(c.wholeDocument()).isFalse();
    assertThat(c.unchanged()).isFalse();
  }

  @Test
  void aSignerOfAnotherAuthorityIsNotTrusted() {
    TestAuthority other = TestAuthority.generate("CN=Other CA, C=VN", "CN=Someone, C=VN", AT);
    byte[] theirs =
        PadesSigner.sign(
            decision.bytes(), other.signer(), decision.signature(), "x", AT.atZone(VN));
    SignatureCheck c = PdfSignatures.verify(theirs, List.of(authority.ca())).get(0);
    assertThat(c.trusted()).isFalse();
    assertThat(c.unchanged()).isTrue();
    assertThat(PdfSignatures.verify(theirs, List.of(other.ca())).get(0).trusted()).isTrue();
    assertThat(PdfSignatures.verify(decision.bytes(), List.of(other.ca()))).isEmpty();
  }

  @Test
  void whatIsNoPdfIsSaidSo() {
    assertThatThrownBy(
            () -> PdfSignatures.verify("hello".getBytes(StandardCharsets.US_ASCII), List.of()))
        .isInstanceOf(NotAPdfException.class);
    assertThatThrownBy(
            () ->
                PdfSignatures.verify(
                    "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), List.of()))
        .isInstanceOf(NotAPdfException.class);
  }

  @Test
  void theKeystoreAndTrustAnchorsRoundTrip(@TempDir Path dir) throws IOException {
    Path p12 = dir.resolve("signer.p12");
    Path pem = dir.resolve("ca.pem");
    authority.writeTo(p12, "changeit".toCharArray(), pem);
    SigningKey key = SigningKey.pkcs12(p12, "changeit".toCharArray(), TestAuthority.ALIAS);
    assertThat(key.certificate()).isEqualTo(authority.signer().certificate());
    assertThat(key.chain()).hasSize(2);
    assertThat(PdfSignatures.anchors(Files.readAllBytes(pem))).containsExactly(authority.ca());
    assertThat(SigningKey.pkcs12(p12, "changeit".toCharArray(), "").certificate())
        .isEqualTo(key.certificate());
  }

  @Test
  void pdfsigVerifiesTheSignatureAndRefusesTheChangedFile() throws Exception {
    Assumptions.assumeTrue(
        available("pdfsig"),
        "pdfsig (Debian's poppler-utils) is not installed: .ci/run installs it");
    Path good = OUT.resolve("quyet-dinh-signed.pdf");
    Path bad = OUT.resolve("quyet-dinh-signed-changed.pdf");
    Files.write(bad, changedOneByte(signed));
    String ok = run("pdfsig", good.toString());
    assertThat(ok).contains("Signature is Valid").contains("Total document signed");
    assertThat(ok).contains("ETSI.CAdES.detached");
    String broken = run("pdfsig", bad.toString());
    assertThat(broken).doesNotContain("Signature is Valid").contains("Digest Mismatch");
  }

  @Test
  void everySignedDocumentIsValidForPdfsigAndForUs() throws Exception {
    Assumptions.assumeTrue(
        available("pdfsig"),
        "pdfsig (Debian's poppler-utils) is not installed: .ci/run installs it");
    var documents =
        java.util.Map.of(
            "to-trinh", DocumentFixtures.submissionDocument(),
            "giay-khen", DocumentFixtures.certificateDocument());
    for (var e : documents.entrySet()) {
      RenderedPdf r = AdministrativePdf.render(e.getValue(), Optional.empty(), AT.atZone(VN));
      byte[] s =
          PadesSigner.sign(r.bytes(), authority.signer(), r.signature(), "Ký", AT.atZone(VN));
      Path file = OUT.resolve(e.getKey() + "-signed.pdf");
      Files.write(file, s);
      assertThat(run("pdfsig", file.toString()))
          .as(e.getKey())
          .contains("Signature is Valid")
          .contains("Total document signed");
      assertThat(PdfSignatures.verify(s, List.of(authority.ca())).get(0).unchanged()).isTrue();
    }
  }

  /** The byte of the binary comment on the file's second line, which no reader interprets. */
  static byte[] changedOneByte(byte[] pdf) {
    byte[] changed = pdf.clone();
    int second = new String(pdf, 0, 64, StandardCharsets.ISO_8859_1).indexOf('\n') + 2;
    changed[second] = (byte) (changed[second] ^ 0x01);
    return changed;
  }

  static boolean available(String tool) {
    return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
  }

  static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }
}
