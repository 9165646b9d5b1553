package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.RecordingEvents;
import vn.emulation.jakarta.application.events.UnitReorganised;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/** The unit directory announces each change it stored, and nothing for a change it refused. */
class UnitDirectoryEventsTest {

  private final UnitDirectoryAccessTest.Units units = new UnitDirectoryAccessTest.Units();
  private final UnitDirectoryAccessTest.AuditStore audit = new UnitDirectoryAccessTest.AuditStore();
  private final RecordingEvents events = new RecordingEvents();

  private UnitDirectory directory() {
    Callers callers = TestCallers.requestOf(new Caller("quan-tri", Set.of(Role.ADMIN), null));
    UnitDirectory d = new UnitDirectory();
    d.units = units;
    d.callers = callers;
    d.audit = new AuditTrail(audit, callers, java.time.Clock.systemUTC());
    d.events = events;
    return d;
  }

  @Test
  void anOpeningIsAnnouncedWithItsDay() {
    directory().open(new OpenUnit("30999", "Phường Mới", "COMMUNE", "30730", "2026-01-01"));

    assertThat(events.announced)
        .containsExactly(
            new UnitReorganised(
                UnitReorganised.Change.OPEN,
                LocalDate.of(2026, 1, 1),
                List.of(),
                List.of("30999")));
    assertThat(audit.appended).hasSize(1);
  }

  @Test
  void aClosureIsAnnouncedAndARefusedOneIsNot() {
    UnitDirectory d = directory();

    d.close("30745", new CloseUnit("2026-01-01"));
    // the city still has a ward under it: refused, nothing stored, nothing announced
    assertThatThrownBy(() -> d.close("30730", new CloseUnit("2025-01-01")))
        .isInstanceOf(RuntimeException.class);

    assertThat(events.announced)
        .containsExactly(
            new UnitReorganised(
                UnitReorganised.Change.CLOSE,
                LocalDate.of(2026, 1, 1),
                List.of("30745"),
                List.of("30745")));
  }
}
