package vn.emulation.jakarta.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.RecordingEvents;
import vn.emulation.jakarta.format.plan.PlanJsonReader;

/**
 * Every port of the application in memory, on a fixed clock: Rạch Giá city ({@code 899}) with two
 * wards ({@code 30730}, {@code 30745}) since 2020, and an officer of the city asking. A test wires
 * the use case it exercises from these.
 */
public final class InMemoryCity {

  /** 10:00 on 2 March 2026 in Vietnam. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  public static final String PLAN = "rach-gia-2022-2025";
  public static final String CITY = "899";
  public static final String WARD = "30730";
  public static final String OTHER_WARD = "30745";
  public static final LocalDate OPENED = LocalDate.of(2020, 1, 1);

  public static final Caller OFFICER = new Caller("lan.officer", Set.of(Role.OFFICER), null);
  public static final Caller WARD_REPORTER =
      new Caller("tram.reporter", Set.of(Role.REPORTER), WARD);

  public final FixedCallers callers = FixedCallers.of(OFFICER);
  public final TestSettings settings = new TestSettings();
  public final InMemoryPlanRepository plans = new InMemoryPlanRepository(CLOCK);
  public final InMemoryUnitRepository units =
      InMemoryUnitRepository.of(
          List.of(
              OrgUnit.open(CITY, "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
              OrgUnit.open(WARD, "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, CITY, OPENED),
              OrgUnit.open(OTHER_WARD, "Phường Vĩnh Lạc", UnitLevel.COMMUNE, CITY, OPENED)));
  public final InMemoryParticipantRepository participants = new InMemoryParticipantRepository();
  public final InMemoryEvidenceRepository evidence = new InMemoryEvidenceRepository(participants);
  public final InMemoryMeasurementRepository measurements =
      new InMemoryMeasurementRepository(CLOCK);
  public final InMemoryUploadRepository uploads = new InMemoryUploadRepository();
  public final InMemoryMeasurementWriter writer =
      new InMemoryMeasurementWriter(measurements, uploads);
  public final InMemoryAuditRepository auditLog = new InMemoryAuditRepository();
  public final AuditTrail audit = new AuditTrail(auditLog, callers, CLOCK);
  public final RecordingEvents events = new RecordingEvents();

  /** The actions of the audit log, in order. */
  public List<String> auditedActions() {
    return auditLog.entries().stream().map(AuditEntry::action).toList();
  }

  /** The built-in Rạch Giá plan, read. */
  public static Plan plan() {
    return new PlanJsonReader().read(planFile());
  }

  /** The built-in Rạch Giá plan file. */
  public static String planFile() {
    try (InputStream in = InMemoryCity.class.getResourceAsStream("/plans/" + PLAN + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
