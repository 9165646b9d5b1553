package vn.emulation.jakarta.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.progress.EvaluationService;
import vn.emulation.jakarta.application.progress.ParticipantFacts;
import vn.emulation.jakarta.testing.InMemoryCity;

class OutcomeFilterTest {

  private static final Plan PLAN = rachGia();
  private static final Occasion ANNUAL_2023 = PLAN.occasion("ANNUAL-2023").orElseThrow();
  private static final Occasion INTERIM_2023 = PLAN.occasion("INTERIM-2023").orElseThrow();
  private static final LocalDate KNOWN = LocalDate.of(2004, 1, 1);

  /** A ward committee that declared everything, and an official who declared a violation. */
  private static final List<Evaluation> EVALUATIONS = evaluations();

  private final ProblemCollector problems = new ProblemCollector();

  private static Plan rachGia() {
    return InMemoryCity.plan();
  }

  private static List<Evaluation> evaluations() {
    OrgHierarchy h =
        OrgHierarchy.of(
            List.of(
                OrgUnit.open("899", "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, KNOWN),
                OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "899", KNOWN)));
    ParticipantFacts declared =
        ParticipantFacts.none()
            .withAnswer("GEN-POLICY", Answer.YES, "BC-01")
            .withAnswer("GEN-TASKS", Answer.YES, "BC-01")
            .withAnswer("GEN-UNITY", Answer.YES, "BB-02")
            .withAnswer("GEN-PARTY", Answer.YES, "QĐ-03")
            .withAnswer("GEN-NO-VIOLATION", Answer.YES, "XN-04")
            .withAnswer("B-CASHLESS", Answer.YES, "BC-05")
            .withRegistration(LocalDate.of(2023, 1, 15));
    ParticipantFacts violation =
        ParticipantFacts.none().withAnswer("GEN-NO-VIOLATION", Answer.NO, "QĐ-KL-07");
    return new EvaluationService(PLAN, h, MeasurementSet.empty())
        .evaluateAll(
            "ANNUAL-2023",
            List.of(
                new Collective(
                    "ubnd-30730", "UBND phường Vĩnh Thanh Vân", "WARD_COMMITTEES", "30730"),
                new Individual("cb-01", "Nguyễn Văn A", "OFFICIALS", "899")),
            Map.of("ubnd-30730", declared, "cb-01", violation));
  }

  private List<String> kept(String awardForm, Outcome outcome) {
    OutcomeFilter filter =
        OutcomeFilter.of(ANNUAL_2023, new VerdictFilter(awardForm, outcome), problems)
            .orElseThrow();
    return EVALUATIONS.stream().filter(filter).map(e -> e.participant().id()).toList();
  }

  @Test
  void noFilterKeepsEveryone() {
    assertThat(kept(null, null)).containsExactly("ubnd-30730", "cb-01");
  }

  @Test
  void anOutcomeAloneKeepsThoseWithItForAnyForm() {
    assertThat(kept(null, Outcome.NOT_ELIGIBLE)).containsExactly("cb-01");
    assertThat(kept(null, Outcome.INCOMPLETE)).containsExactly("ubnd-30730");
    assertThat(kept(null, Outcome.ELIGIBLE)).isEmpty();
  }

  @Test
  void anAwardFormKeepsThoseOfferedItWithTheOutcomeAskedFor() {
    assertThat(kept("GIAY_KHEN_CHU_TICH_TP", null)).containsExactly("ubnd-30730", "cb-01");
    assertThat(kept("GIAY_KHEN_CHU_TICH_TP", Outcome.INCOMPLETE)).containsExactly("ubnd-30730");
  }

  @Test
  void anAwardFormTheOccasionDoesNotOfferIsNamed() {
    assertThat(
            OutcomeFilter.of(
                ANNUAL_2023, new VerdictFilter("BANG_KHEN_THU_TUONG", Outcome.ELIGIBLE), problems))
        .isEmpty();

    assertThat(problems.problems()).extracting(Problem::path).containsExactly("awardForm");
    assertThat(problems.problems().get(0).reason().en())
        .isEqualTo(
            "Occasion ANNUAL-2023 offers no award form BANG_KHEN_THU_TUONG; it offers:"
                + " GIAY_KHEN_CHU_TICH_TP, BANG_KHEN_CHU_TICH_TINH");
    assertThat(
            OutcomeFilter.of(
                INTERIM_2023,
                new VerdictFilter("BANG_KHEN_THU_TUONG", null),
                new ProblemCollector()))
        .isPresent();
  }
}
