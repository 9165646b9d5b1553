package vn.emulation.jakarta.application.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.application.progress.SampleCity.BIG_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.CITY;
import static vn.emulation.jakarta.application.progress.SampleCity.SILENT_WARD;
import static vn.emulation.jakarta.application.progress.SampleCity.SMALL_WARD;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.evaluation.Answer;
import vn.emulation.core.evaluation.Evaluator;
import vn.emulation.core.evaluation.Evidence;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Coverage;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

class EvidenceAssemblerTest {

  private final Plan plan = SampleCity.plan();
  private final Evaluator evaluator = Evaluator.of(plan);
  private final EvidenceAssembler assembler =
      new EvidenceAssembler(evaluator, SampleCity.hierarchy(), SampleCity.figures2023());
  private final Occasion annual2023 = plan.occasion("ANNUAL-2023").orElseThrow();

  @Test
  void givesTheWardsAttainmentOfEachTargetMetNotMetOrNoData() {
    Map<String, Attainment> a = assembler.attainments(BIG_WARD, annual2023);

    assertThat(a.get("G1").status()).isEqualTo(AttainmentStatus.MET);
    assertThat(a.get("G2").status()).isEqualTo(AttainmentStatus.MET);
    assertThat(a.get("G3").status()).isEqualTo(AttainmentStatus.MET);
    assertThat(a.get("G8").status()).isEqualTo(AttainmentStatus.MET);
    assertThat(a.get("G10").status()).isEqualTo(AttainmentStatus.NOT_MET);
    assertThat(a.get("S1").status()).isEqualTo(AttainmentStatus.NO_DATA);
    assertThat(a.values()).allMatch(x -> x.target().milestoneYear() == 2023);
  }

  @Test
  void leavesOutACityTargetForAWardEvenIfTheWardReportedIt() {
    Map<String, Attainment> ward = assembler.attainments(BIG_WARD, annual2023);
    Map<String, Attainment> city = assembler.attainments(CITY, annual2023);

    // no G7 (a city target), nor G4, E1, E2, E3, E6: the city reports them, nothing sums them up
    assertThat(ward).hasSize(21).doesNotContainKey("G7").doesNotContainKey("E1");
    assertThat(city).hasSize(27);
    assertThat(city.get("G7").status()).isEqualTo(AttainmentStatus.MET);
    assertThat(city.get("G8").status()).isEqualTo(AttainmentStatus.INCOMPLETE); // 85/110, 2 of 3
  }

  @Test
  void usesTheFiguresOfTheOccasionsYearAgainstItsMilestone() {
    Occasion annual2024 = plan.occasion("ANNUAL-2024").orElseThrow(); // year 2024, milestone 2025

    Map<String, Attainment> a = assembler.attainments(BIG_WARD, annual2024);

    assertThat(a.get("G2").target().milestoneYear()).isEqualTo(2025);
    assertThat(a.values()).allMatch(x -> x.status() == AttainmentStatus.NO_DATA);
  }

  @Test
  void aUnitClosedBeforeTheRoundIsNotJudgedItsSuccessorIsOnItsInheritance() {
    LocalDate merger = LocalDate.of(2023, 7, 1);
    OrgHierarchy merged =
        SampleCity.hierarchy()
            .merge(
                Set.of(BIG_WARD, SMALL_WARD),
                OrgUnit.open("30999", "Phường Vĩnh Lạc Thanh", UnitLevel.COMMUNE, CITY, merger),
                merger);
    EvidenceAssembler after = new EvidenceAssembler(evaluator, merged, SampleCity.figures2023());

    assertThat(after.attainments(BIG_WARD, annual2023)).isEmpty(); // closed before October
    Attainment successor = after.attainments("30999", annual2023).get("G2");
    // G2 is a flow: the two wards' reports for January to June, the successor's half still due
    assertThat(successor.value()).isEqualByComparingTo("83.64"); // 920 / 1100
    assertThat(successor.status()).isEqualTo(AttainmentStatus.INCOMPLETE);
    assertThat(successor.coverage()).isEqualTo(new Coverage(2, 3, java.util.List.of("30999")));
    assertThat(after.attainments("30999", plan.occasion("ANNUAL-2022").orElseThrow())).isEmpty();
  }

  @Test
  void passesTheStoredFactsIntoTheEvidence() {
    Collective ward =
        new Collective("ubnd-30730", "UBND phường Vĩnh Thanh Vân", "WARD_COMMITTEES", BIG_WARD);
    ParticipantFacts facts =
        ParticipantFacts.none().withAnswer("GEN-POLICY", Answer.YES, "BC 12/BC-UBND");

    Evidence evidence = assembler.assemble(ward, annual2023, facts);

    assertThat(evidence.reference("GEN-POLICY")).contains("BC 12/BC-UBND");
    assertThat(evidence.reference("GEN-TASKS")).isEmpty();
  }

  @Test
  void rejectsFactsThePlanDoesNotKnow() {
    Collective ward =
        new Collective("ubnd-30745", "UBND phường An Hòa", "WARD_COMMITTEES", SILENT_WARD);
    ParticipantFacts facts =
        new ParticipantFacts(Map.of(), Map.of("unknownFact", 1), Map.of(), null, false);

    assertThatThrownBy(() -> assembler.assemble(ward, annual2023, facts))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknownFact");
  }

  @Test
  void factsCannotBeBothRegisteredAndNot() {
    assertThatThrownBy(
            () ->
                new ParticipantFacts(Map.of(), Map.of(), Map.of(), LocalDate.of(2023, 1, 10), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-10");
  }
}
