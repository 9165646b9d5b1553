package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.emulation.core.TestPlans.OFFICE;
import static vn.emulation.core.TestPlans.OFFICIAL;
import static vn.emulation.core.TestPlans.WARD;
import static vn.emulation.core.TestPlans.count;
import static vn.emulation.core.TestPlans.declaration;
import static vn.emulation.core.TestPlans.norm;
import static vn.emulation.core.TestPlans.registered;
import static vn.emulation.core.TestPlans.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.common.Problem;
import vn.emulation.core.criteria.AnyOfCriterion;
import vn.emulation.core.evaluation.EvidenceShape.Kind;
import vn.emulation.core.plan.Plan;

class EvidenceShapeTest {

  private static final Plan PLAN =
      TestPlans.withCriteria(
          declaration("CHAP-HANH", false),
          declaration("DANG-BO", true, WARD),
          registered("KE-HOACH"),
          norm("DONG-GOP", "dongGop", WARD),
          new AnyOfCriterion(
              "MOT-TRONG",
              text("Một trong"),
              Set.of(OFFICE),
              List.of(
                  count("SANG-KIEN", "sangKien", 1, OFFICIAL), declaration("BANG-KHEN", false))),
          count("SANG-KIEN-2", "sangKien", 2, WARD));

  private final EvidenceShape shape = EvidenceShape.of(PLAN);

  @Test
  void listsTheKeysOfEachKindInThePlansOrder() {
    assertThat(shape.keys(Kind.DECLARATION)).containsExactly("CHAP-HANH", "DANG-BO", "BANG-KHEN");
    assertThat(shape.keys(Kind.COUNT)).containsExactly("sangKien");
    assertThat(shape.keys(Kind.AMOUNT)).containsExactly("dongGop");
  }

  @Test
  void alternativesApplyWhereTheirAnyOfDoesAndKeysJoinTheirCategories() {
    assertThat(shape.keys(Kind.DECLARATION, OFFICE)).containsExactly("CHAP-HANH", "BANG-KHEN");
    assertThat(shape.keys(Kind.DECLARATION, WARD)).containsExactly("CHAP-HANH", "DANG-BO");
    assertThat(shape.keys(Kind.COUNT, OFFICE)).containsExactly("sangKien");
    assertThat(shape.keys(Kind.COUNT, WARD)).containsExactly("sangKien");
    assertThat(shape.keys(Kind.COUNT, OFFICIAL)).isEmpty();
  }

  @Test
  void refusesKeysNoCriterionForTheCategoryUses() {
    assertThat(shape.refusal(Kind.DECLARATION, "CHAP-HANH", OFFICIAL)).isEmpty();
    assertThat(shape.refusal(Kind.DECLARATION, "KE-HOACH", WARD).orElseThrow().en())
        .isEqualTo("No declaration criterion of the plan uses \"KE-HOACH\"");
    assertThat(shape.refusal(Kind.AMOUNT, "dongGop", OFFICE).orElseThrow().en())
        .isEqualTo("\"dongGop\" does not apply to category " + OFFICE);
  }

  @Test
  void notApplicableOnlyWhereThePlanAllowsIt() {
    assertThat(shape.answerRefusal("DANG-BO", Answer.NOT_APPLICABLE)).isEmpty();
    assertThat(shape.answerRefusal("CHAP-HANH", Answer.NOT_APPLICABLE).orElseThrow().en())
        .isEqualTo("Criterion CHAP-HANH does not accept \"not applicable\"");
    assertThat(shape.answerRefusal("CHAP-HANH", Answer.YES)).isEmpty();
    assertThat(shape.declaration("DANG-BO").orElseThrow().mayNotApply()).isTrue();
  }

  @Test
  void reportsEveryProblemOfAnEvidenceAtOnce() {
    List<Problem> problems =
        shape.problems(
            OFFICE,
            Map.of("CHAP-HANH", Answer.NOT_APPLICABLE),
            Map.of("sangKien", -1L),
            Map.of("dongGop", 5L));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple(
                "answers.CHAP-HANH.answer",
                "Criterion CHAP-HANH does not accept \"not applicable\""),
            tuple("counts.sangKien", "Must not be negative, was -1"),
            tuple("amounts.dongGop", "\"dongGop\" does not apply to category " + OFFICE));
    assertThat(problems).allSatisfy(p -> assertThat(p.reason().vi()).isNotEqualTo(p.reason().en()));
    assertThat(shape.problems(WARD, Map.of("DANG-BO", Answer.YES), Map.of(), Map.of("dongGop", 1L)))
        .isEmpty();
  }

  @Test
  void theEvaluatorsShapeIsThePlans() {
    assertThat(Evaluator.of(PLAN).evidenceShape().keys(Kind.DECLARATION))
        .containsExactlyElementsOf(shape.keys(Kind.DECLARATION));
  }
}
