package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * What the write use cases leave in the audit log, read back through {@link AuditLog} on the
 * in-memory store: entries chained from the first, with the caller and the clock's instant, listed
 * newest first and filtered by what lies below a target.
 */
class AuditLogTest {

  private final InMemoryCity city = new InMemoryCity();
  private final AuditLog log = new AuditLog(city.auditLog, () -> 500, InMemoryCity.CLOCK.getZone());

  private void writeSome() {
    city.audit.record(
        "unit.open", "units/30999", null, new CloseUnit(LocalDate.parse("2026-01-01")));
    city.callers.actAs(InMemoryCity.WARD_REPORTER);
    city.audit.record("measurement.report", "plans/p/measurements/G2/30730/2024", null, 1);
    city.callers.runAsSystem(
        "test: a job", () -> city.audit.record("demo.load", "plans/p", null, null));
  }

  @Test
  void entriesAreChainedFromTheFirstAndVerifyIntact() {
    writeSome();

    List<AuditEntry> entries = city.auditLog.entries();
    assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
    assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    assertThat(log.verify(2)).isEqualTo(new AuditVerification(true, 3, null));
  }

  @Test
  void eachEntryNamesItsCallerAndTheClocksInstant() {
    writeSome();

    assertThat(city.auditLog.entries())
        .extracting(AuditEntry::actor, AuditEntry::actorRole, AuditEntry::actorUnit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lan.officer", "officer", null),
            org.assertj.core.groups.Tuple.tuple("tram.reporter", "reporter", InMemoryCity.WARD),
            org.assertj.core.groups.Tuple.tuple("system", "admin", null));
    assertThat(city.auditLog.entries())
        .extracting(AuditEntry::recordedAt)
        .containsOnly(Instant.parse("2026-03-02T03:00:00Z"));
    assertThat(city.auditLog.entries().get(0).afterState()).contains("2026-01-01");
  }

  @Test
  void listsNewestFirstAndByWhatLiesBelowATarget() {
    writeSome();

    assertThat(log.entries(AuditQuery.Listing.all()).items())
        .extracting(AuditEntry::action)
        .containsExactly("demo.load", "measurement.report", "unit.open");
    assertThat(
            log.entries(
                    new AuditQuery.Listing(
                        null,
                        null,
                        "plans/p",
                        null,
                        null,
                        new vn.emulation.jakarta.application.PageRequest(0, 50)))
                .items())
        .extracting(AuditEntry::action)
        .containsExactly("demo.load", "measurement.report");
  }
}
