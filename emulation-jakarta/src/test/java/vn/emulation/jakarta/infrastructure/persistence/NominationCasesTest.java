package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.calendar.WorkingCalendar;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.Dossier;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.NominatedOccasion;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.NominationState;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.jakarta.application.procedure.StoredNomination;
import vn.emulation.jakarta.format.law.BuiltInLaw;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/**
 * A nomination stored as a case and read back is the same nomination, able to go on: its dossier
 * with every file, the stored verdict, every appraisal with its reasons and due day, its log.
 */
class NominationCasesTest {

  static final LawRuleSet LAW = BuiltInLaw.ruleSet();
  static final WorkingCalendar CALENDAR = BuiltInLaw.calendar();
  static final NominatedOccasion ANNUAL_2025 =
      new NominatedOccasion("ANNUAL-2025", OccasionType.ANNUAL, YearPeriod.of(2025, 2025));
  static final String FORM = "GIAY_KHEN_CHU_TICH_TP";
  static final Instant SENT = Instant.parse("2026-02-10T02:00:00.120Z");
  static final Instant RETURNED = Instant.parse("2026-02-13T03:00:00.450Z");

  static FileReference pdf(String name) {
    return new FileReference(name + ".pdf", FileReference.PDF, 2048, "ab".repeat(32));
  }

  static FileReference word(String name) {
    return new FileReference(
        name + ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        4096,
        "cd".repeat(32));
  }

  static final Dossier DOSSIER =
      new Dossier(
          1,
          List.of(
              new DossierDocument(
                  "SUBMISSION", List.of(pdf("Tờ trình đề nghị khen thưởng"), word("to-trinh"))),
              new DossierDocument("ACHIEVEMENT_REPORT", List.of(pdf("bao-cao"))),
              new DossierDocument("REVIEW_MINUTES", List.of(pdf("bien-ban")))));

  static Nomination draft(String id, String participant) {
    return Nomination.open(id, ANNUAL_2025, "30745", participant, FORM, "GIAY_KHEN", DOSSIER);
  }

  /** The built-in plan's Giấy khen, one set. */
  static AwardForm planForm() {
    Plan plan =
        new PlanJsonReader()
            .read(NominationCasesTest.class.getResourceAsStream("/plans/rach-gia-2022-2025.json"));
    return plan.awardForm(FORM).orElseThrow();
  }

  static Nomination returned(String id, String participant) {
    VerdictReference verdict =
        new VerdictReference(
            "run-7",
            participant,
            "ANNUAL-2025",
            FORM,
            Outcome.NOT_ELIGIBLE,
            "plans/p/occasions/ANNUAL-2025/evaluations/run-7/verdicts/" + participant);
    return draft(id, participant)
        .submit(LAW, planForm(), verdict, Map.of(), "lan.reporter", SENT)
        .returnForCorrection("Thiếu chữ ký số", CALENDAR, 5, "hoa.officer", RETURNED);
  }

  @Test
  void readsBackEveryFieldAndTheLog() {
    Nomination n = returned("nom-1", "can-bo-17");
    StoredNomination s =
        new StoredNomination("rach-gia-2022-2025", n, "lan.reporter", SENT.minusSeconds(3600));

    CaseRepository.StoredCase stored = NominationCases.stored(s);
    StoredNomination back = NominationCases.nomination(stored);

    assertThat(stored.kind()).isEqualTo("nomination");
    assertThat(stored.state()).isEqualTo("RETURNED");
    assertThat(stored.unitCode()).isEqualTo("30745");
    assertThat(back.planCode()).isEqualTo("rach-gia-2022-2025");
    assertThat(back.openedBy()).isEqualTo("lan.reporter");
    Nomination b = back.nomination();
    assertThat(b.occasion()).isEqualTo(ANNUAL_2025);
    assertThat(b.participantId()).isEqualTo("can-bo-17");
    assertThat(b.awardFormCode()).isEqualTo(FORM);
    assertThat(b.lawFormCode()).isEqualTo("GIAY_KHEN");
    assertThat(b.dossier()).isEqualTo(DOSSIER);
    assertThat(b.verdict()).isEqualTo(n.verdict());
    assertThat(b.appraisals()).isEqualTo(n.appraisals());
    assertThat(b.appraisal().orElseThrow().decision())
        .isEqualTo(AppraisalDecision.RETURN_FOR_CORRECTION);
    assertThat(b.appraisal().orElseThrow().correctionDueOn()).isNotNull();
    assertThat(b.log()).isEqualTo(n.log());
    assertThat(b.amend(DOSSIER, "lan.reporter", RETURNED.plusSeconds(60)).state())
        .isEqualTo(NominationState.RETURNED);
  }

  @Test
  void aDraftReadsBackWithoutVerdictOrAppraisal() {
    Nomination n = draft("nom-2", "can-bo-18");
    StoredNomination back =
        NominationCases.nomination(
            NominationCases.stored(new StoredNomination("p", n, "lan.reporter", SENT)));

    assertThat(back.nomination().verdict()).isEmpty();
    assertThat(back.nomination().appraisals()).isEmpty();
    assertThat(back.nomination().dossier()).isEqualTo(DOSSIER);
    assertThat(back.version()).isEqualTo(1);
  }

  @Test
  void aStoredCaseWhoseStateTheLogDoesNotReachIsRefused() {
    CaseRepository.StoredCase s =
        NominationCases.stored(
            new StoredNomination("p", returned("nom-3", "x"), "lan.reporter", SENT));
    CaseRepository.StoredCase forged =
        new CaseRepository.StoredCase(
            s.id(),
            s.kind(),
            s.planCode(),
            s.unitCode(),
            "ELIGIBLE",
            s.version(),
            s.openedBy(),
            s.openedAt(),
            s.body(),
            s.transitions());

    assertThatThrownBy(() -> NominationCases.nomination(forged))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSentCaseWithoutItsVerdictIsRefused() {
    CaseRepository.StoredCase s =
        NominationCases.stored(
            new StoredNomination("p", returned("nom-4", "x"), "lan.reporter", SENT));
    String body = s.body().replaceAll(",\"verdict\":\\{[^}]*}", "");
    assertThat(body).doesNotContain("\"verdict\"");
    CaseRepository.StoredCase forged =
        new CaseRepository.StoredCase(
            s.id(),
            s.kind(),
            s.planCode(),
            s.unitCode(),
            s.state(),
            s.version(),
            s.openedBy(),
            s.openedAt(),
            body,
            s.transitions());

    assertThatThrownBy(() -> NominationCases.nomination(forged))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
