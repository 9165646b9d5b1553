package vn.emulation.jakarta.format.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.received.DossierManifest;
import vn.emulation.core.procedure.received.DossierNominee;
import vn.emulation.core.procedure.received.DossierReceipt;
import vn.emulation.core.procedure.received.ReceivedNomination;
import vn.emulation.jakarta.application.procedure.DocumentFile;
import vn.emulation.jakarta.application.procedure.DossierExport;
import vn.emulation.jakarta.application.procedure.IncomingDossier;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.format.document.AdministrativePdf;
import vn.emulation.jakarta.format.document.DocumentFixtures;
import vn.emulation.jakarta.format.signature.TestAuthority;

/**
 * The electronic dossier's format round trip: written deterministically, read back with a good
 * signature and every SHA-256 matching, the manifest following its JSON Schema; one byte changed in
 * a file or in the manifest is refused naming it; a manifest off the schema is refused field by
 * field.
 */
class DossierFormatTest {

  static final ZonedDateTime AT =
      ZonedDateTime.of(2026, 3, 5, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh"));
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  static TestAuthority city;
  static TestAuthority other;
  static byte[] zip;

  @BeforeAll
  static void write() {
    city = TestAuthority.generate("CN=CA Tỉnh An Giang", "CN=Nguyễn Văn Ký", Instant.now());
    other = TestAuthority.generate("CN=CA Khác", "CN=Người Khác", Instant.now());
    zip = DossierWriter.write(export(), city.signer());
  }

  static DossierExport export() {
    Submission s = DocumentFixtures.submission();
    Nominee n = s.groups().get(0).nominees().get(0);
    DossierNominee nominee =
        new DossierNominee(
            n.nominationId(),
            n.participantId(),
            "Nguyễn Thị Ánh Tuyết",
            n.kind(),
            n.unitCode(),
            "Phường Vĩnh Lạc",
            n.form(),
            n.year(),
            "ELIGIBLE",
            "R-1",
            "ELIGIBLE",
            List.of());
    return new DossierExport(
        new PlanSubmission("rach-gia-2022-2025", "ANNUAL-2023", s),
        issued(),
        "Ủy ban nhân dân thành phố Rạch Giá",
        List.of(
            new DossierExport.ExportedNominee(
                nominee,
                List.of(
                    file("SUBMISSION", "tờ trình.pdf", FileReference.PDF, PDF),
                    file("ACHIEVEMENT_REPORT", "ảnh/bằng.png", "image/png", PNG)))));
  }

  /** The tờ trình as issued: rendered once, as the documents kept when it was drawn up are. */
  static DocumentFile issued() {
    byte[] pdf =
        AdministrativePdf.render(DocumentFixtures.submissionDocument(), Optional.empty(), AT)
            .bytes();
    return new DocumentFile("to-trinh.pdf", DocumentFile.PDF, pdf, DossierWriter.sha256(pdf));
  }

  static DossierExport.ExportedFile file(String item, String name, String type, byte[] bytes) {
    return new DossierExport.ExportedFile(
        item, new FileReference(name, type, bytes.length, DossierWriter.sha256(bytes)), bytes);
  }

  static IncomingDossier read(byte[] archive, TestAuthority trusted) {
    return DossierReader.read(new ByteArrayInputStream(archive), 10_000_000, List.of(trusted.ca()));
  }

  static Map<String, byte[]> entries(byte[] archive) {
    return new LinkedHashMap<>(
        DossierArchive.read(new ByteArrayInputStream(archive), 10_000_000).entries());
  }

  static byte[] rezip(Map<String, byte[]> entries) {
    Map<String, byte[]> files = new TreeMap<>(entries);
    byte[] manifest = files.remove(DossierManifest.MANIFEST);
    byte[] signature = files.remove(DossierManifest.SIGNATURE);
    return DossierArchive.write(manifest, signature, new TreeMap<>(files));
  }

  static List<ReceivedNomination> receive(IncomingDossier in) {
    return DossierReceipt.receive(
        "an-giang-2026",
        in.manifest(),
        in.files(),
        in.signatureProblem(),
        in.manifestSha256(),
        Office.DEPARTMENT_HEAD,
        DocumentFixtures.LAW,
        Set.of(),
        () -> "R-1",
        "officer.tinh",
        Instant.now());
  }

  @Test
  void theSameDossierGivesTheSameBytes() {
    assertThat(DossierWriter.write(export(), city.signer())).isEqualTo(zip);
  }

  @Test
  void laysOutTheManifestItsSignatureTheSubmissionAndEachNomineesFiles() {
    assertThat(entries(zip).keySet())
        .containsExactly(
            "manifest.json",
            "manifest.json.p7s",
            "nominees/N-1/ACHIEVEMENT_REPORT/2-ảnh_bằng.png",
            "nominees/N-1/SUBMISSION/1-tờ trình.pdf",
            "submission/to-trinh.pdf");
  }

  @Test
  void roundTripsWithAGoodSignatureAndEveryFileMatching() {
    IncomingDossier in = read(zip, city);
    assertThat(in.problems()).isEmpty();
    assertThat(in.signatureProblem()).isNull();
    DossierManifest m = in.manifest();
    assertThat(m.format()).isEqualTo(DossierManifest.FORMAT);
    assertThat(m.proposingBody()).isEqualTo("Ủy ban nhân dân thành phố Rạch Giá");
    assertThat(m.nominees())
        .extracting(DossierNominee::name)
        .containsExactly("Nguyễn Thị Ánh Tuyết");
    assertThat(m.files()).hasSize(3);
    List<ReceivedNomination> got = receive(in);
    assertThat(got).hasSize(1);
    assertThat(got.get(0).files()).hasSize(3);
    assertThat(got.get(0).dossierSha256()).isEqualTo(in.manifestSha256());
  }

  @Test
  void theWrittenManifestFollowsItsSchema() throws IOException {
    String schema;
    try (InputStream s = ManifestJson.class.getResourceAsStream(ManifestJson.SCHEMA)) {
      schema = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    String manifest = new String(entries(zip).get("manifest.json"), StandardCharsets.UTF_8);
    List<Error> errors =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema, InputFormat.JSON)
            .validate(
                manifest,
                InputFormat.JSON,
                c -> c.executionConfig(config -> config.formatAssertionsEnabled(true)));
    assertThat(errors).isEmpty();
    String bad = manifest.replace("\"size\":", "\"bytes\":");
    assertThat(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schema, InputFormat.JSON)
                .validate(bad, InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void oneByteOfAFileChangedIsRefusedNamingTheFile() {
    Map<String, byte[]> e = entries(zip);
    String path = "nominees/N-1/SUBMISSION/1-tờ trình.pdf";
    byte[] changed = e.get(path).clone();
    changed[3] ^= 1;
    e.put(path, changed);
    IncomingDossier in = read(rezip(e), city);
    assertThat(in.signatureProblem()).isNull();
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> receive(in));
    assertThat(refused.problems()).hasSize(1);
    Problem p = refused.problems().get(0);
    assertThat(p.path()).endsWith(".sha256");
    assertThat(p.reason().vi()).contains(path);
    assertThat(p.reason().en()).contains(path);
  }

  @Test
  void oneByteOfTheManifestChangedBreaksItsSignature() {
    Map<String, byte[]> e = entries(zip);
    String json = new String(e.get("manifest.json"), StandardCharsets.UTF_8);
    e.put(
        "manifest.json",
        json.replace("Nguyễn Thị Ánh Tuyết", "Nguyễn Thị Ánh Tuyêt")
            .getBytes(StandardCharsets.UTF_8));
    IncomingDossier in = read(rezip(e), city);
    assertThat(in.signatureProblem()).isNotNull();
    assertThat(in.signatureProblem().en()).contains("changed");
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> receive(in));
    assertThat(refused.problems()).extracting(Problem::path).containsExactly("signature");
    assertThat(refused.problems().get(0).reason().vi()).contains("manifest.json.p7s");
  }

  @Test
  void aSignerNotChainingToTheTrustAnchorsIsRefused() {
    IncomingDossier in = read(zip, other);
    assertThat(in.signatureProblem()).isNotNull();
    assertThat(in.signatureProblem().vi()).contains("tin cậy");
  }

  @Test
  void aFileAddedOrAManifestMissingIsNamed() {
    Map<String, byte[]> e = entries(zip);
    e.put("extra/ghi-chú.txt", "x".getBytes(StandardCharsets.UTF_8));
    assertThatRefused(read(rezip(e), city)).containsExactly("archive");
    Map<String, byte[]> none = entries(zip);
    none.remove("manifest.json");
    IncomingDossier missing =
        DossierReader.read(
            new ByteArrayInputStream(
                DossierArchive.write(
                    "{}".getBytes(StandardCharsets.UTF_8),
                    none.get("manifest.json.p7s"),
                    new TreeMap<>(Map.of("a.pdf", PDF)))),
            10_000_000,
            List.of(city.ca()));
    assertThat(missing.manifest()).isNull();
    assertThat(missing.problems()).extracting(Problem::path).contains("manifest.format");
  }

  private static org.assertj.core.api.ListAssert<String> assertThatRefused(IncomingDossier in) {
    InvalidInputException refused =
        catchThrowableOfType(InvalidInputException.class, () -> receive(in));
    return assertThat(refused.problems().stream().map(Problem::path).toList());
  }

  @Test
  void aManifestOffTheSchemaIsRefusedFieldByField() {
    String json = new String(entries(zip).get("manifest.json"), StandardCharsets.UTF_8);
    String bad =
        json.replace("\"from\":\"COMMUNE_CHAIRMAN\"", "\"from\":\"MAYOR\"")
            .replace("\"planCode\":", "\"plan\":")
            .replaceFirst("\"size\":\\d+", "\"size\":-1");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ManifestJson.read(bad.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.problems())
        .extracting(Problem::path)
        .contains("manifest.from", "manifest.planCode", "manifest.plan", "manifest.files[0].size");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> ManifestJson.read("[1]".getBytes(StandardCharsets.UTF_8)))
                .problems())
        .extracting(Problem::path)
        .containsExactly("manifest");
  }

  @Test
  void anArchiveThatIsNoZipOrHasAnEscapingPathIsNamed() {
    assertThat(DossierArchive.read(new ByteArrayInputStream(PDF), 1000).problems())
        .extracting(Problem::path)
        .containsExactly("archive");
    assertThat(DossierWriter.segment("../x")).isEqualTo(".._x");
    assertThat(DossierWriter.segment("..")).isEqualTo("_..");
  }
}
