package vn.emulation.jakarta.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.participant.Collective;
import vn.emulation.core.participant.Individual;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryParticipantRepository;
import vn.emulation.jakarta.testing.InMemoryUnitRepository;

/**
 * A run is opened with {@link LiveVerdicts#count}, and its job then judges {@link
 * LiveVerdicts#judged}: the two must agree on who is judged — in scope, and with a unit the
 * occasion holds — or a run's progress would never reach its total, or pass it.
 */
class OccasionCountTest {

  static final String PLAN = "rach-gia-2022-2025";
  static final String CITY = "899";
  static final String WARD = "30745";
  static final String OTHER_WARD = "30748";
  static final String MERGED_AWAY = "30751";
  static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

  private final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
  private final LiveVerdicts verdicts = new LiveVerdicts();
  private final Plan plan = InMemoryCity.plan();
  private final Occasion annual2023 = plan.occasion("ANNUAL-2023").orElseThrow();

  OccasionCountTest() {
    verdicts.units =
        InMemoryUnitRepository.of(
            List.of(
                OrgUnit.open(CITY, "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
                OrgUnit.open(WARD, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, CITY, OPENED),
                OrgUnit.open(OTHER_WARD, "Phường An Hòa", UnitLevel.COMMUNE, CITY, OPENED),
                // closed (merged into WARD) before 2023: the occasion judges nobody of it
                OrgUnit.open(MERGED_AWAY, "Phường Vĩnh Thanh", UnitLevel.COMMUNE, CITY, OPENED)
                    .closeOn(LocalDate.of(2021, 6, 30), Set.of(WARD))));
    verdicts.participants = participants;
    participants.add(PLAN, new Collective("e1", "Công ty TNHH Một", "ENTERPRISES", WARD));
    participants.add(PLAN, new Individual("i1", "Nguyễn Thị Ánh", "OFFICIALS", WARD));
    participants.add(PLAN, new Collective("e2", "Công ty TNHH Hai", "ENTERPRISES", OTHER_WARD));
    participants.add(PLAN, new Collective("e3", "Công ty TNHH Ba", "ENTERPRISES", MERGED_AWAY));
    participants.add(PLAN, new Collective("e4", "Công ty TNHH Bốn", "ENTERPRISES", MERGED_AWAY));
    participants.add("another-plan", new Collective("x1", "Công ty Khác", "ENTERPRISES", WARD));
  }

  @Test
  void theCountIsHowManyTheJobJudges() {
    for (UnitScope scope :
        List.of(
            UnitScope.all(),
            UnitScope.of(Set.of(WARD)),
            UnitScope.of(Set.of(OTHER_WARD, MERGED_AWAY)),
            UnitScope.none())) {
      assertThat(verdicts.count(plan, annual2023, scope))
          .as("scope %s", scope)
          .isEqualTo(verdicts.judged(plan, annual2023, scope).size());
    }
  }

  @Test
  void aUnitClosedBeforeTheOccasionAndAnotherPlanAreNotCounted() {
    assertThat(verdicts.count(plan, annual2023, UnitScope.all())).isEqualTo(3);
    assertThat(verdicts.count(plan, annual2023, UnitScope.of(Set.of(MERGED_AWAY)))).isZero();
    assertThat(verdicts.count(plan, annual2023, UnitScope.of(Set.of(WARD)))).isEqualTo(2);
  }
}
