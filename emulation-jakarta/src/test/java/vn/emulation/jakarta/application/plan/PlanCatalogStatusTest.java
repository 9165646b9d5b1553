package vn.emulation.jakarta.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.core.plan.PlanVersion;
import vn.emulation.core.plan.PlanVersions;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.audit.AuditHead;
import vn.emulation.jakarta.application.audit.AuditTrail;
import vn.emulation.jakarta.application.events.PlanStatusChanged;
import vn.emulation.jakarta.application.events.RecordingEvents;
import vn.emulation.jakarta.format.plan.PlanJsonDocuments;
import vn.emulation.jakarta.infrastructure.persistence.JpaAuditRepository;
import vn.emulation.jakarta.infrastructure.persistence.JpaPlanRepository;
import vn.emulation.jakarta.interfaces.rest.PlanVersionView;
import vn.emulation.jakarta.interfaces.security.TestCallers;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The catalog keeps each version's life: an imported file in force supersedes the version in force,
 * a draft waits for the command, reads take the version in force on their day, a refused change is
 * a conflict naming what is allowed, and each change is audited and announced once.
 */
class PlanCatalogStatusTest {

  private static final Clock CLOCK =
      Clock.fixed(
          OffsetDateTime.of(2026, 12, 1, 3, 0, 0, 0, ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

  /** Plan versions in memory, as the repository stores them. */
  static final class Plans extends JpaPlanRepository {
    final Map<Integer, String> documents = new TreeMap<>();
    final Map<Integer, String> shas = new TreeMap<>();
    PlanVersions life = new PlanVersions("rach-gia-2022-2025", List.of());

    @Override
    public StoredPlan add(Plan plan, String document, String sha256) {
      documents.put(plan.identity().version(), document);
      shas.put(plan.identity().version(), sha256);
      return null;
    }

    @Override
    public Optional<String> sha256(String code, int version) {
      return Optional.ofNullable(shas.get(version));
    }

    @Override
    public Optional<String> document(String code, int version) {
      return Optional.ofNullable(documents.get(version));
    }

    @Override
    public PlanVersions statusesForUpdate(String code) {
      return statuses(code);
    }

    @Override
    public PlanVersions statuses(String code) {
      return new PlanVersions(
          code, life.versions().stream().filter(v -> documents.containsKey(v.version())).toList());
    }

    @Override
    public void saveStatuses(PlanVersions versions) {
      life = versions;
    }

    @Override
    public List<StoredPlan> versions(String code) {
      List<StoredPlan> out = new ArrayList<>();
      for (PlanVersion v : statuses(code).versions()) {
        out.add(
            new StoredPlan(
                code,
                v.version(),
                null,
                v.status().name(),
                v.inForceFrom(),
                v.inForceUntil(),
                2022,
                2025,
                null));
      }
      return out;
    }
  }

  /** The audit log's store, keeping what would be appended. */
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

  private final Plans plans = new Plans();
  private final AuditStore audit = new AuditStore();
  private final RecordingEvents events = new RecordingEvents();
  private final PlanCatalog catalog = catalog();

  private PlanCatalog catalog() {
    Callers callers = TestCallers.requestOf(new Caller("quan-tri", Set.of(Role.ADMIN), null));
    PlanCatalog c = new PlanCatalog();
    c.plans = plans;
    c.documents = new PlanJsonDocuments(new vn.emulation.jakarta.format.law.BuiltInProcedureLaw());
    c.callers = callers;
    c.audit = new AuditTrail(audit, callers, CLOCK);
    c.events = events;
    c.clock = CLOCK;
    return c;
  }

  private static String planFile(int version, String status, String amendments) {
    try (InputStream in =
        PlanCatalogStatusTest.class.getResourceAsStream("/plans/rach-gia-2022-2025.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"version\": 1,", "\"version\": " + version + ",")
          .replace("\"status\": \"IN_FORCE\"", "\"status\": \"" + status + "\"")
          .replace("\"amendments\": []", "\"amendments\": " + amendments);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String AMENDMENT =
      "[{\"version\": 2, \"decidedOn\": \"2024-03-15\", \"decisionReference\": \"12/QĐ-UBND\","
          + " \"summary\": {\"vi\": \"Điều chỉnh\", \"en\": \"Adjusted\"}}]";

  @Test
  void aFileInForceComesIntoForceOnImportFromItsOwnDay() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));

    assertThat(plans.life.versions())
        .containsExactly(new PlanVersion(1, PlanStatus.IN_FORCE, LocalDate.of(2022, 1, 1), null));
    assertThat(events.announced)
        .containsExactly(
            new PlanStatusChanged(
                "rach-gia-2022-2025",
                1,
                PlanStatus.DRAFT,
                PlanStatus.IN_FORCE,
                LocalDate.of(2022, 1, 1),
                null));
  }

  @Test
  void aDraftWaitsAndBringingItIntoForceSupersedesTheVersionInForce() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));
    catalog.importPlan(planFile(2, "DRAFT", AMENDMENT));
    assertThat(
            catalog.inForceOn("rach-gia-2022-2025", LocalDate.of(2025, 1, 1)).identity().version())
        .isEqualTo(1);

    List<StoredPlan> after =
        catalog.changeStatus(
            "rach-gia-2022-2025", 2, new PlanCommands.ChangeStatus(PlanStatus.IN_FORCE, null));

    assertThat(after).extracting(StoredPlan::status).containsExactly("SUPERSEDED", "IN_FORCE");
    assertThat(after.get(1).inForceFrom()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(
            catalog.inForceOn("rach-gia-2022-2025", LocalDate.of(2024, 3, 14)).identity().version())
        .isEqualTo(1);
    assertThat(
            catalog.inForceOn("rach-gia-2022-2025", LocalDate.of(2024, 3, 15)).identity().version())
        .isEqualTo(2);
    assertThat(events.announced)
        .hasSize(2)
        .last()
        .isEqualTo(
            new PlanStatusChanged(
                "rach-gia-2022-2025",
                2,
                PlanStatus.DRAFT,
                PlanStatus.IN_FORCE,
                LocalDate.of(2024, 3, 15),
                1));
    assertThat(audit.appended)
        .extracting(AuditEntry::action)
        .containsExactly("plan.import", "plan.import", "plan.status");
  }

  @Test
  void theVersionsListSaysEachDocumentAndOnlyTheStatusesACommandMayAskForNext() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));
    catalog.importPlan(
        planFile(2, "DRAFT", AMENDMENT)
            .replace("\"documentNumber\": null", "\"documentNumber\": \"98/KH-UBND\"")
            .replace("\"issuedOn\": null", "\"issuedOn\": \"2024-03-20\""));

    List<PlanVersionView> before =
        catalog.describedVersions("rach-gia-2022-2025").stream().map(PlanVersionView::of).toList();

    assertThat(before).extracting(PlanVersionView::status).containsExactly("IN_FORCE", "DRAFT");
    assertThat(before.get(0).allowedNext())
        .extracting(PlanVersionView.NextStatus::status)
        .containsExactly("CLOSED");
    assertThat(before.get(1).allowedNext())
        .containsExactly(new PlanVersionView.NextStatus("IN_FORCE", PlanStatus.IN_FORCE.label()));
    assertThat(before.get(0).documentNumber()).isNull();
    assertThat(before.get(1).documentNumber()).isEqualTo("98/KH-UBND");
    assertThat(before.get(1).issuedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(before.get(1).statusName().en()).isEqualTo("draft");

    List<PlanVersionView> after =
        catalog
            .described(
                catalog.changeStatus(
                    "rach-gia-2022-2025",
                    2,
                    new PlanCommands.ChangeStatus(PlanStatus.IN_FORCE, null)))
            .stream()
            .map(PlanVersionView::of)
            .toList();

    assertThat(after).extracting(PlanVersionView::status).containsExactly("SUPERSEDED", "IN_FORCE");
    assertThat(after.get(0).allowedNext()).isEmpty();
    assertThat(after.get(1).allowedNext())
        .extracting(PlanVersionView.NextStatus::status)
        .containsExactly("CLOSED");
    assertThat(after.get(1).inForceFrom()).isEqualTo(LocalDate.of(2024, 3, 15));
  }

  @Test
  void aChangeTheLifeRefusesIsAConflictNamingWhatIsAllowedAndChangesNothing() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));
    catalog.importPlan(planFile(2, "DRAFT", AMENDMENT));
    catalog.changeStatus(
        "rach-gia-2022-2025", 2, new PlanCommands.ChangeStatus(PlanStatus.IN_FORCE, null));
    PlanVersions before = plans.life;
    int announced = events.announced.size();

    assertThatThrownBy(
            () ->
                catalog.changeStatus(
                    "rach-gia-2022-2025",
                    1,
                    new PlanCommands.ChangeStatus(PlanStatus.IN_FORCE, null)))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.reason().en())
                    .contains("SUPERSEDED")
                    .contains("no status is allowed"));
    assertThat(plans.life).isEqualTo(before);
    assertThat(events.announced).hasSize(announced);
  }

  @Test
  void aBadBodyNamesEveryFieldInTheOrderOfTheBody() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));
    // the edge could not read the date; the status is missing, which only the use case says
    Unread unread =
        new Unread(
            List.of(
                new Problem(
                    "date",
                    AdapterMessages.text("application.notValidDateExpected", "\"2024-13-01\""))));

    assertThatThrownBy(
            () ->
                catalog.changeStatus(
                    "rach-gia-2022-2025", 1, new PlanCommands.ChangeStatus(null, null, unread)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.path())
                    .containsExactly("status", "date"));
  }

  @Test
  void aClosedPlanAcceptsNoMoreChangesButStillAnswersQuestions() {
    catalog.importPlan(planFile(1, "IN_FORCE", "[]"));
    assertThat(catalog.acceptingChangesToday("rach-gia-2022-2025").identity().version())
        .isEqualTo(1);

    catalog.changeStatus(
        "rach-gia-2022-2025",
        1,
        new PlanCommands.ChangeStatus(PlanStatus.CLOSED, LocalDate.parse("2026-01-01")));

    assertThatThrownBy(() -> catalog.acceptingChangesToday("rach-gia-2022-2025"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e ->
                assertThat(e.reason().en())
                    .isEqualTo(
                        "Plan rach-gia-2022-2025 closed on 2026-01-01; it accepts no more changes"));
    assertThat(catalog.inForceToday("rach-gia-2022-2025").identity().version()).isEqualTo(1);
  }

  @Test
  void aPlanOfDraftsAnswersNoQuestionYetAsIfItDidNotExist() {
    catalog.importPlan(planFile(1, "DRAFT", "[]"));

    assertThatThrownBy(() -> catalog.inForceToday("rach-gia-2022-2025"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.reason().en()).isEqualTo("No plan rach-gia-2022-2025"));
    assertThat(catalog.versions("rach-gia-2022-2025"))
        .extracting(StoredPlan::status)
        .containsExactly("DRAFT");
    assertThat(events.announced).isEmpty();
  }
}
