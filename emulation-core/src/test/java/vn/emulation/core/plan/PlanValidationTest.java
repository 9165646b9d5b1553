package vn.emulation.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.core.TestPlans.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;

/** A plan is checked as a whole, and every problem is reported at once with its path. */
class PlanValidationTest {

  /** A plan with fifteen faults, each noted with the path it must be reported at. */
  private static PlanBuilder brokenPlan() {
    return Plan.builder(TestPlans.identity())
        .milestone(new Milestone(2023, text("Mốc 2023")))
        .milestone(new Milestone(2025, text("Mốc 2025")))
        .milestone(new Milestone(2030, text("Mốc 2030"))) // milestones[2].year
        .deadline(new Deadline("DANG-KY", text("Đăng ký"), LocalDate.of(2023, 1, 31)))
        .parameter(new PlanParameter("SO-MUC-TIEU", text("Số mục tiêu"), null))
        .category(
            new ParticipantCategory("UBND-PHUONG", ParticipantKind.COLLECTIVE, text("UBND phường")))
        .indicator(TestPlans.percent("G1", Pillar.DIGITAL_GOVERNMENT))
        .indicator(TestPlans.percent("G2", Pillar.DIGITAL_GOVERNMENT))
        .indicator(TestPlans.percent("G1", Pillar.DIGITAL_SOCIETY)) // indicators[2].code
        .target(
            new Target(
                "G1",
                2023,
                Comparator.EQUAL,
                BigDecimal.valueOf(120),
                TargetScope.EVERYWHERE)) // targets[0].threshold
        .target(TestPlans.atLeast("G2", 2023, "-5")) // targets[1].threshold
        .target(TestPlans.atLeast("G2", 2024, "70")) // targets[2].milestoneYear
        .target(TestPlans.atLeast("G2", 2025, "80"))
        .criterion(
            TestPlans.attainment(
                "MUC-TIEU",
                null,
                "KHONG-CO",
                List.of("G1", "X9"),
                "UBND-PHUONG")) // criteria[0].indicators[1], criteria[0].minimumMetParameter
        .criterion(TestPlans.declaration("CHAP-HANH", false, "KHONG-AI")) // criteria[1].appliesTo
        .criterion(
            new vn.emulation.core.criteria.RegisteredPlanCriterion(
                "KE-HOACH", text("Đăng ký"), Set.of(), "HAN-KHAC")) // criteria[2].deadline
        .criterion(TestPlans.norm("DONG-GOP", "dong-gop")) // criteria[3].normParameter
        .awardForm(TestPlans.giayKhen("GK", Set.of(ParticipantKind.values()), List.of("CHAP-HANH")))
        .awardForm(
            new vn.emulation.core.award.AwardForm(
                "BK",
                text("Bằng khen"),
                text("Chủ tịch UBND tỉnh"),
                vn.emulation.core.award.AwardLevel.PROVINCE,
                false,
                Set.of(),
                0,
                List.of(),
                List.of("CHAP-HANH", "KHONG-CO")))
        // awardForms[1].copies, awardForms[1].recipients, awardForms[1].criteria[1]
        .occasion(
            new Occasion(
                "NAM-2027",
                OccasionType.ANNUAL,
                text("Năm 2027"),
                2027,
                2025,
                LocalDate.of(2027, 12, 1),
                LocalDate.of(2027, 12, 31),
                List.of("GK", "HUAN-CHUONG")));
    // occasions[0].year, occasions[0].awardForms[1]
  }

  private static InvalidInputException problemsOf(PlanBuilder builder) {
    return catchThrowableOfType(InvalidInputException.class, builder::build);
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPath() {
    InvalidInputException e = problemsOf(brokenPlan());

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "indicators[2].code",
            "milestones[2].year",
            "targets[0].threshold",
            "targets[1].threshold",
            "targets[2].milestoneYear",
            "criteria[0].indicators[1]",
            "criteria[0].minimumMetParameter",
            "criteria[1].appliesTo",
            "criteria[2].deadline",
            "criteria[3].normParameter",
            "awardForms[1].copies",
            "awardForms[1].recipients",
            "awardForms[1].criteria[1]",
            "occasions[0].year",
            "occasions[0].awardForms[1]");
  }

  @Test
  void reportsEveryProblemOfTheCriteriaAFormAsksForOnSomeOccasionsOnly() {
    PlanBuilder b =
        TestPlans.skeleton()
            .criterion(TestPlans.declaration("CHAP-HANH", false))
            .criterion(TestPlans.declaration("TIEU-BIEU", false))
            .awardForm(
                new vn.emulation.core.award.AwardForm(
                    "BK",
                    text("Bằng khen"),
                    text("Chủ tịch UBND tỉnh"),
                    vn.emulation.core.award.AwardLevel.PROVINCE,
                    false,
                    Set.of(ParticipantKind.values()),
                    3,
                    List.of(),
                    List.of("CHAP-HANH"),
                    List.of(
                        new vn.emulation.core.award.OccasionCriteria(
                            Set.of(OccasionType.ANNUAL), List.of("KHONG-CO", "CHAP-HANH")),
                        new vn.emulation.core.award.OccasionCriteria(Set.of(), List.of()),
                        new vn.emulation.core.award.OccasionCriteria(
                            Set.of(OccasionType.FINAL), List.of("TIEU-BIEU")))))
            .occasion(
                new Occasion(
                    "NAM-2023",
                    OccasionType.ANNUAL,
                    text("Năm 2023"),
                    2023,
                    2023,
                    LocalDate.of(2023, 12, 1),
                    LocalDate.of(2023, 12, 31),
                    List.of("BK")));

    InvalidInputException e = problemsOf(b);

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "awardForms[0].occasionCriteria[0].criteria[0]",
            "awardForms[0].occasionCriteria[0].criteria[1]",
            "awardForms[0].occasionCriteria[1].occasions",
            "awardForms[0].occasionCriteria[1].criteria");
    assertThat(reason(e, "awardForms[0].occasionCriteria[0].criteria[0]"))
        .isEqualTo("Unknown criterion \"KHONG-CO\"");
    assertThat(reason(e, "awardForms[0].occasionCriteria[0].criteria[1]"))
        .isEqualTo("Criterion \"CHAP-HANH\" is already among the criteria of every occasion");
  }

  @Test
  void everyProblemHasAReasonInBothLanguages() {
    InvalidInputException e = problemsOf(brokenPlan());

    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.reason().vi()).isNotBlank();
              assertThat(p.reason().en()).isNotBlank().isNotEqualTo(p.reason().vi());
            });
  }

  @Test
  void reasonsNameTheBadValue() {
    InvalidInputException e = problemsOf(brokenPlan());

    assertThat(reason(e, "targets[0].threshold"))
        .isEqualTo("Percent threshold 120 must lie within 0–100");
    assertThat(reason(e, "targets[1].threshold")).isEqualTo("Threshold -5 must not be negative");
    assertThat(reason(e, "milestones[2].year"))
        .isEqualTo("Year 2030 is outside the plan period 2022–2025");
    assertThat(reason(e, "criteria[0].indicators[1]")).isEqualTo("Unknown indicator \"X9\"");
    assertThat(reason(e, "awardForms[1].copies"))
        .isEqualTo("Dossier copies must be at least 1, was 0");
    assertThat(e).hasMessageStartingWith("plan rach-gia-2022-2025 has 15 problem(s):");
  }

  private static String reason(InvalidInputException e, String path) {
    return e.problems().stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow()
        .reason()
        .en();
  }

  @Test
  void aWholePlanBuilds() {
    assertThatNoException()
        .isThrownBy(
            () ->
                TestPlans.withCriteria(
                    TestPlans.declaration("CHAP-HANH", false), TestPlans.registered("KE-HOACH")));
  }

  @Test
  void minimumMetMustLieWithinTheListedTargets() {
    PlanBuilder b =
        TestPlans.skeleton()
            .criterion(TestPlans.attainment("MUC-TIEU", 3, null, List.of("G1", "G3")))
            .awardForm(
                TestPlans.giayKhen("GK", Set.of(ParticipantKind.COLLECTIVE), List.of("MUC-TIEU")))
            .occasion(TestPlans.annual2023("GK"));

    assertThat(problemsOf(b).problems())
        .extracting(Problem::path)
        .containsExactly("criteria[0].minimumMet");
  }

  @Test
  void reportsTwoTargetsForOneMilestoneAndAnOccasionWithoutForms() {
    PlanBuilder b =
        TestPlans.skeleton()
            .target(TestPlans.atLeast("G1", 2023, "85"))
            .target(TestPlans.atLeast("Z1", 2025, "85"))
            .occasion(
                new Occasion(
                    "NAM-2024",
                    OccasionType.ANNUAL,
                    text("Năm 2024"),
                    2024,
                    2024,
                    LocalDate.of(2024, 12, 1),
                    LocalDate.of(2024, 12, 31),
                    List.of()));
    int n = TestPlans.INDICATORS.size() * 2;

    assertThat(problemsOf(b).problems())
        .extracting(Problem::path)
        .containsExactlyInAnyOrder(
            "targets[" + n + "]",
            "targets[" + (n + 1) + "].indicator",
            "occasions[0].milestoneYear",
            "occasions[0].awardForms");
  }

  @Test
  void rejectsAnAmendmentBeyondThePlansVersion() {
    PlanIdentity base = TestPlans.identity();
    PlanIdentity v1WithV2Amendment =
        new PlanIdentity(
            base.code(),
            1,
            base.documentNumber(),
            base.issuer(),
            base.issuedOn(),
            base.title(),
            base.movement(),
            base.theme(),
            base.period(),
            base.status(),
            base.legalBases(),
            List.of(
                new Amendment(
                    2, LocalDate.of(2024, 3, 1), "45/QĐ-UBND", text("Điều chỉnh chỉ tiêu"))));

    assertThat(problemsOf(Plan.builder(v1WithV2Amendment)).problems())
        .extracting(Problem::path)
        .containsExactly("amendments[0].version");
  }

  @Test
  void rejectsALaterVersionThatListsNoAmendmentMakingIt() {
    PlanIdentity base = TestPlans.identity();
    PlanIdentity v2WithoutAmendment =
        new PlanIdentity(
            base.code(),
            2,
            base.documentNumber(),
            base.issuer(),
            base.issuedOn(),
            base.title(),
            base.movement(),
            base.theme(),
            base.period(),
            base.status(),
            base.legalBases(),
            List.of());

    assertThat(problemsOf(Plan.builder(v2WithoutAmendment)).problems())
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("amendments", "Version 2 must list the amendment that made it (version 2)"));
  }

  @ParameterizedTest(name = "{0} = {1} → {2}")
  @CsvSource({
    "SO-MUC-TIEU, 3, ",
    "SO-MUC-TIEU, 6, ",
    "SO-MUC-TIEU, 6.00, ",
    "SO-MUC-TIEU, 2.5, criteria[0].minimumMetParameter",
    "SO-MUC-TIEU, 0, criteria[0].minimumMetParameter",
    "SO-MUC-TIEU, 7, criteria[0].minimumMetParameter",
    "DINH-MUC, 100000000, ",
    "DINH-MUC, 0, ",
    "DINH-MUC, 1.5, criteria[1].normParameter",
    "DINH-MUC, -3, criteria[1].normParameter",
    "DINH-MUC, 1E+19, criteria[1].normParameter"
  })
  void parameterValuesMustSuitTheCriteriaThatUseThem(
      String parameter, BigDecimal value, String problemPath) {
    Plan unset =
        TestPlans.withCriteria(
            TestPlans.attainment("MUC-TIEU", null, TestPlans.SOME, TestPlans.INDICATORS),
            TestPlans.norm("DONG-GOP", "dong-gop"));
    PlanBuilder withValue = unset.toBuilder().parameterValue(parameter, value);

    if (problemPath == null) {
      assertThatNoException().isThrownBy(withValue::build);
    } else {
      InvalidInputException e = problemsOf(withValue);
      assertThat(e.problems()).extracting(Problem::path).containsExactly(problemPath);
      assertThat(e.problems().get(0).reason().en()).contains(value.toPlainString());
    }
  }
}
