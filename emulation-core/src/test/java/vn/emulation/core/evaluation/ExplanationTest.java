package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.ENTERPRISE;
import static vn.emulation.core.TestPlans.NORM;
import static vn.emulation.core.TestPlans.OFFICE;
import static vn.emulation.core.TestPlans.OFFICIAL;
import static vn.emulation.core.TestPlans.SOME;
import static vn.emulation.core.TestPlans.WARD;
import static vn.emulation.core.TestPlans.verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.AttainmentStatus;

/** A verdict explains itself, criterion by criterion, with the figure that decided each. */
class ExplanationTest {

  private static final Plan PLAN = plan(true);

  private static Plan plan(boolean parametersSet) {
    Plan plan =
        TestPlans.withCriteria(
            TestPlans.declaration("CHAP-HANH", false),
            TestPlans.declaration("DANG-BO", true),
            TestPlans.registered("KE-HOACH", WARD, OFFICE, ENTERPRISE),
            TestPlans.attainment(
                "MUC-TIEU-PHUONG", null, SOME, List.of("G1", "G3", "G6", "G10"), WARD),
            TestPlans.norm("DONG-GOP", "dong-gop", ENTERPRISE),
            new AnyOfCriterion(
                "CA-NHAN",
                LocalizedText.of("Sáng kiến hoặc giải pháp", "Initiative or measures"),
                Set.of(OFFICIAL),
                List.of(
                    TestPlans.count("SANG-KIEN", "sang-kien", 1),
                    TestPlans.declaration("GIAI-PHAP", false))));
    return parametersSet
        ? TestPlans.withParameter(TestPlans.withParameter(plan, SOME, 3), NORM, 100_000_000L)
        : plan;
  }

  private static LocalizedText why(
      Plan plan, Participant who, String criterion, UnaryOperator<Evidence.Builder> facts) {
    return verdict(plan, who, facts).results().stream()
        .filter(r -> r.criterion().code().equals(criterion))
        .findFirst()
        .orElseThrow()
        .explanation();
  }

  @Test
  void oneResultPerApplicableCriterionInTheFormsOrder() {
    assertThat(verdict(PLAN, TestPlans.ward(), e -> e).results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH", "DANG-BO", "KE-HOACH", "MUC-TIEU-PHUONG");
    assertThat(verdict(PLAN, TestPlans.enterprise(), e -> e).results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH", "DANG-BO", "KE-HOACH", "DONG-GOP");
    assertThat(verdict(PLAN, TestPlans.official(), e -> e).results())
        .extracting(r -> r.criterion().code())
        .containsExactly("CHAP-HANH", "DANG-BO", "CA-NHAN");
  }

  @Test
  void attainmentListsTheTargetsMetNotMetAndWithoutData() {
    LocalizedText why =
        why(
            PLAN,
            TestPlans.ward(),
            "MUC-TIEU-PHUONG",
            e ->
                e.attainment("G1", AttainmentStatus.MET)
                    .attainment("G3", AttainmentStatus.MET)
                    .attainment("G6", AttainmentStatus.NOT_MET));

    assertThat(why.vi())
        .isEqualTo(
            "Đạt 2/4 mục tiêu mốc 2023, yêu cầu tối thiểu 3"
                + "; đạt: G1, G3; không đạt: G6; chưa có số liệu: G10");
    assertThat(why.en())
        .isEqualTo(
            "2 of 4 targets for 2023 met, at least 3 required"
                + "; met: G1, G3; not met: G6; no data: G10");
  }

  @Test
  void attainmentSaysWhichParameterIsMissing() {
    LocalizedText why = why(plan(false), TestPlans.ward(), "MUC-TIEU-PHUONG", e -> e);

    assertThat(why.vi()).contains("tham số " + SOME);
    assertThat(why.en())
        .isEqualTo("The plan has not set how many targets must be met (parameter " + SOME + ")");
  }

  @Test
  void normShowsAmountsAsEachLanguageWritesThem() {
    LocalizedText why =
        why(PLAN, TestPlans.enterprise(), "DONG-GOP", e -> e.amount("dong-gop", 150_000_000L));

    assertThat(why.vi()).isEqualTo("Đóng góp 150.000.000 đồng, định mức 100.000.000 đồng");
    assertThat(why.en()).isEqualTo("Contributed VND 150,000,000, norm VND 100,000,000");
    assertThat(why(PLAN, TestPlans.enterprise(), "DONG-GOP", e -> e).vi())
        .isEqualTo("Chưa có số liệu đóng góp (định mức 100.000.000 đồng)");
    assertThat(why(plan(false), TestPlans.enterprise(), "DONG-GOP", e -> e).en())
        .isEqualTo("The norm has not been issued yet (parameter " + NORM + ")");
  }

  @Test
  void registrationShowsDatesAsEachLanguageWritesThem() {
    LocalizedText onTime =
        why(PLAN, TestPlans.ward(), "KE-HOACH", e -> e.registeredOn(LocalDate.of(2023, 1, 5)));
    LocalizedText late =
        why(PLAN, TestPlans.ward(), "KE-HOACH", e -> e.registeredOn(LocalDate.of(2023, 2, 1)));

    assertThat(onTime.vi()).isEqualTo("Đăng ký ngày 05/01/2023, trong hạn (hạn 31/01/2023)");
    assertThat(onTime.en()).isEqualTo("Registered on 2023-01-05, on time (due 2023-01-31)");
    assertThat(late.vi()).isEqualTo("Đăng ký ngày 01/02/2023, quá hạn (hạn 31/01/2023)");
    assertThat(why(PLAN, TestPlans.ward(), "KE-HOACH", Evidence.Builder::notRegistered).vi())
        .isEqualTo("Chưa đăng ký thi đua (hạn 31/01/2023)");
    assertThat(why(PLAN, TestPlans.ward(), "KE-HOACH", e -> e).en())
        .isEqualTo("No registration information yet");
  }

  @Test
  void declarationCitesItsEvidence() {
    assertThat(
            why(
                PLAN,
                TestPlans.ward(),
                "CHAP-HANH",
                e -> e.answer("CHAP-HANH", Answer.YES, "Biên bản số 12")))
        .isEqualTo(
            LocalizedText.of(
                "Đã xác nhận (minh chứng: Biên bản số 12)",
                "Confirmed (evidence: Biên bản số 12)"));
    assertThat(
            why(PLAN, TestPlans.ward(), "CHAP-HANH", e -> e.answer("CHAP-HANH", Answer.NO, null))
                .en())
        .isEqualTo("Declared as not met");
    assertThat(
            why(
                    PLAN,
                    TestPlans.ward(),
                    "CHAP-HANH",
                    e -> e.answer("CHAP-HANH", Answer.NOT_APPLICABLE, null))
                .en())
        .isEqualTo("Declared \"not applicable\" but this criterion is mandatory");
    assertThat(
            why(
                    PLAN,
                    TestPlans.ward(),
                    "DANG-BO",
                    e -> e.answer("DANG-BO", Answer.NOT_APPLICABLE, null))
                .vi())
        .isEqualTo("Không áp dụng đối với đối tượng này");
    assertThat(why(PLAN, TestPlans.ward(), "DANG-BO", e -> e).vi())
        .isEqualTo("Chưa có khai báo và minh chứng");
  }

  @Test
  void alternativesExplainEachAlternative() {
    LocalizedText why =
        why(
            PLAN,
            TestPlans.official(),
            "CA-NHAN",
            e -> e.count("sang-kien", 0).answer("GIAI-PHAP", Answer.YES, null));

    assertThat(why.vi())
        .startsWith("Chỉ cần một trong các điều kiện — ")
        .contains("Có sáng kiến sang-kien: Không đạt (Có 0, yêu cầu tối thiểu 1)")
        .contains("Tiêu chuẩn GIAI-PHAP: Đạt (Đã xác nhận)");
    assertThat(why.en())
        .startsWith("Any one of these suffices — ")
        .contains("Not met (0 recorded, at least 1 required)");
  }

  @Test
  void blockersOfAnIneligibleVerdictAreTheCriteriaNotMet() {
    Verdict v =
        verdict(
            PLAN,
            TestPlans.ward(),
            e -> e.answer("CHAP-HANH", Answer.NO, null).registeredOn(LocalDate.of(2023, 1, 5)));

    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.blockers()).extracting(r -> r.criterion().code()).containsExactly("CHAP-HANH");
  }

  @Test
  void blockersOfAnIncompleteVerdictAreTheCriteriaUndecided() {
    Verdict v =
        verdict(
            PLAN,
            TestPlans.ward(),
            e ->
                e.answer("CHAP-HANH", Answer.YES, null)
                    .attainment("G1", AttainmentStatus.MET)
                    .attainment("G3", AttainmentStatus.MET)
                    .attainment("G6", AttainmentStatus.MET));

    assertThat(v.outcome()).isEqualTo(Outcome.INCOMPLETE);
    assertThat(v.blockers())
        .extracting(r -> r.criterion().code())
        .containsExactly("DANG-BO", "KE-HOACH");
  }

  @Test
  void eligibleVerdictHasNoBlockers() {
    Verdict v =
        verdict(
            PLAN,
            TestPlans.enterprise(),
            e ->
                e.answer("CHAP-HANH", Answer.YES, "BB-1")
                    .answer("DANG-BO", Answer.NOT_APPLICABLE, null)
                    .registeredOn(LocalDate.of(2023, 1, 31))
                    .amount("dong-gop", 100_000_000L));

    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.blockers()).isEmpty();
    assertThat(v.participantId()).isEqualTo(TestPlans.enterprise().id());
    assertThat(v.occasionCode()).isEqualTo(TestPlans.OCCASION);
    assertThat(v.awardForm().code()).isEqualTo(TestPlans.FORM);
    assertThat(v.results())
        .extracting(CriterionResult::status)
        .containsExactly(
            CriterionStatus.MET,
            CriterionStatus.NOT_APPLICABLE,
            CriterionStatus.MET,
            CriterionStatus.MET);
  }
}
