package vn.emulation.jakarta.application.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.infrastructure.persistence.JpaAuditRepository;
import vn.emulation.jakarta.infrastructure.persistence.JpaUnitRepository;
import vn.emulation.jakarta.interfaces.security.TestCallers;

/**
 * Fails closed: a request that reaches the unit directory without a caller (a servlet or page added
 * without the filter) is refused, not run as the system, and stores nothing.
 */
class UnitDirectoryAccessTest {

  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  /** The city's units, recording every write instead of storing it. */
  static final class Units extends JpaUnitRepository {
    final List<OrgUnit> saved = new ArrayList<>();

    @Override
    public OrgHierarchy hierarchy() {
      return OrgHierarchy.of(
          List.of(
              OrgUnit.open("30730", "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, START),
              OrgUnit.open("30745", "Phường Vĩnh Lạc", UnitLevel.COMMUNE, "30730", START)));
    }

    @Override
    public java.util.Optional<Integer> version(String code) {
      return java.util.Optional.of(1);
    }

    @Override
    public void saveAll(Collection<OrgUnit> units) {
      saved.addAll(units);
    }
  }

  /** The audit log's store, recording what would be appended. */
  static final class AuditStore extends JpaAuditRepository {
    final List<AuditEntry> appended = new ArrayList<>();

    @Override
    public AuditHead lockHead() {
      return new AuditHead(0, "0".repeat(64));
    }

    @Override
    public void append(AuditEntry entry) {
      appended.add(entry);
    }
  }

  private final Units units = new Units();
  private final AuditStore audit = new AuditStore();

  private UnitDirectory directory(Callers callers) {
    UnitDirectory d = new UnitDirectory();
    d.units = units;
    d.callers = callers;
    d.audit = new AuditTrail(audit, callers, java.time.Clock.systemUTC());
    return d;
  }

  @Test
  void openingAUnitWithoutACallerIsRefusedAndStoresNothing() {
    UnitDirectory d = directory(TestCallers.unidentifiedRequest());
    OpenUnit ward = new OpenUnit("30999", "Phường Mới", "COMMUNE", "30730", "2026-01-01");

    assertThatThrownBy(() -> d.open(ward)).isInstanceOf(AccessDeniedException.class);

    assertThat(units.saved).isEmpty();
    assertThat(audit.appended).isEmpty();
  }

  @Test
  void closingAUnitWithoutACallerIsRefusedAndStoresNothing() {
    UnitDirectory d = directory(TestCallers.unidentifiedRequest());

    assertThatThrownBy(() -> d.close("30745", new CloseUnit("2026-01-01")))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(units.saved).isEmpty();
    assertThat(audit.appended).isEmpty();
  }
}
