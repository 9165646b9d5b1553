package vn.emulation.jakarta.format.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.AwardDocuments;
import vn.emulation.core.document.Block;
import vn.emulation.core.document.Names;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.Decision;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Minutes;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.NomineeResult;
import vn.emulation.core.procedure.Submission;
import vn.emulation.jakarta.format.law.BuiltInLaw;

/**
 * A submission of Rạch Giá's council in March 2026 under the built-in law and template: three Giấy
 * khen (two people, one collective) within the ward chairman's authority and a Labour Order
 * proposed to the President; the decision on the Giấy khen; names with every Vietnamese letter.
 */
public final class DocumentFixtures {

  public static final LawRuleSet LAW = BuiltInLaw.ruleSet();
  public static final DocumentTemplate TEMPLATE = DocumentTemplate.builtIn();
  static final Instant AT = Instant.parse("2026-03-05T02:00:00Z");
  public static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 5);
  public static final LocalDate DECIDED = LocalDate.of(2026, 3, 10);
  public static final String GIAY_KHEN = "GIAY_KHEN";
  static final String HCLD3 = "HUAN_CHUONG_LAO_DONG_HANG_BA";

  /** Every precomposed Vietnamese letter, U+1EA0–U+1EF9 and the Latin-1 and Extended-A ones. */
  public static final String EVERY_LETTER = everyLetter();

  public static final Names NAMES =
      new Names() {
        final Map<String, String> people =
            Map.of(
                "p-1", "Nguyễn Thị Ánh Tuyết",
                "p-2", "Đặng Quốc Hưng",
                "c-1", "Tổ dân phố Vĩnh Thanh Vân",
                "p-3", "Trương Mỹ Lệ",
                "p-4", EVERY_LETTER);

        @Override
        public String participant(String id) {
          return people.get(id);
        }

        @Override
        public String unit(String code) {
          return code.equals("RGW") ? "Phường Rạch Giá" : "Trường THCS Nguyễn Trung Trực";
        }
      };

  private DocumentFixtures() {}

  static String everyLetter() {
    StringBuilder b = new StringBuilder();
    String base = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư";
    b.append(base);
    for (int c = 0x1EA0; c <= 0x1EF9; c++) {
      b.append((char) c);
    }
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < b.length(); i++) {
      if (i > 0 && i % 8 == 0) {
        words.append(' ');
      }
      words.append(b.charAt(i));
    }
    return words.toString();
  }

  static Nominee nominee(
      String nomination, String participant, Recipient kind, String unit, String form) {
    return new Nominee(nomination, participant, kind, unit, form, 2025, Eligibility.ELIGIBLE);
  }

  public static List<Nominee> nominees() {
    return List.of(
        nominee("N-1", "p-1", Recipient.INDIVIDUAL, "RGW", GIAY_KHEN),
        nominee("N-2", "c-1", Recipient.COLLECTIVE, "RGW", GIAY_KHEN),
        nominee("N-3", "p-2", Recipient.INDIVIDUAL, "NTT", GIAY_KHEN),
        nominee("N-5", "p-4", Recipient.INDIVIDUAL, "NTT", GIAY_KHEN),
        nominee("N-4", "p-3", Recipient.INDIVIDUAL, "RGW", HCLD3));
  }

  public static Submission submission() {
    List<NomineeResult> results =
        nominees().stream()
            .map(
                n -> new NomineeResult(n, 7, 0, 0, 0, 7, CouncilComposition.DEFAULT_APPROVAL, true))
            .toList();
    Minutes minutes =
        new Minutes(
            "H-2026-1",
            LocalDate.of(2026, 3, 3),
            "Hội trường UBND phường Rạch Giá",
            List.of(new CouncilMember("m1", "Trần Văn Chủ", CouncilRole.CHAIR)),
            List.of(),
            CouncilComposition.DEFAULT_QUORUM,
            results);
    return Submission.prepare("T-1", minutes, Office.COMMUNE_CHAIRMAN, SUBMITTED, LAW, "hd", AT);
  }

  public static Decision decision() {
    return submission()
        .decide(
            GIAY_KHEN,
            "15/QĐ-UBND",
            DECIDED,
            "Võ Minh Hoàng",
            AwardType.MOVEMENT,
            List.of("N-1", "N-2", "N-3", "N-5"),
            LAW,
            "chutich",
            AT)
        .decisionOn(GIAY_KHEN)
        .orElseThrow();
  }

  public static AdministrativeDocument submissionDocument() {
    return AwardDocuments.submission(
        submission(), "12/TTr-VHXH", TEMPLATE.submitter(), TEMPLATE.decider(), LAW, NAMES);
  }

  public static AdministrativeDocument decisionDocument() {
    return AwardDocuments.decision(
        decision(), "12/TTr-VHXH", SUBMITTED, TEMPLATE.submitter(), TEMPLATE.decider(), LAW, NAMES);
  }

  public static AdministrativeDocument certificateDocument() {
    return AwardDocuments.certificate(
        decision(), nominees().get(3), TEMPLATE.decider(), LAW, NAMES);
  }

  /** Every text the document holds, in order. */
  static List<String> texts(AdministrativeDocument d) {
    List<String> t = new ArrayList<>();
    t.add(AdministrativeDocument.NATIONAL_NAME);
    t.add(AdministrativeDocument.MOTTO);
    t.add(d.issuer().parentBody());
    t.add(d.issuer().body());
    t.add(d.number());
    t.add(d.placeAndDate());
    t.add(d.title());
    t.addAll(d.summary());
    t.add(d.authority());
    t.add(d.addressee());
    blocks(d.body(), t);
    t.add(d.signatory().authority());
    t.add(d.signatory().position());
    t.add(d.signatory().name());
    if (!d.recipients().isEmpty()) {
      t.add(AdministrativeDocument.RECIPIENTS);
    }
    t.addAll(d.recipients());
    blocks(d.appendix(), t);
    return t.stream().filter(s -> !s.isBlank()).toList();
  }

  private static void blocks(List<Block> blocks, List<String> t) {
    for (Block b : blocks) {
      if (b instanceof Block.Paragraph p) {
        t.add(p.text());
      } else if (b instanceof Block.Heading h) {
        t.add(h.run().text());
      } else if (b instanceof Block.Table table) {
        t.addAll(table.header());
        table.rows().forEach(t::addAll);
      }
    }
  }
}
