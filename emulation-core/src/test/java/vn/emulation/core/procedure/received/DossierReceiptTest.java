package vn.emulation.core.procedure.received;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.law.TestLaw;

class DossierReceiptTest {

  static final LawRuleSet LAW = TestLaw.ruleSet();
  static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 2, 11);
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);
  static final String C = "c".repeat(64);

  static DossierManifest manifest(String format, String form) {
    return new DossierManifest(
        format,
        "rach-gia-2022-2025",
        "ANNUAL-2023",
        "Ủy ban nhân dân thành phố Rạch Giá",
        Office.DISTRICT_CHAIRMAN,
        List.of(Office.COMMUNE_CHAIRMAN, Office.DEPARTMENT_HEAD),
        "S-1",
        DAY,
        "submission/to-trinh.pdf",
        List.of(
            new DossierNominee(
                "N-1",
                "e1",
                "Công ty TNHH Một",
                Recipient.COLLECTIVE,
                "30745",
                "Phường Vĩnh Lạc",
                form,
                2023,
                "ELIGIBLE",
                "R-1",
                "ELIGIBLE",
                List.of("nominees/N-1/SUBMISSION/t.pdf", "nominees/N-1/ACHIEVEMENT_REPORT/b.png"))),
        List.of(
            new DossierFile("nominees/N-1/ACHIEVEMENT_REPORT/b.png", "image/png", 16, B),
            new DossierFile("nominees/N-1/SUBMISSION/t.pdf", "application/pdf", 80, A),
            new DossierFile("submission/to-trinh.pdf", "application/pdf", 5000, C)));
  }

  static List<ArchivedFile> archive() {
    return new ArrayList<>(
        List.of(
            new ArchivedFile("nominees/N-1/ACHIEVEMENT_REPORT/b.png", 16, B),
            new ArchivedFile("nominees/N-1/SUBMISSION/t.pdf", 80, A),
            new ArchivedFile("submission/to-trinh.pdf", 5000, C)));
  }

  static List<ReceivedNomination> receive(
      DossierManifest m, List<ArchivedFile> files, LocalizedText signature, Office to) {
    AtomicInteger n = new AtomicInteger();
    return DossierReceipt.receive(
        "an-giang-2026",
        m,
        files,
        signature,
        "d".repeat(64),
        to,
        LAW,
        Set.of(),
        () -> "R-" + n.incrementAndGet(),
        "officer.tinh",
        AT);
  }

  static List<String> fields(Runnable r) {
    return catchThrowableOfType(InvalidInputException.class, r::run).problems().stream()
        .map(Problem::path)
        .toList();
  }

  @Test
  void receivesEachNomineeWithTheSubmissionAndItsOwnFiles() {
    List<ReceivedNomination> got =
        receive(
            manifest(DossierManifest.FORMAT, "GIAY_KHEN"), archive(), null, Office.DEPARTMENT_HEAD);
    assertThat(got).hasSize(1);
    ReceivedNomination r = got.get(0);
    assertThat(r.id()).isEqualTo("R-1");
    assertThat(r.state()).isEqualTo(ReceivedState.RECEIVED);
    assertThat(r.to()).isEqualTo(Office.DEPARTMENT_HEAD);
    assertThat(r.from()).isEqualTo(Office.DISTRICT_CHAIRMAN);
    assertThat(r.source())
        .isEqualTo(new ReceivedNomination.Source("rach-gia-2022-2025", "S-1", "N-1"));
    assertThat(r.nominee().name()).isEqualTo("Công ty TNHH Một");
    assertThat(r.files())
        .extracting(DossierFile::path)
        .containsExactly(
            "submission/to-trinh.pdf",
            "nominees/N-1/SUBMISSION/t.pdf",
            "nominees/N-1/ACHIEVEMENT_REPORT/b.png");
  }

  @Test
  void refusesAChangedFileNamingIt() {
    List<ArchivedFile> files = archive();
    files.set(1, new ArchivedFile("nominees/N-1/SUBMISSION/t.pdf", 80, "e".repeat(64)));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                receive(
                    manifest(DossierManifest.FORMAT, "GIAY_KHEN"),
                    files,
                    null,
                    Office.DEPARTMENT_HEAD));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("files[1].sha256");
    assertThat(e.problems().get(0).reason().vi())
        .contains("nominees/N-1/SUBMISSION/t.pdf")
        .contains("đã bị thay đổi");
    assertThat(e.problems().get(0).reason().en()).contains("nominees/N-1/SUBMISSION/t.pdf");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<ArchivedFile> files = archive();
    files.remove(0);
    files.add(new ArchivedFile("extra.txt", 3, A));
    files.set(0, new ArchivedFile("nominees/N-1/SUBMISSION/t.pdf", 81, A));
    assertThat(
            fields(
                () ->
                    receive(
                        manifest("emulation-dossier/9", "GIAY_KHEN"),
                        files,
                        LocalizedText.of("không tin cậy", "untrusted"),
                        Office.PROVINCE_CHAIRMAN)))
        .containsExactly(
            "signature", "format", "files[0]", "files[1].size", "archive", "nominees[0].form");
  }

  @Test
  void refusesANomineeFileNotListedAndAFormUnknown() {
    DossierManifest m = manifest(DossierManifest.FORMAT, "NO_SUCH_FORM");
    DossierNominee n = m.nominees().get(0);
    List<String> paths = new ArrayList<>(n.files());
    paths.add("nominees/N-1/OTHER/x.pdf");
    DossierNominee more =
        new DossierNominee(
            n.nominationId(),
            n.participantId(),
            n.name(),
            n.kind(),
            n.unitCode(),
            n.unitName(),
            n.form(),
            n.year(),
            n.verdict(),
            n.verdictRun(),
            n.appraisal(),
            paths);
    DossierManifest changed =
        new DossierManifest(
            m.format(),
            m.planCode(),
            m.occasionCode(),
            m.proposingBody(),
            m.from(),
            m.to(),
            m.submissionId(),
            m.submittedOn(),
            m.submissionFile(),
            List.of(more),
            m.files());
    assertThat(fields(() -> receive(changed, archive(), null, Office.DEPARTMENT_HEAD)))
        .containsExactly("nominees[0].files[2]", "nominees[0].form");
  }

  @Test
  void receivesANominationOnce() {
    DossierManifest m = manifest(DossierManifest.FORMAT, "GIAY_KHEN");
    assertThat(
            fields(
                () ->
                    DossierReceipt.receive(
                        "an-giang-2026",
                        m,
                        archive(),
                        null,
                        "d".repeat(64),
                        Office.DEPARTMENT_HEAD,
                        LAW,
                        Set.of(new ReceivedNomination.Source("rach-gia-2022-2025", "S-1", "N-1")),
                        () -> "R",
                        "o",
                        AT)))
        .containsExactly("nominees[0].nominationId");
  }

  @Test
  void anArchivePathNeverLeavesTheArchive() {
    assertThat(DossierFile.isSafePath("nominees/N-1/SUBMISSION/t.pdf")).isTrue();
    for (String bad : List.of("/etc/passwd", "../x", "a/../b", "a//b", "a\\b", "", "a/./b")) {
      assertThat(DossierFile.isSafePath(bad)).as(bad).isFalse();
    }
  }
}
