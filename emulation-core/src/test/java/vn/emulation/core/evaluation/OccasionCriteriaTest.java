package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.enterprise;
import static vn.emulation.core.TestPlans.norm;
import static vn.emulation.core.TestPlans.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.AwardLevel;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionCriteria;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Plan;

/**
 * The province's Bằng khen asks for the contribution norm in the annual round only (seed IV.2 a)
 * and for a typical contribution at the interim and final reviews (IV.2 b, c); the norm, not yet
 * issued, leaves only the annual verdict incomplete.
 */
class OccasionCriteriaTest {

  static final String BANG_KHEN = "BK-TINH";
  static final String ANNUAL = "ANNUAL-2023";
  static final String INTERIM = "INTERIM-2023";
  static final String FINAL = "FINAL-2025";

  /** The plan with the norm unset, as the Rạch Giá plan stands. */
  static Plan plan() {
    return TestPlans.skeleton()
        .criterion(declaration("CHAP-HANH", false))
        .criterion(declaration("XUAT-SAC", false))
        .criterion(norm("DINH-MUC-DONG-GOP", "dongGop"))
        .criterion(declaration("TIEU-BIEU", false))
        .awardForm(
            new AwardForm(
                BANG_KHEN,
                text("Bằng khen của Chủ tịch UBND tỉnh"),
                text("Chủ tịch UBND tỉnh"),
                AwardLevel.PROVINCE,
                false,
                Set.of(ParticipantKind.values()),
                3,
                List.of(),
                List.of("CHAP-HANH"),
                List.of(
                    new OccasionCriteria(
                        Set.of(OccasionType.ANNUAL), List.of("XUAT-SAC", "DINH-MUC-DONG-GOP")),
                    new OccasionCriteria(
                        Set.of(OccasionType.INTERIM, OccasionType.FINAL), List.of("TIEU-BIEU")))))
        .occasion(occasion(ANNUAL, OccasionType.ANNUAL, 2023))
        .occasion(occasion(INTERIM, OccasionType.INTERIM, 2023))
        .occasion(occasion(FINAL, OccasionType.FINAL, 2025))
        .build();
  }

  static Occasion occasion(String code, OccasionType type, int year) {
    return new Occasion(
        code,
        type,
        text(code),
        year,
        year,
        LocalDate.of(year, 10, 1),
        LocalDate.of(year, 12, 31),
        List.of(BANG_KHEN));
  }

  static Verdict verdict(String occasion, UnaryOperator<Evidence.Builder> facts) {
    Evaluator evaluator = Evaluator.of(plan());
    return evaluator
        .evaluate(enterprise(), occasion, facts.apply(evaluator.evidence()).build())
        .verdict(BANG_KHEN)
        .orElseThrow();
  }

  static Evidence.Builder all(Evidence.Builder e) {
    return e.answer("CHAP-HANH", Answer.YES, "BC-01")
        .answer("XUAT-SAC", Answer.YES, "BC-02")
        .answer("TIEU-BIEU", Answer.YES, "XN-NOI-VU-01")
        .amount("dongGop", 500_000_000L);
  }

  static List<String> criteria(Verdict v) {
    return v.results().stream().map(r -> r.criterion().code()).toList();
  }

  @Test
  void theAnnualBangKhenStillNeedsTheNormAndStaysIncompleteWhileItIsUnset() {
    Verdict annual = verdict(ANNUAL, OccasionCriteriaTest::all);

    assertThat(criteria(annual)).containsExactly("CHAP-HANH", "XUAT-SAC", "DINH-MUC-DONG-GOP");
    assertThat(annual.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(annual.blockers())
        .extracting(r -> r.criterion().code())
        .containsExactly("DINH-MUC-DONG-GOP");
  }

  @Test
  void theInterimAndFinalBangKhenAskForATypicalContributionNotTheNorm() {
    for (String occasion : List.of(INTERIM, FINAL)) {
      Verdict v = verdict(occasion, OccasionCriteriaTest::all);

      assertThat(criteria(v)).as(occasion).containsExactly("CHAP-HANH", "TIEU-BIEU");
      assertThat(v.outcome()).as(occasion).isEqualTo(Outcome.ELIGIBLE);
    }
  }

  @Test
  void theInterimBangKhenIsDecidedByItsOwnCriteria() {
    Verdict notTypical = verdict(INTERIM, e -> all(e).answer("TIEU-BIEU", Answer.NO, null));
    Verdict unanswered = verdict(INTERIM, e -> e.answer("CHAP-HANH", Answer.YES, "BC-01"));

    assertThat(notTypical.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(notTypical.blockers())
        .extracting(r -> r.criterion().code())
        .containsExactly("TIEU-BIEU");
    assertThat(unanswered.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(unanswered.blockers())
        .extracting(r -> r.criterion().code())
        .containsExactly("TIEU-BIEU");
  }

  @Test
  void aFormListsItsCriteriaForAnOccasionTypeOnceInThePlansOrder() {
    AwardForm form = plan().awardForm(BANG_KHEN).orElseThrow();

    assertThat(form.criterionCodesOn(OccasionType.ANNUAL))
        .containsExactly("CHAP-HANH", "XUAT-SAC", "DINH-MUC-DONG-GOP");
    assertThat(form.criterionCodesOn(OccasionType.FINAL)).containsExactly("CHAP-HANH", "TIEU-BIEU");
    assertThat(
            TestPlans.giayKhen("GK", Set.of(ParticipantKind.COLLECTIVE), List.of("A", "B"))
                .criterionCodesOn(OccasionType.INTERIM))
        .containsExactly("A", "B");
  }
}
