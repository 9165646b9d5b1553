package vn.emulation.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.emulation.core.TestPlans.OFFICE;
import static vn.emulation.core.TestPlans.attainment;
import static vn.emulation.core.TestPlans.verdict;
import static vn.emulation.core.TestPlans.ward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.TestPlans;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Attainment;
import vn.emulation.core.target.AttainmentStatus;
import vn.emulation.core.target.Coverage;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.Target;
import vn.emulation.core.target.TargetScope;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;

class EvidenceAssemblyTest {

  private static final Plan PLAN =
      TestPlans.withCriteria(attainment("MUC-TIEU", null, null, List.of("G1", "G3")));
  private static final Occasion OCCASION = TestPlans.annual2023();
  private static final LocalDate OPENED = LocalDate.of(2005, 1, 1);

  private final EvidenceAssembly assembly = new EvidenceAssembly(PLAN);

  /** Records what it was asked and answers MET. */
  private final List<String> asked = new ArrayList<>();

  private Attainment met(Target target, String indicator, int year, LocalDate asOf) {
    asked.add(indicator + " " + year + " " + asOf);
    return attained(target, AttainmentStatus.MET);
  }

  private static Attainment attained(Target target, AttainmentStatus status) {
    boolean data = status != AttainmentStatus.NO_DATA;
    return new Attainment(
        target,
        "W02",
        status,
        data ? new Quantity.Ratio(9, 10) : null,
        data ? new BigDecimal("90") : null,
        new Coverage(1, 1),
        List.of());
  }

  @Test
  void theFiguresAnOccasionReadsAreItsYearsWithItsMilestonesTargets() {
    OrgUnit unit = OrgUnit.open("W02", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, null, OPENED);
    assembly.attainments(unit, OCCASION, (t, i, y, d) -> met(t, i.code(), y, d));

    var scope = assembly.figuresRead(OCCASION);

    assertThat(scope.year()).isEqualTo(OCCASION.year());
    assertThat(asked).allSatisfy(s -> assertThat(s).contains(" " + scope.year() + " "));
    assertThat(scope)
        .isEqualTo(vn.emulation.core.target.FigureScope.of(PLAN.targets(), 2023, 2023));
  }

  @Test
  void aUnitIsJudgedOnTheLastDayOfTheWindowWithTheMilestonesTargets() {
    OrgUnit unit = OrgUnit.open("W02", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, null, OPENED);

    Map<String, Attainment> got =
        assembly.attainments(unit, OCCASION, (t, i, y, d) -> met(t, i.code(), y, d));

    assertThat(got).containsOnlyKeys(TestPlans.INDICATORS);
    assertThat(got.values())
        .allSatisfy(a -> assertThat(a.target().milestoneYear()).isEqualTo(2023));
    assertThat(asked).hasSize(6).allSatisfy(s -> assertThat(s).endsWith(" 2023 2024-01-31"));
  }

  @Test
  void aUnitClosedInTheWindowIsJudgedOnItsLastDayOneClosedBeforeNotAtAll() {
    OrgUnit closedIn =
        OrgUnit.open("W02", "Phường", UnitLevel.COMMUNE, null, OPENED)
            .closeOn(LocalDate.of(2024, 1, 1), Set.of());
    OrgUnit closedBefore =
        OrgUnit.open("W03", "Phường", UnitLevel.COMMUNE, null, OPENED)
            .closeOn(LocalDate.of(2023, 12, 1), Set.of());

    assembly.attainments(closedIn, OCCASION, (t, i, y, d) -> met(t, i.code(), y, d));
    assertThat(asked).allSatisfy(s -> assertThat(s).endsWith(" 2023 2023-12-31"));
    assertThat(assembly.attainments(closedBefore, OCCASION, (t, i, y, d) -> met(t, i.code(), y, d)))
        .isEmpty();
  }

  @Test
  void onlyTargetsForTheParticipantsCategoryEnterItsEvidence() {
    Target g1 = target("G1", TargetScope.EVERYWHERE);
    Target g3 = target("G3", new TargetScope(Set.of(), Set.of(OFFICE), false));
    Map<String, Attainment> unit = new LinkedHashMap<>();
    unit.put("G1", attained(g1, AttainmentStatus.MET));
    unit.put("G3", attained(g3, AttainmentStatus.MET));

    Verdict v = verdict(PLAN, ward(), e -> EvidenceAssembly.withAttainments(e, ward(), unit));

    // G3 is an office's target: for a ward it is unknown, so "all of G1, G3" stays undecided
    assertThat(v.outcome()).isEqualTo(Outcome.INCOMPLETE);
  }

  @Test
  void anIncompleteAttainmentIsUnknownNeverMet() {
    Map<String, Attainment> unit = new LinkedHashMap<>();
    unit.put("G1", attained(target("G1", TargetScope.EVERYWHERE), AttainmentStatus.MET));
    unit.put("G3", attained(target("G3", TargetScope.EVERYWHERE), AttainmentStatus.INCOMPLETE));

    assertThat(
            verdict(PLAN, ward(), e -> EvidenceAssembly.withAttainments(e, ward(), unit)).outcome())
        .isEqualTo(Outcome.INCOMPLETE);
    unit.put("G3", attained(target("G3", TargetScope.EVERYWHERE), AttainmentStatus.MET));
    assertThat(
            verdict(PLAN, ward(), e -> EvidenceAssembly.withAttainments(e, ward(), unit)).outcome())
        .isEqualTo(Outcome.ELIGIBLE);
  }

  private static Target target(String indicator, TargetScope scope) {
    return new Target(
        indicator, 2023, vn.emulation.core.target.Comparator.AT_LEAST, new BigDecimal("80"), scope);
  }
}
