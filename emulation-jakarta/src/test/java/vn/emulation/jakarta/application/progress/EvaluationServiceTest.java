package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.application.progress.SampleCity.BIG_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.SILENT_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.SMALL_WARD;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.criteria.TargetAttainmentCriterion;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.CriterionResult;
import vn.emulation.core.evaluation.CriterionStatus;
import vn.emulation.core.evaluation.Evaluation;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.plan.UnknownPlanElementException;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.MeasurementSet;

class EvaluationServiceTest {

  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String BANG_KHEN_TINH = "BANG_KHEN_CHU_TICH_TINH";

  private final EvaluationService service =
      new EvaluationService(SampleCity.plan(), SampleCity.hierarchy(), SampleCity.figures2023());

  private final Collective bigWard = ward("ubnd-30730", "UBND phường Vĩnh Thanh Vân", BIG_WARD);
  private final Collective smallWard = ward("ubnd-30733", "UBND phường Vĩnh Lạc", SMALL_WARD);
  private final Collective silentWard = ward("ubnd-30745", "UBND phường An Hòa", SILENT_WARD);

  /** Everything a ward committee declares, answered yes, registered in time. */
  private static final ParticipantFacts GOOD =
      ParticipantFacts.none()
          .withAnswer("GEN-POLICY", Answer.YES, "BC-01")
          .withAnswer("GEN-TASKS", Answer.YES, "BC-01")
          .withAnswer("GEN-UNITY", Answer.YES, "BB-02")
          .withAnswer("GEN-PARTY", Answer.YES, "QĐ-03")
          .withAnswer("GEN-NO-VIOLATION", Answer.YES, "XN-04")
          .withAnswer("B-CASHLESS", Answer.YES, "BC-05")
          .withRegistration(LocalDate.of(2023, 1, 15));

  @Test
  void explainsTheWardTargetsWithTheCodesMetNotMetAndWithoutData() {
    Evaluation e = service.evaluate("ANNUAL-2023", bigWard, GOOD);

    CriterionResult targets = targetResult(e, GIAY_KHEN);
    assertThat(targets.criterion().code()).isEqualTo("B-TARGETS");
    assertThat(targets.status()).isEqualTo(CriterionStatus.UNDECIDED);
    assertThat(targets.explanation().en())
        .isEqualTo(
            "2 of 11 targets for 2023 met, at least 3 required; met: G1, G3; not met: G10; "
                + "no data: G6, S1, S2, S4, S8, S3, S6, S7");
    assertThat(targets.explanation().vi())
        .startsWith("Đạt 2/11 mục tiêu mốc 2023")
        .contains("không đạt: G10");
    assertThat(e.outcome(GIAY_KHEN)).contains(Outcome.INCOMPLETE);
  }

  @Test
  void aWardMeetingEnoughTargetsWithEveryDeclarationIsEligible() {
    MeasurementSet figures =
        MeasurementSet.of(
            List.of(
                Measurement.ratio("G1", BIG_WARD, 2023, 40, 40),
                Measurement.ratio("G3", BIG_WARD, 2023, 85, 100),
                Measurement.ratio("S1", BIG_WARD, 2023, 900, 1000)));
    EvaluationService s = new EvaluationService(SampleCity.plan(), SampleCity.hierarchy(), figures);

    Evaluation e = s.evaluate("ANNUAL-2023", bigWard, GOOD);

    assertThat(targetResult(e, GIAY_KHEN).status()).isEqualTo(CriterionStatus.MET);
    assertThat(e.outcome(GIAY_KHEN)).contains(Outcome.ELIGIBLE);
    assertThat(e.verdict(GIAY_KHEN).orElseThrow().blockers()).isEmpty();
  }

  @Test
  void aCityOfficeIsHeldToTheCityTargetTheWardsAreSpared() {
    Collective office = new Collective("vhtt", "Phòng Văn hóa và Thông tin", "CITY_OFFICES", CITY);

    Evaluation e = service.evaluate("ANNUAL-2023", office, GOOD);

    CriterionResult targets = targetResult(e, GIAY_KHEN);
    assertThat(targets.criterion().code()).isEqualTo("A-GOV-TARGETS");
    // the city's figures miss the silent ward: only its own G7 is a fact, the rest stays open
    assertThat(targets.status()).isEqualTo(CriterionStatus.UNDECIDED);
    assertThat(targets.explanation().en())
        .startsWith("1 of 10 targets for 2023 met, at least 10 required")
        .contains("met: G7")
        .contains("incomplete (units yet to report): ")
        .contains("G8")
        .contains("G10");
  }

  @Test
  void evaluatesEveryParticipantInOrderAndCountsOutcomesPerAwardForm() {
    ParticipantFacts violated = GOOD.withAnswer("GEN-NO-VIOLATION", Answer.NO, "QĐ kỷ luật 07");
    ParticipantFacts excellent = GOOD.withAnswer("PROV-EXCELLENT", Answer.NO, null);
    MeasurementSet figures =
        MeasurementSet.of(
            List.of(
                Measurement.ratio("G1", BIG_WARD, 2023, 40, 40),
                Measurement.ratio("G3", BIG_WARD, 2023, 85, 100),
                Measurement.ratio("S1", BIG_WARD, 2023, 900, 1000)));
    EvaluationService s = new EvaluationService(SampleCity.plan(), SampleCity.hierarchy(), figures);

    List<Evaluation> all =
        s.evaluateAll(
            "ANNUAL-2023",
            List.of(bigWard, smallWard, silentWard),
            Map.of(bigWard.id(), excellent, smallWard.id(), violated));

    assertThat(all)
        .extracting(e -> e.participant().id())
        .containsExactly("ubnd-30730", "ubnd-30733", "ubnd-30745");
    assertThat(all)
        .extracting(e -> e.outcome(GIAY_KHEN).orElseThrow())
        .containsExactly(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
    assertThat(s.summarize("ANNUAL-2023", all))
        .containsExactly(
            new AwardFormSummary(GIAY_KHEN, form(s, GIAY_KHEN), 1, 1, 1),
            new AwardFormSummary(BANG_KHEN_TINH, form(s, BANG_KHEN_TINH), 0, 2, 1));
  }

  @Test
  void rejectsAnOccasionThePlanDoesNotHave() {
    assertThatThrownBy(() -> service.evaluate("ANNUAL-2030", bigWard, GOOD))
        .isInstanceOf(UnknownPlanElementException.class)
        .hasMessageContaining("ANNUAL-2030");
  }

  private static CriterionResult targetResult(Evaluation e, String form) {
    return e.verdict(form).orElseThrow().results().stream()
        .filter(r -> r.criterion() instanceof TargetAttainmentCriterion)
        .findFirst()
        .orElseThrow();
  }

  private static LocalizedText form(EvaluationService s, String code) {
    return s.evaluator().plan().awardForm(code).orElseThrow().name();
  }

  private static Collective ward(String id, String name, String unitCode) {
    return new Collective(id, name, "WARD_COMMITTEES", unitCode);
  }
}
