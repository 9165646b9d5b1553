package vn.emulation.jakarta.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.measurement.MeasurementWriter;
import vn.emulation.jakarta.application.participant.EvidenceRepository;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.participant.history.HistoryRepository;
import vn.emulation.jakarta.application.plan.PlanRepository;
import vn.emulation.jakarta.application.procedure.CaseStore;
import vn.emulation.jakarta.application.unit.UnitRepository;

/**
 * The memo of figures (ADR 0034) trusts that the audit log's head moves with every write of a fact.
 * Checked on the compiled use cases: every code path of the application that calls a port's writing
 * operation — reports, uploads, units, plan versions and their status, participants, their evidence
 * and history, the procedure's cases — records an audit entry, in the same method or in every
 * method that calls it (a private step of a use case is audited by the use case).
 */
class EveryFactWriteIsAuditedTest {

  private static final JavaClasses APPLICATION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.emulation.jakarta.application");

  /** The operations of the ports that change a fact a figure or a verdict is computed from. */
  private static final Map<Class<?>, Set<String>> WRITES =
      Map.of(
          MeasurementRepository.class, Set.of("put"),
          MeasurementWriter.class, Set.of("store"),
          UnitRepository.class, Set.of("saveAll"),
          PlanRepository.class, Set.of("add", "saveStatuses"),
          ParticipantRepository.class, Set.of("add"),
          EvidenceRepository.class, Set.of("answer", "count", "amount", "register"),
          HistoryRepository.class, Set.of("store", "markRevoked"),
          CaseStore.class, Set.of("insert", "update"));

  @Test
  void everyPathThatWritesAFactRecordsAnAuditEntry() {
    List<String> writers = new ArrayList<>();
    List<String> unaudited = new ArrayList<>();
    for (var c : APPLICATION) {
      for (JavaCodeUnit method : c.getCodeUnits()) {
        if (method.getMethodCallsFromSelf().stream()
            .anyMatch(EveryFactWriteIsAuditedTest::writes)) {
          writers.add(method.getFullName());
          if (!audited(method, new HashSet<>())) {
            unaudited.add(method.getFullName());
          }
        }
      }
    }

    assertThat(writers).hasSizeGreaterThanOrEqualTo(8);
    assertThat(unaudited).isEmpty();
  }

  private static boolean writes(JavaMethodCall call) {
    return WRITES.entrySet().stream()
        .anyMatch(
            e ->
                call.getTargetOwner().isAssignableTo(e.getKey())
                    && e.getValue().contains(call.getName()));
  }

  /** Records itself, or is only ever called by code that is audited; never called: not audited. */
  private static boolean audited(JavaCodeUnit method, Set<JavaCodeUnit> seen) {
    if (!seen.add(method)) {
      return true; // a loop adds nothing: the other paths decide
    }
    if (method.getMethodCallsFromSelf().stream()
        .anyMatch(
            call ->
                call.getTargetOwner().isEquivalentTo(AuditTrail.class)
                    && call.getName().equals("record"))) {
      return true;
    }
    var callers =
        method.getAccessesToSelf().stream()
            .map(a -> a.getOrigin())
            .filter(
                o -> o.getOwner().getPackageName().startsWith("vn.emulation.jakarta.application"))
            .toList();
    return !callers.isEmpty() && callers.stream().allMatch(o -> audited(o, seen));
  }
}
