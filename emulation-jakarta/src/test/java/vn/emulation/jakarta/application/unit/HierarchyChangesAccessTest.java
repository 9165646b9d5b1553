package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.interfaces.security.TestCallers;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * Fails closed: a request that reaches the unit directory without a caller (a servlet or page added
 * without the filter) is refused, not run as the system, and stores nothing.
 */
class HierarchyChangesAccessTest {

  private final InMemoryCity city = new InMemoryCity();

  /** The changes on the in-memory city, asked by {@code callers}. */
  private HierarchyChanges directory(Callers callers) {
    HierarchyChanges d = HierarchyChangesTest.changes(city);
    d.callers = callers;
    d.audit = new AuditTrail(city.auditLog, callers, InMemoryCity.CLOCK);
    return d;
  }

  @Test
  void openingAUnitWithoutACallerIsRefusedAndStoresNothing() {
    HierarchyChanges d = directory(TestCallers.unidentifiedRequest());
    OpenUnit ward =
        new OpenUnit(
            "30999", "Phường Mới", UnitLevel.COMMUNE, "30730", LocalDate.parse("2026-01-01"));

    assertThatThrownBy(() -> d.open(ward)).isInstanceOf(AccessDeniedException.class);

    assertThat(city.units.hierarchy().all()).hasSize(3);
    assertThat(city.units.find("30999")).isEmpty();
    assertThat(city.units.find("30745").orElseThrow().closedOn()).isNull();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void closingAUnitWithoutACallerIsRefusedAndStoresNothing() {
    HierarchyChanges d = directory(TestCallers.unidentifiedRequest());

    assertThatThrownBy(() -> d.close("30745", new CloseUnit(LocalDate.parse("2026-01-01"))))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(city.units.hierarchy().all()).hasSize(3);
    assertThat(city.units.find("30999")).isEmpty();
    assertThat(city.units.find("30745").orElseThrow().closedOn()).isNull();
    assertThat(city.auditLog.entries()).isEmpty();
  }
}
