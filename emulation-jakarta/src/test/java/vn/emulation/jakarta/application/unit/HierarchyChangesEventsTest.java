package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.emulation.jakarta.testing.InMemoryCity.CITY;
import static vn.emulation.jakarta.testing.InMemoryCity.OTHER_WARD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.testing.InMemoryCity;

/** The unit directory announces each change it stored, and nothing for a change it refused. */
class HierarchyChangesEventsTest {

  private final InMemoryCity city = new InMemoryCity();
  private final HierarchyChanges directory = HierarchyChangesTest.changes(city);

  @Test
  void anOpeningIsAnnouncedWithItsDay() {
    directory.open(
        new OpenUnit(
            "30999", "Phường Mới", UnitLevel.COMMUNE, CITY, LocalDate.parse("2026-01-01")));

    assertThat(city.events.announced)
        .containsExactly(
            new UnitReorganised(
                UnitReorganised.Change.OPEN,
                LocalDate.of(2026, 1, 1),
                List.of(),
                List.of("30999")));
    assertThat(city.auditedActions()).containsExactly("unit.open");
  }

  @Test
  void aClosureIsAnnouncedAndARefusedOneIsNot() {
    directory.close(OTHER_WARD, new CloseUnit(LocalDate.parse("2026-01-01")));
    // the city still has a ward under it: refused, nothing stored, nothing announced
    assertThatThrownBy(() -> directory.close(CITY, new CloseUnit(LocalDate.parse("2026-01-01"))))
        .isInstanceOf(RuntimeException.class);

    assertThat(city.events.announced)
        .containsExactly(
            new UnitReorganised(
                UnitReorganised.Change.CLOSE,
                LocalDate.of(2026, 1, 1),
                List.of(OTHER_WARD),
                List.of(OTHER_WARD)));
  }
}
