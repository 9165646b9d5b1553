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
 * Stored evaluation runs end to end: a run keeps exactly the verdicts the live endpoints showed
 * when it was started, and keeps them after a participant's evidence changes, while the live
 * verdict follows the new evidence; a ward's reporter reads only its ward's stored verdicts and
 * cannot start a run. A run is judged by the evaluation job: started with 202 and polled until it
 * is COMPLETE (ADR 0033).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoredEvaluationIT {

  private static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_TP";
  private static final String OCCASION = "ANNUAL-2023";
  private static final String DECLARED =
      "\"GEN-POLICY\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-TASKS\":{\"answer\":\"YES\",\"reference\":\"BC-01\"},"
          + "\"GEN-UNITY\":{\"answer\":\"YES\",\"reference\":\"BB-02\"},"
          + "\"GEN-PARTY\":{\"answer\":\"YES\",\"reference\":\"QĐ-03\"},"
          + "\"GEN-NO-VIOLATION\":{\"answer\":\"YES\",\"reference\":\"XN-04\"},"
          + "\"C-DIGITAL-PLATFORMS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-E-CONTRACTS-INVOICES\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CASHLESS\":{\"answer\":\"YES\",\"reference\":\"BC-05\"},"
          + "\"C-CONTRIBUTION\":{\"answer\":\"YES\",\"reference\":\"BC-06\"}";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  /** A fresh city: e1 (ward A) eligible for the city's Giấy khen, e2 (ward B) late, w1 (ward A). */
  private FreshCity city() {
    FreshCity w = FreshCity.create(deployment);
    w.reportSampleFigures();
    String e1 = w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    String e2 = w.participant("e2", "COLLECTIVE", "Công ty TNHH Hai", "ENTERPRISES", w.wardB);
    w.participant("w1", "COLLECTIVE", "UBND Phường Một", "WARD_COMMITTEES", w.wardA);
    w.evidence(e1, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-01-20\"}");
    w.evidence(e2, OCCASION, "{\"answers\":{" + DECLARED + "},\"registeredOn\":\"2023-03-01\"}");
    return w;
  }

  private static String occasion(FreshCity w) {
    return "api/plans/" + w.plan + "/occasions/" + OCCASION;
  }

  private static JsonObject ok(Api.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object();
  }

  private static String giayKhen(JsonObject participantVerdicts) {
    return participantVerdicts.getJsonArray("verdicts").getValuesAs(JsonObject.class).stream()
        .filter(v -> v.getJsonObject("awardForm").getString("awardForm").equals(GIAY_KHEN))
        .map(v -> v.getJsonObject("awardForm").getString("outcome"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRunKeepsTheVerdictsSeenWhenItStartedWhateverTheEvidenceBecomes() {
    FreshCity w = city();
    String e1 = w.run + "-e1";
    JsonObject livePage = ok(w.api().get(occasion(w) + "/verdicts?size=10", "en"));
    JsonObject liveE1 = ok(w.api().get(occasion(w) + "/verdicts/" + e1, "en"));

    Api.Reply started = w.api().post(occasion(w) + "/evaluations", "{}", "en");

    // the job judges the run after the answer: 202, the run RUNNING, nobody judged yet
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    JsonObject answered = started.object();
    String id = answered.getString("id");
    assertThat(started.header("Location")).endsWith(occasion(w) + "/evaluations/" + id);
    assertThat(answered.getString("status")).isEqualTo("RUNNING");
    assertThat(answered.getInt("judged")).isZero();
    assertThat(answered.getInt("participants")).isEqualTo(3);
    String stored = occasion(w) + "/evaluations/" + id;
    JsonObject run = complete(w.api(), stored);
    assertThat(run.getString("plan")).isEqualTo(w.plan);
    assertThat(run.getInt("planVersion")).isEqualTo(1);
    assertThat(run.getString("occasion")).isEqualTo(OCCASION);
    assertThat(run.getString("startedBy")).isEqualTo("admin");
    assertThat(run.getInt("participants")).isEqualTo(3);
    assertThat(run.getInt("judged")).isEqualTo(3);
    assertThat(run.getString("status")).isEqualTo("COMPLETE");
    assertThat(ok(w.api().get(stored, "en"))).isEqualTo(run);
    assertThat(ok(w.api().get(occasion(w) + "/evaluations", "en")).getJsonArray("items"))
        .contains(run);

    JsonObject storedPage = ok(w.api().get(stored + "/verdicts?size=10", "en"));
    assertThat(storedPage.getJsonArray("items")).isEqualTo(livePage.getJsonArray("items"));
    assertThat(storedPage.getJsonArray("summary")).isEqualTo(livePage.getJsonArray("summary"));
    assertThat(storedPage.getInt("total")).isEqualTo(3);
    assertThat(storedPage.getJsonObject("run")).isEqualTo(run);
    JsonObject storedE1 = ok(w.api().get(stored + "/verdicts/" + e1, "en"));
    assertThat(storedE1.getJsonArray("verdicts")).isEqualTo(liveE1.getJsonArray("verdicts"));
    assertThat(storedE1.getJsonObject("participant"))
        .isEqualTo(liveE1.getJsonObject("participant"));
    assertThat(giayKhen(storedE1)).isEqualTo("ELIGIBLE");

    // e1 now says it registered late: the live verdict follows, the stored one does not
    w.evidence(e1, OCCASION, "{\"registeredOn\":\"2023-03-15\"}");

    assertThat(giayKhen(ok(w.api().get(occasion(w) + "/verdicts/" + e1, "en"))))
        .isEqualTo("NOT_ELIGIBLE");
    JsonObject after = ok(w.api().get(stored + "/verdicts/" + e1, "en"));
    assertThat(after).isEqualTo(storedE1);
    assertThat(ok(w.api().get(stored + "/verdicts?size=10", "en")).getJsonArray("items"))
        .isEqualTo(livePage.getJsonArray("items"));
    assertThat(ok(w.api().get(occasion(w) + "/verdicts?size=10", "en")).getJsonArray("items"))
        .isNotEqualTo(livePage.getJsonArray("items"));
    // the Vietnamese texts were stored too
    assertThat(ok(w.api().get(stored + "/verdicts/" + e1, null)).toString())
        .contains("Đủ tiêu chuẩn");
  }

  @Test
  void aWardsReporterReadsOnlyItsWardsStoredVerdictsAndCannotStartARun() {
    FreshCity w = city();
    Api.Reply started = w.api().post(occasion(w) + "/evaluations", "{}", "en");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String stored = occasion(w) + "/evaluations/" + started.object().getString("id");
    complete(w.api(), stored);
    Api reporter =
        w.api().withAuthorization("Bearer " + w.api().tokenOf("reporter.vinhlac", w.wardA));

    JsonObject own = ok(reporter.get(stored + "/verdicts", "en"));
    assertThat(own.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(i -> i.getJsonObject("participant").getString("id"))
        .containsExactly(w.run + "-e1", w.run + "-w1");
    assertThat(own.getInt("total")).isEqualTo(2);
    assertThat(own.getJsonArray("summary").getJsonObject(0).getInt("total")).isEqualTo(2);
    assertThat(reporter.get(stored + "/verdicts/" + w.run + "-e1", "en").status()).isEqualTo(200);
    Api.Reply other = reporter.get(stored + "/verdicts/" + w.run + "-e2", "en");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).startsWith("application/problem+json");

    Api.Reply refused = reporter.post(occasion(w) + "/evaluations", "{}", "en");
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void badBodiesAndUnknownRunsAnswerProblems() {
    FreshCity w = FreshCity.create(deployment);
    // a run has no parameters: a day of the caller's choosing is refused by name
    Api.Reply future =
        w.api().post(occasion(w) + "/evaluations", "{\"asOf\":\"2023-12-01\"}", "en");
    Api.Reply unknownField = w.api().post(occasion(w) + "/evaluations", "{\"when\":\"x\"}", "en");
    Api.Reply unknownRun =
        w.api().get(occasion(w) + "/evaluations/00000000-0000-0000-0000-000000000000", "en");
    Api.Reply unknownOccasion =
        w.api().post("api/plans/" + w.plan + "/occasions/ANNUAL-2099/evaluations", "{}", "en");

    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(fields(future)).containsExactly("asOf");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(fields(unknownField)).containsExactly("when");
    assertThat(unknownRun.status()).isEqualTo(404);
    assertThat(unknownRun.contentType()).startsWith("application/problem+json");
    assertThat(unknownRun.object().getString("detail")).contains("has no evaluation run");
    assertThat(unknownOccasion.status()).isEqualTo(404);
    assertThat(ok(w.api().get(occasion(w) + "/evaluations", "en")).getInt("total")).isZero();
  }

  /**
   * The run once its job has completed it, polled through the API; until then its verdicts answer
   * 409 (checked while it runs, when a poll catches it running).
   */
  static JsonObject complete(Api api, String run) {
    long until = System.nanoTime() + 120_000_000_000L;
    while (true) {
      JsonObject r = ok(api.get(run, "en"));
      String status = r.getString("status");
      if (status.equals("COMPLETE")) {
        return r;
      }
      assertThat(status).as(r.toString()).isEqualTo("RUNNING");
      Api.Reply partial = api.get(run + "/verdicts", "en");
      assertThat(partial.status()).as(partial.body()).isIn(409, 200);
      if (partial.status() == 409) {
        assertThat(partial.object().getString("detail")).contains("is not complete");
      }
      assertThat(System.nanoTime()).as("run still RUNNING: " + r).isLessThan(until);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<String> fields(Api.Reply problem) {
    return problem.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
