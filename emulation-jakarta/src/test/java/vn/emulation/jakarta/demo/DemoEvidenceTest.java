package vn.emulation.jakarta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.demo.DemoFixtures.CITY;
import static vn.emulation.jakarta.demo.DemoFixtures.PLAN;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.participant.Participant;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.AttainmentCalculator;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.MeasurementSet;
import vn.emulation.core.target.Target;
import vn.emulation.core.unit.UnitLevel;

class DemoEvidenceTest {

  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";

  private final Plan plan = DemoFixtures.planWithParameters();
  private final Evaluator evaluator = Evaluator.of(plan);

  @Test
  void everyEntryBuildsCoreEvidenceForThePlan() {
    assertThat(CITY.evidence())
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThatCode(() -> e.fill(Evaluator.of(PLAN).evidence()).build())
                    .doesNotThrowAnyException());
  }

  @Test
  void mostDeclarationsAreConfirmedWithAnAchievementReport() {
    List<DemoEvidence.Declaration> all =
        CITY.evidence().stream().flatMap(e -> e.declarations().values().stream()).toList();
    long yes = all.stream().filter(d -> d.answer() == Answer.YES).count();

    assertThat(yes).isGreaterThan(all.size() * 3L / 4);
    assertThat(all).anyMatch(d -> d.answer() == Answer.NO);
    assertThat(all)
        .filteredOn(d -> d.answer() == Answer.YES)
        .allMatch(d -> d.reference().matches("BC(SK|TK)?-20\\d\\d-\\d{3}"));
    assertThat(
            CITY.evidence("office-noi-vu", "ANNUAL-2023")
                .orElseThrow()
                .declarations()
                .get("GEN-TASKS")
                .reference())
        .startsWith("BC-2023-");
  }

  @Test
  void mostRegisteredInJanuary2023AndAFewLateOrNever() {
    Map<String, DemoEvidence> firstEntries =
        CITY.evidence().stream()
            .collect(Collectors.toMap(DemoEvidence::participantId, e -> e, (a, b) -> a));
    long january =
        firstEntries.values().stream()
            .filter(
                e ->
                    e.registeredOn() != null
                        && e.registeredOn().getYear() == 2023
                        && e.registeredOn().getMonthValue() == 1)
            .count();

    assertThat(january).isGreaterThan(firstEntries.size() / 2);
    assertThat(firstEntries.values())
        .anyMatch(
            e -> e.registeredOn() != null && e.registeredOn().isAfter(LocalDate.of(2023, 1, 31)))
        .anyMatch(DemoEvidence::notRegistered)
        .anyMatch(e -> e.registeredOn() == null && !e.notRegistered());
  }

  @Test
  void enterprisesContributeInDongAndOfficialsCountInitiatives() {
    DemoEvidence enterprise =
        CITY.evidence("ent-cong-nghe-so-bien-tay", "FINAL-2025").orElseThrow();
    DemoEvidence official = CITY.evidence("person-tran-thi-thu-ha", "ANNUAL-2023").orElseThrow();

    assertThat(enterprise.amounts().get("contributionVnd")).isGreaterThan(100_000_000L);
    assertThat(enterprise.amounts().get("contributionVnd") % 1_000_000).isZero();
    assertThat(official.counts().get("recognisedInitiatives")).isPositive();
  }

  @Test
  void evidenceRejectsBeingRegisteredAndNotRegisteredAtOnce() {
    assertThatThrownBy(
            () ->
                new DemoEvidence(
                    "x",
                    "ANNUAL-2023",
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    LocalDate.of(2023, 1, 10),
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-10");
  }

  @Test
  void theFinalReviewGivesEligibleNotEligibleAndIncompleteOutcomes() {
    Set<Outcome> outcomes =
        CITY.evidence().stream()
            .filter(e -> e.occasionCode().equals("FINAL-2025"))
            .map(
                e ->
                    evaluator.evaluate(
                        participant(e.participantId()),
                        e.occasionCode(),
                        e.fill(evaluator.evidence()).build()))
            .map(ev -> ev.outcome(GIAY_KHEN).orElseThrow())
            .collect(Collectors.toSet());

    assertThat(outcomes).isEqualTo(EnumSet.allOf(Outcome.class));
  }

  @Test
  void wardsAheadOfTheirTargetsEarnTheGiayKhenIn2023AndLaggingOnesDoNot() {
    assertThat(wardOutcome2023("ward-30736")).isEqualTo(Outcome.ELIGIBLE);
    assertThat(wardOutcome2023("ward-30754")).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  private Outcome wardOutcome2023(String participantId) {
    Participant ward = participant(participantId);
    LocalDate end = LocalDate.of(2023, 12, 31);
    AttainmentCalculator calculator =
        new AttainmentCalculator(CITY.units(), MeasurementSet.of(CITY.measurements()));
    Evidence.Builder b =
        CITY.evidence(participantId, "ANNUAL-2023").orElseThrow().fill(evaluator.evidence());
    for (Target t : plan.targets()) {
      if (t.milestoneYear() == 2023 && t.scope().appliesTo(UnitLevel.COMMUNE)) {
        Indicator i = plan.indicator(t.indicatorCode()).orElseThrow();
        b.attainment(i.code(), calculator.attainment(t, i, ward.unitCode(), 2023, end).status());
      }
    }
    return evaluator.evaluate(ward, "ANNUAL-2023", b.build()).outcome(GIAY_KHEN).orElseThrow();
  }

  private static Participant participant(String id) {
    return CITY.participant(id).orElseThrow();
  }
}
