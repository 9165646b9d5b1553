package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No per-instance state (issue 10): two Liberty servers of the sample ({@link OwnServer}, distinct
 * names and ports) on ONE fresh PostgreSQL database answer the same, byte for byte and tag for tag,
 * and what is written through one is in the other's very next answer: no waiting, no retry, since
 * there is nothing per instance to refresh. Each check reads the other server before the write too,
 * so that a server keeping answers in memory (a memo, a cache) would still hold the old one.
 *
 * <p>Both servers read the audit head for every published read ({@code
 * emulation.facts.head-window-ms=0}), which is what makes "the very next answer" exact. With the
 * default window (200 ms, ADR 0053) a server keys its answers by the head it read at most that long
 * ago, so another server's write reaches its answers at most one window later, its own at once;
 * {@code HeadWindowTest} holds that, on a clock the test moves.
 *
 * <p>Both servers start together on the empty database, as a deployment's instances may: both find
 * no demo city and both load it ({@code DemoCityLoader}); the database keeps the load committed
 * first, the other fails on the plan's key, looks again and finds it, so that the city is loaded
 * once and both servers start.
 *
 * <p>Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust): where it is absent the test is
 * skipped saying so, except on CI, where it fails.
 */
class TwoInstancesIT {

  private static final String DATABASE = "emulation_twins";
  private static final String DEMO = "rach-gia-2022-2025";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static OwnServer a;
  private static OwnServer b;

  @BeforeAll
  static void twoServersOnOneDatabase() throws Exception {
    OwnServer.freshDatabase(DATABASE);
    a =
        OwnServer.create("emulationTwinA", DATABASE, 9182, 9545)
            .withEnvironment("EMULATION_FACTS_HEAD_WINDOW_MS", "0");
    b =
        OwnServer.create("emulationTwinB", DATABASE, 9183, 9546)
            .withEnvironment("EMULATION_FACTS_HEAD_WINDOW_MS", "0");
    ExecutorService together = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> started =
          together.invokeAll(
              List.<Callable<Void>>of(
                  () -> {
                    a.start();
                    return null;
                  },
                  () -> {
                    b.start();
                    return null;
                  }));
      for (Future<Void> s : started) {
        s.get();
      }
    } finally {
      together.shutdownNow();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    for (OwnServer s : new OwnServer[] {a, b}) {
      if (s != null) {
        s.stop();
      }
    }
  }

  @Test
  void theDemoCityIsLoadedOnceThoughBothServersStartedTogetherOnAnEmptyDatabase()
      throws SQLException {
    try (Connection c = a.database();
        Statement s = c.createStatement();
        ResultSet loads =
            s.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'demo.load'")) {
      loads.next();
      assertThat(loads.getLong(1)).isEqualTo(1);
    }
    for (OwnServer s : new OwnServer[] {a, b}) {
      Api.Reply plan = new Api(s.deployment()).get("api/plans/" + DEMO + "/versions", "en");
      assertThat(plan.status()).as(plan.body()).isEqualTo(200);
      assertThat(plan.json().asJsonArray()).hasSize(1);
    }
  }

  @Test
  void everyPublishedReadIsTheSameFromBothServersAndATagOfOneRevalidatesOnTheOther() {
    String progress = "api/plans/" + DEMO + "/progress?milestone=2025&date=2024-12-31";
    List<String> published =
        List.of(
            progress,
            progress + "&unit=30745",
            "api/plans/" + DEMO + "/progress/children?milestone=2025&date=2024-12-31",
            "api/plans/" + DEMO + "/progress/ranking?milestone=2025&date=2024-12-31",
            "api/plans/" + DEMO + "/published",
            "api/open-data/" + DEMO + "/progress.json?milestone=2025&date=2024-12-31",
            "api/open-data/" + DEMO + "/progress.csv?milestone=2025&date=2024-12-31");
    for (String path : published) {
      HttpResponse<byte[]> fromA = anonymous(a, path, null);
      HttpResponse<byte[]> fromB = anonymous(b, path, null);
      assertThat(fromA.statusCode()).as(path + ": " + text(fromA)).isEqualTo(200);
      assertThat(fromB.statusCode()).as(path).isEqualTo(200);
      assertThat(fromB.body()).as(path).isEqualTo(fromA.body());
      assertThat(etag(fromA)).as(path).isNotNull();
      assertThat(etag(fromB)).as(path).isEqualTo(etag(fromA));
      assertThat(fromB.headers().firstValue("Content-Type"))
          .isEqualTo(fromA.headers().firstValue("Content-Type"));

      HttpResponse<byte[]> revalidated = anonymous(b, path, etag(fromA));
      assertThat(revalidated.statusCode()).as("A's tag sent to B: " + path).isEqualTo(304);
      assertThat(revalidated.body()).isEmpty();
    }
    // the plan list is for signed-in callers only (no tag: never cached); each server signs its own
    Api.Reply listA = new Api(a.deployment()).as("public").get("api/plans", "vi");
    Api.Reply listB = new Api(b.deployment()).as("public").get("api/plans", "vi");
    assertThat(listA.status()).as(listA.body()).isEqualTo(200);
    assertThat(listA.body()).contains("\"" + DEMO + "\"");
    assertThat(listB.body()).isEqualTo(listA.body());
  }

  @Test
  void aReportThroughOneIsInTheOthersNextAnswerAndACorrectionThroughTheOtherLikewise() {
    FreshCity w = FreshCity.create(a.deployment());
    w.reportSampleFigures();
    String city = progressOf(w, w.city);
    String ward = progressOf(w, w.wardB);
    Published before = Published.same(city);
    Published wardBefore = Published.same(ward);
    assertThat(row(before.json(), "G1").getJsonNumber("denominator").longValue()).isEqualTo(40);

    // ward B's officer reports through A; B answers with it at once, and a new tag
    String officerOnA = new Api(a.deployment()).tokenOf("reporter.rachsoi", w.wardB);
    Api.Reply stored =
        new Api(a.deployment())
            .withAuthorization("Bearer " + officerOnA)
            .post(plan(w) + "/measurements", FreshCity.ratio("G1", w.wardB, 2023, 10, 40), "en");
    assertThat(stored.status()).as(stored.body()).isEqualTo(201);
    Published reported = Published.readBFirst(city);
    assertThat(reported.tag()).isNotEqualTo(before.tag());
    assertThat(row(reported.json(), "G1").getJsonNumber("numerator").longValue()).isEqualTo(50);
    assertThat(row(reported.json(), "G1").getJsonNumber("denominator").longValue()).isEqualTo(80);
    Published wardReported = Published.readBFirst(ward);
    assertThat(wardReported.tag()).isNotEqualTo(wardBefore.tag());
    assertThat(row(wardReported.json(), "G1").getJsonNumber("numerator").longValue()).isEqualTo(10);

    // the same officer corrects it through B, on the version A answered; A answers with it at once
    String officerOnB = new Api(b.deployment()).tokenOf("reporter.rachsoi", w.wardB);
    Api.Reply corrected =
        correction(officerOnB, plan(w), FreshCity.ratio("G1", w.wardB, 2023, 30, 40), stored);
    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    Published correctedCity = Published.readAFirst(city);
    assertThat(correctedCity.tag()).isNotEqualTo(reported.tag()).isNotEqualTo(before.tag());
    assertThat(row(correctedCity.json(), "G1").getJsonNumber("numerator").longValue())
        .isEqualTo(70);
    Published correctedWard = Published.readAFirst(ward);
    assertThat(correctedWard.tag()).isNotEqualTo(wardReported.tag());
    assertThat(row(correctedWard.json(), "G1").getJsonNumber("numerator").longValue())
        .isEqualTo(30);
  }

  @Test
  void aReorganisationThroughOneAndAPlanVersionThroughTheOtherAreAnsweredByBoth() {
    FreshCity w = FreshCity.create(a.deployment());
    w.reportSampleFigures();
    String children =
        plan(w) + "/progress/children?unit=" + w.city + "&milestone=2025&date=2025-12-31";
    String wardC = w.city + "-c";
    assertThat(units(Published.same(children))).containsExactly(w.wardA, w.wardB);
    Api onA = new Api(a.deployment());
    Api onB = new Api(b.deployment());
    assertThat(onA.get("api/units/" + wardC, "en").status()).isEqualTo(404);

    // the wards merge through B: A knows the successor and drills down to it
    Api.Reply merged = onB.post("api/units/merge", w.mergerOfTheWards(wardC, "2025-07-01"), "en");
    assertThat(merged.status()).as(merged.body()).isEqualTo(201);
    Api.Reply successor = onA.get("api/units/" + wardC, "en");
    assertThat(successor.status()).as(successor.body()).isEqualTo(200);
    assertThat(onB.get("api/units/" + wardC, "en").body()).isEqualTo(successor.body());
    assertThat(units(Published.readAFirst(children))).containsExactly(wardC);

    // an amendment imported and brought into force through A governs B's answers from its day
    String g2 = plan(w) + "/progress?unit=" + w.city + "&milestone=2023&year=2023&date=2024-06-01";
    assertThat(row(Published.same(g2).json(), "G2").getJsonNumber("threshold").intValue())
        .isEqualTo(60);
    Api.Reply draft = onA.post("api/plans", w.amendment(), "en");
    assertThat(draft.status()).as(draft.body()).isEqualTo(201);
    Api.Reply versions = onB.get(plan(w) + "/versions", "en");
    assertThat(versions.status()).as(versions.body()).isEqualTo(200);
    assertThat(versions.json().asJsonArray()).hasSize(2);
    Api.Reply inForce =
        onA.post(plan(w) + "/versions/2/status", "{\"status\": \"IN_FORCE\"}", "en");
    assertThat(inForce.status()).as(inForce.body()).isEqualTo(200);
    JsonObject amended = row(Published.readBFirst(g2).json(), "G2");
    assertThat(amended.getJsonNumber("threshold").intValue()).isEqualTo(95);
    assertThat(amended.getString("status")).isEqualTo("NOT_MET");
    assertThat(onB.get(plan(w) + "/versions", "en").body())
        .isEqualTo(onA.get(plan(w) + "/versions", "en").body());
  }

  @Test
  void anEvaluationRunStartedOnOneIsFollowedOnTheOtherAndJudgesTheSame() {
    FreshCity w = FreshCity.create(a.deployment());
    w.reportSampleFigures();
    w.participant("e1", "COLLECTIVE", "Công ty TNHH Một", "ENTERPRISES", w.wardA);
    w.participant("e2", "COLLECTIVE", "Công ty TNHH Hai", "ENTERPRISES", w.wardB);
    w.participant("w1", "COLLECTIVE", "UBND Phường Một", "WARD_COMMITTEES", w.wardA);
    String occasion = plan(w) + "/occasions/ANNUAL-2023";
    Api onA = new Api(a.deployment());
    Api onB = new Api(b.deployment());

    Api.Reply started = onA.post(occasion + "/evaluations", "{}", "en");
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    String run = occasion + "/evaluations/" + started.object().getString("id");
    // B knows the run A has just started, and how far it is
    Api.Reply followed = onB.get(run, "en");
    assertThat(followed.status()).as(followed.body()).isEqualTo(200);
    JsonObject progress = followed.object();
    assertThat(progress.getString("id")).isEqualTo(started.object().getString("id"));
    assertThat(progress.getInt("participants")).isEqualTo(3);
    assertThat(progress.getInt("judged")).isBetween(0, 3);
    assertThat(progress.getString("status")).isIn("RUNNING", "COMPLETE");

    JsonObject done = StoredEvaluationIT.complete(onB, run);
    assertThat(done.getInt("judged")).isEqualTo(3);
    assertThat(onA.get(run, "en").body()).isEqualTo(onB.get(run, "en").body());
    Api.Reply verdictsA = onA.get(run + "/verdicts", "en");
    Api.Reply verdictsB = onB.get(run + "/verdicts", "en");
    assertThat(verdictsA.status()).as(verdictsA.body()).isEqualTo(200);
    assertThat(verdictsA.object().getInt("total")).isEqualTo(3);
    assertThat(verdictsB.body()).isEqualTo(verdictsA.body());
  }

  /** The same anonymous answer read from both servers, and B's and A's read in the order named. */
  private record Published(byte[] body, String tag) {

    /** Read from both, asserted equal (body and tag), B first: B holds it if anything does. */
    static Published same(String path) {
      return readBFirst(path);
    }

    static Published readBFirst(String path) {
      HttpResponse<byte[]> fromB = anonymous(b, path, null);
      HttpResponse<byte[]> fromA = anonymous(a, path, null);
      return agreed(path, fromA, fromB);
    }

    static Published readAFirst(String path) {
      HttpResponse<byte[]> fromA = anonymous(a, path, null);
      HttpResponse<byte[]> fromB = anonymous(b, path, null);
      return agreed(path, fromA, fromB);
    }

    private static Published agreed(
        String path, HttpResponse<byte[]> fromA, HttpResponse<byte[]> fromB) {
      assertThat(fromA.statusCode()).as(path + ": " + text(fromA)).isEqualTo(200);
      assertThat(fromB.statusCode()).as(path + ": " + text(fromB)).isEqualTo(200);
      assertThat(text(fromB)).as(path).isEqualTo(text(fromA));
      assertThat(fromB.body()).as(path).isEqualTo(fromA.body());
      assertThat(etag(fromB)).as(path).isEqualTo(etag(fromA)).isNotNull();
      return new Published(fromA.body(), etag(fromA));
    }

    JsonObject json() {
      return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))
          .readObject();
    }
  }

  private static String plan(FreshCity w) {
    return "api/plans/" + w.plan;
  }

  private static String progressOf(FreshCity w, String unit) {
    return plan(w) + "/progress?unit=" + unit + "&milestone=2025&year=2023&date=2025-06-30";
  }

  /**
   * A report sent to B as a correction, with {@code If-Match} naming the version of the figure an
   * earlier answer (A's) tagged: B must know that version to accept it.
   */
  private static Api.Reply correction(
      String token, String plan, String body, Api.Reply versionAnswer) {
    HttpRequest request =
        HttpRequest.newBuilder(uri(b, plan + "/measurements"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .header("If-Match", versionAnswer.header("ETag"))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> r = send(request, HttpResponse.BodyHandlers.ofString());
    return new Api.Reply(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  private static URI uri(OwnServer s, String path) {
    return URI.create(s.deployment().toString()).resolve(path);
  }

  private static HttpResponse<byte[]> anonymous(OwnServer s, String path, String ifNoneMatch) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(uri(s, path)).GET().header("Accept-Language", "vi");
    if (ifNoneMatch != null) {
      r.header("If-None-Match", ifNoneMatch);
    }
    return send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(r, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String etag(HttpResponse<?> r) {
    return r.headers().firstValue("ETag").orElse(null);
  }

  private static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static JsonObject row(JsonObject report, String indicator) {
    return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("indicator").equals(indicator))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + indicator + " in " + report));
  }

  private static List<String> units(Published children) {
    return children.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonObject("unit").getString("code"))
        .toList();
  }
}
