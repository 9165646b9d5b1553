package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.access.UnitScope;
import vn.emulation.jakarta.application.access.UnitScopes;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.RecordingEvents;
import vn.emulation.jakarta.application.events.ReportStored;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.infrastructure.persistence.JpaAuditRepository;
import vn.emulation.jakarta.infrastructure.persistence.JpaMeasurementRepository;
import vn.emulation.jakarta.infrastructure.persistence.JpaUnitRepository;
import vn.emulation.jakarta.infrastructure.persistence.StoredMeasurement;
import vn.emulation.jakarta.interfaces.security.TestCallers;
import vn.emulation.jakarta.plan.PlanJsonReader;

/** The desk announces each value it stored, new or corrected, and nothing for one it refused. */
class MeasurementDeskEventsTest {

  private static final Plan PLAN =
      new PlanJsonReader()
          .read(
              MeasurementDeskEventsTest.class.getResourceAsStream(
                  "/plans/rach-gia-2022-2025.json"));
  private static final LocalDate START = LocalDate.of(2022, 1, 1);
  private static final Clock CLOCK =
      Clock.fixed(
          OffsetDateTime.of(2024, 6, 1, 3, 0, 0, 0, ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  /** The plan in force, whatever the day: this test is about the desk, not the catalog. */
  static final class Plans extends PlanCatalog {
    @Override
    public Plan inForceToday(String code) {
      return PLAN;
    }
  }

  static final class Units extends JpaUnitRepository {
    @Override
    public OrgHierarchy hierarchy() {
      return OrgHierarchy.of(
          List.of(
              OrgUnit.open("30730", "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, START),
              OrgUnit.open("30745", "Phường Vĩnh Lạc", UnitLevel.COMMUNE, "30730", START)));
    }
  }

  /** Values in memory by their key. */
  static final class Measurements extends JpaMeasurementRepository {
    final Map<String, StoredMeasurement> stored = new HashMap<>();

    private static String key(String indicator, String unit, int year, String breakdown) {
      return indicator + "/" + unit + "/" + year + "/" + breakdown;
    }

    @Override
    public boolean put(String planCode, Measurement m, String uploadId) {
      return stored.put(
              key(m.indicatorCode(), m.unitCode(), m.year(), m.breakdown()),
              new StoredMeasurement(m, uploadId, OffsetDateTime.now(CLOCK)))
          == null;
    }

    @Override
    public Optional<StoredMeasurement> find(
        String planCode, String indicatorCode, String unitCode, int year, String breakdown) {
      return Optional.ofNullable(stored.get(key(indicatorCode, unitCode, year, breakdown)));
    }
  }

  static final class AuditStore extends JpaAuditRepository {
    final List<AuditEntry> appended = new ArrayList<>();

    @Override
    public AuditHead lockHead() {
      return new AuditHead(appended.size(), "0".repeat(64));
    }

    @Override
    public void append(AuditEntry entry) {
      appended.add(entry);
    }
  }

  private final RecordingEvents events = new RecordingEvents();

  private MeasurementDesk desk() {
    Callers callers = TestCallers.requestOf(new Caller("noi-vu", Set.of(Role.OFFICER), null));
    Units units = new Units();
    // a city-wide officer reaches every unit
    UnitScopes scopes =
        new UnitScopes() {
          @Override
          public UnitScope current() {
            return UnitScope.all();
          }
        };
    MeasurementDesk d = new MeasurementDesk();
    d.plans = new Plans();
    d.units = units;
    d.measurements = new Measurements();
    d.scopes = scopes;
    d.callers = callers;
    d.audit = new AuditTrail(new AuditStore(), callers, CLOCK);
    d.events = events;
    d.clock = CLOCK;
    return d;
  }

  @Test
  void aNewValueAndItsCorrectionAreAnnouncedARefusedOneIsNot() {
    MeasurementDesk d = desk();

    d.report(
        "rach-gia-2022-2025", new MeasurementReport("G2", "30745", 2023, null, 80L, 100L, null));
    d.report(
        "rach-gia-2022-2025", new MeasurementReport("G2", "30745", 2023, null, 85L, 100L, null));
    assertThatThrownBy(
            () ->
                d.report(
                    "rach-gia-2022-2025",
                    new MeasurementReport("G99", "30745", 2023, null, 1L, 2L, null)))
        .isInstanceOf(InvalidInputException.class);

    assertThat(events.announced)
        .containsExactly(
            new ReportStored("rach-gia-2022-2025", "30745", "G2", 2023, true),
            new ReportStored("rach-gia-2022-2025", "30745", "G2", 2023, false));
  }
}
