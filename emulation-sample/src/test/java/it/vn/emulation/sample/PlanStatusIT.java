package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plan's life end to end: an amendment imported as a draft changes nothing until it is brought
 * into force; then the questions about a day before it are answered by the version it superseded
 * and those from its day by the amendment; a change its life does not allow is a 409 naming what is
 * allowed; each change is in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanStatusIT {

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api() {
    return new Api(deployment);
  }

  private JsonObject g2(FreshCity w, String date) {
    Api.Reply r =
        api().get("api/plans/" + w.plan + "/progress?milestone=2023&year=2023&date=" + date, "en");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getString("indicator").equals("G2"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> statuses(Api.Reply versions) {
    return versions.json().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("status"))
        .toList();
  }

  @Test
  void anAmendmentGovernsFromItsDayOnceBroughtIntoForce() {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String versions = "api/plans/" + w.plan + "/versions";
    JsonObject first = api().get(versions, null).json().asJsonArray().getJsonObject(0);
    assertThat(first.getString("status")).isEqualTo("IN_FORCE");
    assertThat(first.getString("inForceFrom")).isEqualTo("2022-01-01");

    Api.Reply draft = api().post("api/plans", w.amendment(), null);
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    assertThat(draft.object().getString("status")).isEqualTo("DRAFT");
    // a draft governs nothing
    assertThat(g2(w, "2024-06-01").getJsonNumber("threshold").intValue()).isEqualTo(60);

    Api.Reply inForce = api().post(versions + "/2/status", "{\"status\": \"IN_FORCE\"}", "en");

    assertThat(inForce.status()).as(inForce.body()).isEqualTo(200);
    assertThat(statuses(inForce)).containsExactly("SUPERSEDED", "IN_FORCE");
    JsonObject second = inForce.json().asJsonArray().getJsonObject(1);
    assertThat(second.getString("inForceFrom")).isEqualTo("2024-03-15");
    assertThat(statuses(api().get(versions, null))).containsExactly("SUPERSEDED", "IN_FORCE");
    // the city's 83.64 % met the first version's 60 %, not the amendment's 95 %
    JsonObject before = g2(w, "2024-03-14");
    JsonObject after = g2(w, "2024-03-15");
    assertThat(before.getJsonNumber("threshold").intValue()).isEqualTo(60);
    assertThat(before.getString("status")).isEqualTo("MET");
    assertThat(after.getJsonNumber("threshold").intValue()).isEqualTo(95);
    assertThat(after.getString("status")).isEqualTo("NOT_MET");

    Api.Reply audit = api().get("api/audit?action=plan.status&target=plans/" + w.plan, null);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    assertThat(audit.object().getJsonArray("items")).hasSize(1);
  }

  @Test
  void aChangeTheLifeDoesNotAllowIsAConflictNamingWhatIsAllowed() {
    FreshCity w = FreshCity.create(deployment);
    String versions = "api/plans/" + w.plan + "/versions";
    assertThat(api().post("api/plans", w.amendment(), null).status()).isEqualTo(201);
    assertThat(api().post(versions + "/2/status", "{\"status\": \"IN_FORCE\"}", null).status())
        .isEqualTo(200);

    Api.Reply back = api().post(versions + "/1/status", "{\"status\": \"IN_FORCE\"}", "en");
    Api.Reply superseded = api().post(versions + "/2/status", "{\"status\": \"SUPERSEDED\"}", "en");
    Api.Reply vi = api().post(versions + "/1/status", "{\"status\": \"CLOSED\"}", null);

    assertThat(back.status()).isEqualTo(409);
    assertThat(back.contentType()).startsWith("application/problem+json");
    assertThat(back.object().getString("detail"))
        .contains("version 1 (SUPERSEDED")
        .contains("no status is allowed any more");
    assertThat(superseded.status()).isEqualTo(409);
    assertThat(superseded.object().getString("detail"))
        .contains("allowed: CLOSED")
        .contains("only when a later one comes into force");
    assertThat(vi.status()).isEqualTo(409);
    assertThat(vi.object().getString("detail")).contains("không còn trạng thái nào được phép");
    assertThat(statuses(api().get(versions, null))).containsExactly("SUPERSEDED", "IN_FORCE");
    // the server's journal observer (AFTER_SUCCESS) saw the two changes that committed: the
    // import in force and the amendment brought into force; the draft and the refusals, nothing
    assertThat(journal(w.plan))
        .containsExactly(
            "planCode=" + w.plan + ", version=1, from=DRAFT, to=IN_FORCE, day=2022-01-01",
            "planCode=" + w.plan + ", version=2, from=DRAFT, to=IN_FORCE, day=2024-03-15");
  }

  /**
   * The journal's lines about one plan in the server's messages.log, cut to what the test knows.
   * The log is written by another process: a few tries while its last lines reach the file.
   */
  private static List<String> journal(String plan) {
    java.nio.file.Path log =
        java.nio.file.Path.of(System.getProperty("emulation.server.dir"), "logs", "messages.log");
    List<String> found = List.of();
    for (int attempt = 0; attempt < 20 && found.size() < 2; attempt++) {
      try {
        found =
            java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("application event after commit: PlanStatusChanged["))
                .filter(l -> l.contains("planCode=" + plan + ","))
                .map(l -> l.substring(l.indexOf("planCode="), l.indexOf(", superseded=")))
                .toList();
        if (found.size() < 2) {
          Thread.sleep(250);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return found;
  }

  @Test
  void aBodyIsReadExactlyAndAnUnknownVersionIsNotFound() {
    FreshCity w = FreshCity.create(deployment);
    String versions = "api/plans/" + w.plan + "/versions";

    Api.Reply bad =
        api().post(versions + "/1/status", "{\"status\": \"CLOSED\", \"on\": \"x\"}", "en");
    Api.Reply unknown = api().post(versions + "/9/status", "{\"status\": \"IN_FORCE\"}", "en");
    Api.Reply closed =
        api()
            .post(
                versions + "/1/status", "{\"status\": \"CLOSED\", \"date\": \"2026-01-01\"}", "en");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("on");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(statuses(closed)).containsExactly("CLOSED");
    assertThat(closed.json().asJsonArray().getJsonObject(0).getString("inForceUntil"))
        .isEqualTo("2026-01-01");
  }
}
