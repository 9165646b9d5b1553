package vn.emulation.jakarta.application.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.audit.AuditTargets;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.testing.InMemoryAuditRepository;
import vn.emulation.jakarta.testing.InMemoryCity;

/**
 * A plan's units are carried from one revision to the next across single reports, which can only
 * add their own unit, and read again after any other write (issue 10, P6): always the units the
 * store holds at the revision asked for.
 */
class PlanUnitsTest {

  private static final String PLAN = "rach-gia-2022-2025";
  private static final String OTHER_PLAN = "ha-tien-2022-2025";

  private final InMemoryCity city = new InMemoryCity();
  private final InMemoryAuditRepository log = city.auditLog;
  private final AuditTrail audit = city.audit;

  /** What the database holds, by plan, and how often it was read. */
  private final Map<String, Set<String>> stored = new HashMap<>();

  private int reads;

  private final PlanUnits units =
      new PlanUnits(
          plan -> {
            reads++;
            return new TreeSet<>(stored.getOrDefault(plan, Set.of()));
          },
          log);

  private long head() {
    return log.head().lastSeq();
  }

  private void report(String plan, String unit, String breakdown) {
    stored.computeIfAbsent(plan, p -> new TreeSet<>()).add(unit);
    audit.record(
        "measurement.report", AuditTargets.measurement(plan, "G1", unit, 2025, breakdown), null, 1);
  }

  @Test
  void askedAgainAtTheSameRevisionItIsNotReadAgain() {
    report(PLAN, "30790", "");

    assertThat(units.codes(PLAN, head())).containsExactly("30790");
    assertThat(units.codes(PLAN, head())).containsExactly("30790");
    assertThat(reads).isEqualTo(1);
  }

  @Test
  void singleReportsAddTheirUnitWithoutReadingAgain() {
    report(PLAN, "30790", "");
    units.codes(PLAN, head());

    report(PLAN, "30790", "");
    report(PLAN, "30791", "thon-1");
    report(OTHER_PLAN, "30800", "");

    assertThat(units.codes(PLAN, head())).containsExactly("30790", "30791");
    assertThat(reads).isEqualTo(1);
  }

  @Test
  void anyOtherWriteMakesItReadAgain() {
    report(PLAN, "30790", "");
    report(PLAN, "30791", "");
    units.codes(PLAN, head());

    // a participant removed from a unit may take the unit out of the plan
    stored.get(PLAN).remove("30791");
    audit.record("participant.remove", AuditTargets.participant(PLAN, "p1"), "30791", null);

    assertThat(units.codes(PLAN, head())).containsExactly("30790");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aReportWhoseTargetItCannotReadMakesItReadAgain() {
    report(PLAN, "30790", "");
    units.codes(PLAN, head());

    stored.get(PLAN).add("30795");
    audit.record("measurement.report", "plans/" + PLAN + "/measurements", null, 1);

    assertThat(units.codes(PLAN, head())).containsExactly("30790", "30795");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void tooManyWritesSinceMakeItReadAgain() {
    report(PLAN, "30790", "");
    units.codes(PLAN, head());
    for (int i = 0; i <= PlanUnits.MAX_ENTRIES; i++) {
      report(PLAN, "30790", "");
    }

    assertThat(units.codes(PLAN, head())).containsExactly("30790");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void anOlderRevisionThanTheOneKeptIsReadAndDoesNotReplaceIt() {
    report(PLAN, "30790", "");
    long older = head();
    report(PLAN, "30791", "");
    units.codes(PLAN, head());

    units.codes(PLAN, older);
    assertThat(reads).isEqualTo(2);

    assertThat(units.codes(PLAN, head())).containsExactly("30790", "30791");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void readsOnlyTheTargetOfASingleReport() {
    assertThat(PlanUnits.ReportTarget.of(entry("measurement.report", target("30790"))))
        .contains(new PlanUnits.ReportTarget(PLAN, "30790"));
    assertThat(PlanUnits.ReportTarget.of(entry("measurement.upload", target("30790")))).isEmpty();
    assertThat(PlanUnits.ReportTarget.of(entry("measurement.report", "units/30790"))).isEmpty();
    assertThat(
            PlanUnits.ReportTarget.of(
                entry("measurement.report", "plans/" + PLAN + "/measurements/G1/30790/x")))
        .isEmpty();
  }

  private static String target(String unit) {
    return AuditTargets.measurement(PLAN, "G1", unit, 2025, "a/b");
  }

  private static vn.emulation.jakarta.application.audit.AuditEntry entry(
      String action, String target) {
    return new vn.emulation.jakarta.application.audit.AuditEntry(
        1,
        Instant.EPOCH,
        "officer",
        "OFFICER",
        null,
        action,
        target,
        null,
        null,
        "0".repeat(64),
        "1".repeat(64));
  }
}
