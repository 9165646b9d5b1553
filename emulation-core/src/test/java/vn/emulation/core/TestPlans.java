package vn.emulation.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.AwardLevel;
import vn.emulation.core.award.DossierComponent;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.criteria.CountCriterion;
import vn.emulation.core.criteria.Criterion;
import vn.emulation.core.criteria.DeclarationCriterion;
import vn.emulation.core.criteria.NormCriterion;
import vn.emulation.core.criteria.RegisteredPlanCriterion;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.evaluation.Verdict;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.participant.ParticipantCategory;
import vn.emulation.core.participant.ParticipantKind;
import vn.emulation.core.plan.Deadline;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanBuilder;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.plan.PlanParameter;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.target.Accumulation;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Comparator;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Pillar;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.target.UnitOfMeasure;

/**
 * Small plans shaped like the Rạch Giá plan (2022–2025, milestones 2023 and 2025), for tests. Each
 * call builds a fresh plan: no shared mutable state between tests.
 */
public final class TestPlans {

  public static final String OCCASION = "ANNUAL-2023";
  public static final String FORM = "GK";
  public static final String COLLECTIVE_ONLY_FORM = "GK-TAP-THE";
  public static final String REGISTRATION_DEADLINE = "DANG-KY";
  public static final LocalDate REGISTRATION_DUE = LocalDate.of(2023, 1, 31);

  /** How many of the ward targets are "some": a parameter the plan leaves open. */
  public static final String SOME = "SO-MUC-TIEU";

  /** The contribution norm Home Affairs issues in guidance. */
  public static final String NORM = "DINH-MUC";

  public static final String WARD = "UBND-PHUONG";
  public static final String OFFICE = "PHONG-BAN";
  public static final String ENTERPRISE = "DOANH-NGHIEP";
  public static final String OFFICIAL = "CAN-BO";

  public static final List<String> INDICATORS = List.of("G1", "G3", "G6", "G10", "E7", "S1");

  private TestPlans() {}

  public static LocalizedText text(String vi) {
    return LocalizedText.of(vi, "[en] " + vi);
  }

  public static PlanIdentity identity() {
    return new PlanIdentity(
        "rach-gia-2022-2025",
        1,
        "123/KH-UBND",
        LocalizedText.of("UBND thành phố Rạch Giá", "Rạch Giá City People's Committee"),
        LocalDate.of(2022, 12, 1),
        text("Kế hoạch phát động phong trào thi đua"),
        text("Rạch Giá thực hiện chương trình Chuyển đổi số"),
        text("Xây dựng Chính quyền số, kinh tế số và xã hội số"),
        YearPeriod.of(2022, 2025),
        PlanStatus.IN_FORCE,
        List.of(),
        List.of());
  }

  public static Indicator percent(String code, Pillar pillar) {
    return new Indicator(
        code,
        pillar,
        text("Chỉ tiêu " + code),
        UnitOfMeasure.PERCENT,
        Aggregation.RATIO_OF_SUMS,
        Accumulation.STOCK);
  }

  public static Target atLeast(String indicator, int year, String threshold) {
    return new Target(
        indicator, year, Comparator.AT_LEAST, new BigDecimal(threshold), TargetScope.EVERYWHERE);
  }

  /**
   * Everything but criteria, award forms and occasions: milestones, the registration deadline, both
   * parameters (unset), six percent indicators with targets, four categories.
   */
  public static PlanBuilder skeleton() {
    PlanBuilder b =
        Plan.builder(identity())
            .milestone(new Milestone(2023, text("Mốc 2023")))
            .milestone(new Milestone(2025, text("Mốc 2025")))
            .deadline(
                new Deadline(REGISTRATION_DEADLINE, text("Đăng ký thi đua"), REGISTRATION_DUE))
            .parameter(new PlanParameter(SOME, text("Số mục tiêu phải đạt"), null))
            .parameter(new PlanParameter(NORM, text("Định mức đóng góp"), null))
            .category(
                new ParticipantCategory(WARD, ParticipantKind.COLLECTIVE, text("UBND phường")))
            .category(
                new ParticipantCategory(OFFICE, ParticipantKind.COLLECTIVE, text("Phòng ban")))
            .category(
                new ParticipantCategory(
                    ENTERPRISE, ParticipantKind.COLLECTIVE, text("Doanh nghiệp")))
            .category(
                new ParticipantCategory(
                    OFFICIAL, ParticipantKind.INDIVIDUAL, text("Cán bộ, công chức")));
    for (String code : INDICATORS) {
      Pillar pillar =
          code.startsWith("G")
              ? Pillar.DIGITAL_GOVERNMENT
              : code.startsWith("E") ? Pillar.DIGITAL_ECONOMY : Pillar.DIGITAL_SOCIETY;
      b.indicator(percent(code, pillar))
          .target(atLeast(code, 2023, "80"))
          .target(atLeast(code, 2025, "90"));
    }
    return b;
  }

  /**
   * A plan whose one award form {@link #FORM} (for collectives and individuals) requires exactly
   * {@code criteria}, in that order, offered on the occasion {@link #OCCASION} (year and milestone
   * 2023) together with {@link #COLLECTIVE_ONLY_FORM}.
   */
  public static Plan withCriteria(Criterion... criteria) {
    PlanBuilder b = skeleton();
    for (Criterion c : criteria) {
      b.criterion(c);
    }
    List<String> codes = List.of(criteria).stream().map(Criterion::code).toList();
    return b.awardForm(giayKhen(FORM, Set.of(ParticipantKind.values()), codes))
        .awardForm(
            giayKhen(
                COLLECTIVE_ONLY_FORM, Set.of(ParticipantKind.COLLECTIVE), List.of(codes.get(0))))
        .occasion(annual2023(FORM, COLLECTIVE_ONLY_FORM))
        .build();
  }

  public static AwardForm giayKhen(
      String code, Set<ParticipantKind> recipients, List<String> criterionCodes) {
    return new AwardForm(
        code,
        text("Giấy khen " + code),
        text("Chủ tịch UBND thành phố"),
        AwardLevel.CITY,
        true,
        recipients,
        1,
        List.of(new DossierComponent("TO-TRINH", text("Tờ trình kèm danh sách"))),
        criterionCodes);
  }

  public static Occasion annual2023(String... awardForms) {
    return new Occasion(
        OCCASION,
        OccasionType.ANNUAL,
        text("Khen thưởng năm 2023"),
        2023,
        2023,
        LocalDate.of(2023, 12, 1),
        LocalDate.of(2024, 1, 31),
        List.of(awardForms));
  }

  public static DeclarationCriterion declaration(
      String code, boolean mayNotApply, String... categories) {
    return new DeclarationCriterion(
        code, text("Tiêu chuẩn " + code), Set.of(categories), mayNotApply);
  }

  public static RegisteredPlanCriterion registered(String code, String... categories) {
    return new RegisteredPlanCriterion(
        code,
        text("Có kế hoạch thi đua, đăng ký đúng hạn"),
        Set.of(categories),
        REGISTRATION_DEADLINE);
  }

  /** k of the listed indicators' targets: {@code k} as a number, or {@code parameter}, or all. */
  public static TargetAttainmentCriterion attainment(
      String code, Integer k, String parameter, List<String> indicators, String... categories) {
    return new TargetAttainmentCriterion(
        code, text("Đạt các mục tiêu " + indicators), Set.of(categories), indicators, k, parameter);
  }

  public static NormCriterion norm(String code, String factKey, String... categories) {
    return new NormCriterion(
        code, text("Đóng góp đạt định mức"), Set.of(categories), factKey, NORM);
  }

  public static CountCriterion count(
      String code, String factKey, int minimum, String... categories) {
    return new CountCriterion(
        code, text("Có sáng kiến " + factKey), Set.of(categories), factKey, minimum);
  }

  public static AnyOfCriterion anyOf(String code, Criterion... alternatives) {
    return new AnyOfCriterion(
        code, text("Một trong các điều kiện"), Set.of(), List.of(alternatives));
  }

  /** The same plan with a parameter's value set, as Home Affairs would issue it. */
  public static Plan withParameter(Plan plan, String code, long value) {
    return plan.toBuilder().parameterValue(code, BigDecimal.valueOf(value)).build();
  }

  /** The verdict on {@link #FORM} for {@code who} on {@link #OCCASION}, given {@code facts}. */
  public static Verdict verdict(Plan plan, Participant who, UnaryOperator<Evidence.Builder> facts) {
    Evaluator evaluator = Evaluator.of(plan);
    return evaluator
        .evaluate(who, OCCASION, facts.apply(evaluator.evidence()).build())
        .verdict(FORM)
        .orElseThrow();
  }

  public static Collective ward() {
    return new Collective("p-vinh-thanh", "UBND phường Vĩnh Thanh", WARD, "W02");
  }

  public static Collective office() {
    return new Collective("phong-noi-vu", "Phòng Nội vụ", OFFICE, "RG");
  }

  public static Collective enterprise() {
    return new Collective("dn-kien-giang", "Công ty TNHH Kiên Giang Số", ENTERPRISE, "W01");
  }

  public static Individual official() {
    return new Individual("cb-nguyen-van-a", "Nguyễn Văn A", OFFICIAL, "RG");
  }
}
