package vn.emulation.jakarta.application.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.format.plan.PlanJsonReader;
import vn.emulation.jakarta.format.plan.PlanJsonWriter;
import vn.emulation.jakarta.testing.InMemoryCity;

/** Import, versions and export of plans, on the in-memory plan store. */
class PlanCatalogTest {

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog catalog = PlanCatalogs.of(city);

  /** The Rạch Giá plan file with another version number and, if given, another Vietnamese title. */
  private static String rachGia(int version, String titleVi) {
    JsonObject plan = Json.createReader(new StringReader(InMemoryCity.planFile())).readObject();
    var b = Json.createObjectBuilder(plan).add("version", version);
    if (version > 1) {
      // an amendment comes into force on the day it was decided, after the version it replaces
      b.add(
          "amendments",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("version", version)
                      .add("decidedOn", "2024-03-15")
                      .addNull("decisionReference")
                      .add(
                          "summary",
                          Json.createObjectBuilder()
                              .add("vi", "Điều chỉnh chỉ tiêu")
                              .add("en", "Targets amended"))));
    }
    if (titleVi != null) {
      b.add("title", Json.createObjectBuilder(plan.getJsonObject("title")).add("vi", titleVi));
    }
    return b.build().toString();
  }

  @Test
  void importsAPlanStampsItWithTheClockAndAuditsIt() {
    PlanCatalog.Imported imported = catalog.importPlan(InMemoryCity.planFile());

    assertThat(imported.created()).isTrue();
    assertThat(imported.plan().code()).isEqualTo(InMemoryCity.PLAN);
    assertThat(imported.plan().version()).isEqualTo(1);
    assertThat(imported.plan().importedAt())
        .isEqualTo(OffsetDateTime.parse("2026-03-02T03:00:00Z"));
    assertThat(catalog.latest(InMemoryCity.PLAN).identity().version()).isEqualTo(1);

    AuditEntry entry = city.auditLog.entries().get(0);
    assertThat(entry.action()).isEqualTo("plan.import");
    assertThat(entry.target()).isEqualTo("plans/" + InMemoryCity.PLAN + "/versions/1");
    assertThat(entry.actor()).isEqualTo(InMemoryCity.OFFICER.user());
    assertThat(entry.beforeState()).isNull();
    assertThat(entry.afterState()).contains("\"version\":1");
  }

  @Test
  void theSameFileAgainIsHarmlessAndNotAuditedTwice() {
    catalog.importPlan(InMemoryCity.planFile());

    PlanCatalog.Imported again = catalog.importPlan(InMemoryCity.planFile());

    assertThat(again.created()).isFalse();
    assertThat(again.plan().version()).isEqualTo(1);
    assertThat(catalog.versions(InMemoryCity.PLAN)).hasSize(1);
    assertThat(city.auditedActions()).containsExactly("plan.import");
  }

  @Test
  void aStoredVersionWithOtherContentIsAConflictAndStoresNothing() {
    catalog.importPlan(InMemoryCity.planFile());

    assertThatThrownBy(() -> catalog.importPlan(rachGia(1, "Kế hoạch khác")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("version 1 already exists with other content");

    assertThat(catalog.versions(InMemoryCity.PLAN)).hasSize(1);
    assertThat(city.auditedActions()).containsExactly("plan.import");
  }

  @Test
  void anAmendmentIsANewVersionAuditedWithThePreviousLatest() {
    catalog.importPlan(InMemoryCity.planFile());

    PlanCatalog.Imported amended = catalog.importPlan(rachGia(2, "Kế hoạch điều chỉnh"));

    assertThat(amended.created()).isTrue();
    assertThat(catalog.versions(InMemoryCity.PLAN))
        .extracting(StoredPlan::version)
        .containsExactly(1, 2);
    assertThat(catalog.latest(InMemoryCity.PLAN).identity().title().vi())
        .isEqualTo("Kế hoạch điều chỉnh");
    assertThat(catalog.version(InMemoryCity.PLAN, 1).identity().version()).isEqualTo(1);
    assertThat(catalog.list(new PageRequest(0, 10)).items())
        .extracting(StoredPlan::version)
        .containsExactly(2);
    AuditEntry entry = city.auditLog.entries().get(1);
    assertThat(entry.beforeState()).contains("\"version\":1");
    assertThat(entry.afterState()).contains("\"version\":2");
  }

  @Test
  void exportsAVersionExactlyAsStoredInThePlanFormat() {
    catalog.importPlan(InMemoryCity.planFile());

    String document = catalog.document(InMemoryCity.PLAN, 1);

    assertThat(document)
        .isEqualTo(new PlanJsonWriter().write(new PlanJsonReader().read(InMemoryCity.planFile())));
    assertThat(new PlanJsonReader().read(document).code()).isEqualTo(InMemoryCity.PLAN);
  }

  @Test
  void anInvalidFileIsRefusedWithItsProblemsAndStoresNothing() {
    String broken = rachGia(0, "");

    assertThatThrownBy(() -> catalog.importPlan(broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems()).isNotEmpty());

    assertThat(city.plans.latestVersion(InMemoryCity.PLAN)).isEmpty();
    assertThat(city.auditLog.entries()).isEmpty();
  }

  @Test
  void unknownPlansAndVersionsAreNotFound() {
    catalog.importPlan(InMemoryCity.planFile());

    assertThatThrownBy(() -> catalog.versions("no-such-plan"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalog.latest("no-such-plan")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> catalog.document(InMemoryCity.PLAN, 9))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nobodyKnownMayImport() {
    city.callers.actAs(Caller.anonymous());

    assertThatThrownBy(() -> catalog.importPlan(InMemoryCity.planFile()))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(city.plans.latestVersion(InMemoryCity.PLAN)).isEmpty();
    assertThat(city.auditLog.entries()).isEmpty();
  }
}
