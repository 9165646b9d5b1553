package vn.emulation.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.law.TestLaw;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Minutes;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.NomineeResult;
import vn.emulation.core.procedure.Submission;

/** The words of the submission, the decision and the certificate, from the procedure's values. */
class AwardDocumentsTest {

  static final LawRuleSet LAW = TestLaw.ruleSet();
  static final Instant AT = Instant.parse("2026-03-05T02:00:00Z");
  static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 5);
  static final LocalDate DECIDED = LocalDate.of(2026, 3, 10);

  static final Names NAMES =
      new Names() {
        final Map<String, String> people =
            Map.of(
                "p-1", "Nguyễn Thị Ánh Tuyết",
                "p-2", "Trần Văn Đức",
                "c-1", "Tổ dân phố Vĩnh Thanh Vân",
                "p-3", "Lê Hữu Nghĩa");

        @Override
        public String participant(String id) {
          return people.get(id);
        }

        @Override
        public String unit(String code) {
          return "Phường Rạch Giá";
        }
      };

  static final DeciderSetting CHAIRMAN =
      new DeciderSetting(
          new Issuer("", "ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ", "UBND"),
          "Rạch Giá",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ",
          "Chủ tịch Ủy ban nhân dân phường Rạch Giá",
          new Signatory("", "CHỦ TỊCH", "—"),
          List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
          List.of("Chánh Văn phòng Ủy ban nhân dân phường", "Trưởng phòng Văn hóa - Xã hội"),
          List.of("Ban Thi đua - Khen thưởng tỉnh"));

  static final SubmitterSetting DESK =
      new SubmitterSetting(
          new Issuer("ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ", "PHÒNG VĂN HÓA - XÃ HỘI", "VHXH"),
          "Rạch Giá",
          "Phòng Văn hóa - Xã hội",
          new Signatory("", "TRƯỞNG PHÒNG", "Phạm Thị Lan"),
          List.of());

  /** The test law names each form by its code. */
  static final String GK = LAW.formOn(TestLaw.GIAY_KHEN, DECIDED).name().vi();

  static final String HCLD3 = LAW.formOn(TestLaw.HCLD3, DECIDED).name().vi();

  static Nominee nominee(String nomination, String participant, Recipient kind, String form) {
    return new Nominee(nomination, participant, kind, "RGW", form, 2025, Eligibility.ELIGIBLE);
  }

  static List<Nominee> nominees() {
    return List.of(
        nominee("N-1", "p-1", Recipient.INDIVIDUAL, TestLaw.GIAY_KHEN),
        nominee("N-2", "c-1", Recipient.COLLECTIVE, TestLaw.GIAY_KHEN),
        nominee("N-3", "p-2", Recipient.INDIVIDUAL, TestLaw.GIAY_KHEN),
        nominee("N-4", "p-3", Recipient.INDIVIDUAL, TestLaw.HCLD3));
  }

  static Submission submission() {
    List<NomineeResult> results =
        nominees().stream()
            .map(
                n -> new NomineeResult(n, 7, 0, 0, 0, 7, CouncilComposition.DEFAULT_APPROVAL, true))
            .toList();
    Minutes minutes =
        new Minutes(
            "H-2026-1",
            LocalDate.of(2026, 3, 3),
            "Hội trường",
            List.of(new CouncilMember("m1", "Trần Văn Chủ", CouncilRole.CHAIR)),
            List.of(),
            CouncilComposition.DEFAULT_QUORUM,
            results);
    return Submission.prepare("T-1", minutes, Office.COMMUNE_CHAIRMAN, SUBMITTED, LAW, "hd", AT);
  }

  static Decision decision() {
    return submission()
        .decide(
            TestLaw.GIAY_KHEN,
            "15/QĐ-UBND",
            DECIDED,
            "Võ Minh Hoàng",
            AwardType.MOVEMENT,
            List.of("N-1", "N-2", "N-3"),
            LAW,
            "chutich",
            AT)
        .decisionOn(TestLaw.GIAY_KHEN)
        .orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-05, 'Rạch Giá, ngày 05 tháng 01 năm 2026'",
    "2026-02-28, 'Rạch Giá, ngày 28 tháng 02 năm 2026'",
    "2026-03-10, 'Rạch Giá, ngày 10 tháng 3 năm 2026'",
    "2026-12-09, 'Rạch Giá, ngày 09 tháng 12 năm 2026'"
  })
  void aDayBelowTenAndTheFirstTwoMonthsTakeALeadingZero(LocalDate day, String line) {
    assertThat(DocumentDate.placeAndDate(" Rạch Giá ", day)).isEqualTo(line);
  }

  @Test
  void aNumberBelowTenTakesALeadingZero() {
    assertThat(DocumentDate.number(5, DocumentKind.DECISION, "UBND")).isEqualTo("05/QĐ-UBND");
    assertThat(DocumentDate.number(12, DocumentKind.SUBMISSION, "VHXH")).isEqualTo("12/TTr-VHXH");
    assertThatThrownBy(() -> DocumentDate.number(0, DocumentKind.DECISION, "UBND"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDecisionHasItsBasesItsThreeArticlesAndItsListByKind() {
    AdministrativeDocument d =
        AwardDocuments.decision(decision(), "12/TTr-VHXH", SUBMITTED, DESK, CHAIRMAN, LAW, NAMES);

    assertThat(d.number()).isEqualTo("Số: 15/QĐ-UBND");
    assertThat(d.placeAndDate()).isEqualTo("Rạch Giá, ngày 10 tháng 3 năm 2026");
    assertThat(d.summary()).containsExactly("Về việc tặng " + GK);
    assertThat(d.authority()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ");
    assertThat(d.signatory()).isEqualTo(new Signatory("", "CHỦ TỊCH", "Võ Minh Hoàng"));
    List<String> texts = paragraphs(d.body());
    assertThat(texts.get(0))
        .isEqualTo("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
    assertThat(texts).contains("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;");
    assertThat(texts)
        .contains(
            "Theo đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 12/TTr-VHXH ngày 05 tháng 3"
                + " năm 2026.");
    assertThat(texts.stream().filter(t -> t.startsWith("Căn cứ")).toList())
        .allMatch(t -> t.endsWith(";"));
    assertThat(texts)
        .contains(
            "Điều 1. Tặng "
                + GK
                + " cho 02 cá nhân và 01 tập thể có tên trong danh sách kèm theo"
                + " Quyết định này, đã có thành tích năm 2025.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
            "Điều 3. Chánh Văn phòng Ủy ban nhân dân phường, Trưởng phòng Văn hóa - Xã hội và các"
                + " cá nhân và tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định"
                + " này./.");
    assertThat(d.recipients())
        .containsExactly("- Như Điều 3;", "- Ban Thi đua - Khen thưởng tỉnh;", "- Lưu: VT, UBND.");
    List<Block.Table> tables =
        d.appendix().stream()
            .filter(Block.Table.class::isInstance)
            .map(Block.Table.class::cast)
            .toList();
    assertThat(tables).hasSize(2);
    assertThat(tables.get(0).rows())
        .containsExactly(
            List.of("1", "Nguyễn Thị Ánh Tuyết", "Phường Rạch Giá"),
            List.of("2", "Trần Văn Đức", "Phường Rạch Giá"));
    assertThat(tables.get(1).rows())
        .containsExactly(List.of("1", "Tổ dân phố Vĩnh Thanh Vân", "Phường Rạch Giá"));
    assertThat(paragraphs(d.appendix())).contains("I. CÁ NHÂN (02)", "II. TẬP THỂ (01)");
  }

  @Test
  void theSubmissionGroupsByFormAndProposesWhatIsAboveTheOffice() {
    AdministrativeDocument s =
        AwardDocuments.submission(submission(), "12/TTr-VHXH", DESK, CHAIRMAN, LAW, NAMES);

    assertThat(s.addressee()).isEqualTo("Kính gửi: Chủ tịch Ủy ban nhân dân phường Rạch Giá.");
    assertThat(s.summary()).containsExactly("Về việc đề nghị khen thưởng năm 2025");
    List<String> texts = paragraphs(s.body());
    assertThat(texts)
        .contains(
            "1. Tặng " + GK + " cho 02 cá nhân và 01 tập thể (có danh sách kèm theo).",
            "2. Đề nghị Chủ tịch nước xem xét, tặng "
                + HCLD3
                + " cho 01 cá nhân (có"
                + " danh sách kèm theo).");
    assertThat(texts.get(texts.size() - 1))
        .isEqualTo("Kính trình Chủ tịch Ủy ban nhân dân phường Rạch Giá xem xét, quyết định./.");
    assertThat(s.recipients()).containsExactly("- Như trên;", "- Lưu: VT, VHXH.");
  }

  @Test
  void eachAwardeeHasACertificateAndNobodyElse() {
    Decision d = decision();
    AdministrativeDocument c =
        AwardDocuments.certificate(d, nominees().get(1), CHAIRMAN, LAW, NAMES);

    assertThat(c.title()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ");
    assertThat(c.body())
        .extracting(b -> ((Block.Heading) b).run().text())
        .containsExactly(
            "TẶNG",
            GK.toUpperCase(java.util.Locale.ROOT),
            "Tổ dân phố Vĩnh Thanh Vân",
            "Phường Rạch Giá",
            "Đã có thành tích xuất sắc trong năm 2025",
            "Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2026");
    assertThatThrownBy(() -> AwardDocuments.certificate(d, nominees().get(3), CHAIRMAN, LAW, NAMES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDecisionPrintsTheAuditHeadAfterItsListAndNothingElseChanges() {
    AdministrativeDocument d =
        AwardDocuments.decision(decision(), "12/TTr-VHXH", SUBMITTED, DESK, CHAIRMAN, LAW, NAMES);
    String hash = "0123456789abcdef".repeat(4);

    AdministrativeDocument printed = AwardDocuments.withAuditHead(d, 42, hash);

    assertThat(printed.appendix()).startsWith(d.appendix().toArray(Block[]::new));
    assertThat(printed.appendix().subList(d.appendix().size(), printed.appendix().size()))
        .containsExactly(
            Block.Paragraph.of(
                Run.italic("Nhật ký kiểm toán khi ban hành: mục số 42, mã băm SHA-256:")),
            new Block.Heading(Run.plain(hash)));
    assertThat(printed.body()).isEqualTo(d.body());
    assertThat(printed.number()).isEqualTo(d.number());
    assertThat(printed.recipients()).isEqualTo(d.recipients());
    assertThatThrownBy(() -> AwardDocuments.withAuditHead(d, 42, "ABC"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AwardDocuments.withAuditHead(d, -1, hash))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyTextIsInNfc() {
    String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
    assertThat(Run.plain(decomposed).text()).isEqualTo("Nguyễn Thị Ánh Tuyết");
  }

  static List<String> paragraphs(List<Block> blocks) {
    return blocks.stream()
        .filter(Block.Paragraph.class::isInstance)
        .map(b -> ((Block.Paragraph) b).text())
        .toList();
  }
}
