package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ward's yearly movement report (báo cáo phong trào, plan VI.1) end to end on a fresh city of its
 * own: the ward's head opens it on the ward's stored figures of 2024, submits it; Home Affairs
 * approves it, which locks it (an amendment answers 409 naming reopen); Home Affairs reopens it
 * with a reason; the head corrects and sends it again; Home Affairs approves it. On the way: a
 * figure not stored is refused naming it, a command without If-Match answers 428, a stale one 412,
 * another ward's report reads as none (404), the ward may not approve and Home Affairs may not
 * open; the history and the audit log hold every transition.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MovementReportIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String NARRATIVE =
      "Phường đã tổ chức phát động phong trào thi đua năm 2024; 90 % hồ sơ được xử lý trực tuyến.";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private URI base() {
    return URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  private Api.Reply send(String method, String path, String token, String ifMatch, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Api.Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static List<String> fields(Api.Reply r) {
    return r.object().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void aWardReportsIsApprovedReopenedCorrectedAndApprovedAgain() {
    FreshCity w = FreshCity.create(deployment);
    w.report("G2", w.wardA, 2024, 900, 1000);
    w.report("G8", w.wardA, 2024, 80, 100);
    w.report("G2", w.wardB, 2024, 10, 100);
    Api api = new Api(deployment);
    String head = api.tokenOf("head.vinhlac", w.wardA);
    String otherHead = api.tokenOf("head.rachsoi", w.wardB);
    String officer = api.tokenOf("officer");
    String admin = api.tokenOf("admin");
    String reports = "api/plans/" + w.plan + "/reports";

    // a figure the ward never stored is named; nothing is opened
    Api.Reply notStored =
        send(
            "POST",
            reports,
            head,
            null,
            "{\"unitCode\":\""
                + w.wardA
                + "\",\"year\":2024,\"figures\":[{\"indicatorCode\":\"G1\"},"
                + "{\"indicatorCode\":\"G2\",\"measurementVersion\":5}]}");
    assertThat(notStored.status()).as(notStored.body()).isEqualTo(400);
    assertThat(fields(notStored)).containsExactly("figures[0]", "figures[1].measurementVersion");

    // Home Affairs does not write a ward's report, nor does another ward's head
    String body =
        "{\"unitCode\":\""
            + w.wardA
            + "\",\"year\":2024,\"figures\":[{\"indicatorCode\":\"G2\",\"measurementVersion\":1},"
            + "{\"indicatorCode\":\"G8\"}],\"narrative\":\""
            + NARRATIVE
            + "\"}";
    assertThat(send("POST", reports, officer, null, body).status()).isEqualTo(403);
    assertThat(send("POST", reports, otherHead, null, body).status()).isEqualTo(403);

    Api.Reply opened = send("POST", reports, head, null, body);
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.header("ETag")).isEqualTo("\"1\"");
    String id = opened.object().getString("id");
    String one = reports + "/" + id;
    assertThat(opened.header("Location")).endsWith(one);
    assertThat(opened.object().getString("state")).isEqualTo("DRAFT");
    List<JsonObject> figures =
        opened.object().getJsonArray("figures").getValuesAs(JsonObject.class);
    assertThat(figures)
        .extracting(f -> f.getString("measurementId"))
        .containsExactly("G2." + w.wardA + ".2024", "G8." + w.wardA + ".2024");
    assertThat(figures)
        .extracting(f -> f.getJsonNumber("measurementVersion").longValue())
        .containsExactly(1L, 1L);

    // one report a unit and year
    assertThat(send("POST", reports, head, null, body).status()).isEqualTo(409);

    // another ward's report reads as an unknown one (ADR 0009)
    assertThat(send("GET", one, otherHead, null, null).status()).isEqualTo(404);

    Api.Reply noIfMatch = send("POST", one + "/submit", head, null, "{}");
    assertThat(noIfMatch.status()).as(noIfMatch.body()).isEqualTo(428);
    Api.Reply stale = send("POST", one + "/submit", head, "\"7\"", "{}");
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);

    Api.Reply sent = send("POST", one + "/submit", head, "\"1\"", "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.object().getString("state")).isEqualTo("SUBMITTED");
    assertThat(sent.header("ETag")).isEqualTo("\"2\"");

    // the ward does not approve its own report
    assertThat(send("POST", one + "/approve", head, "\"2\"", "{}").status()).isEqualTo(403);

    Api.Reply approved = send("POST", one + "/approve", officer, "\"2\"", "{}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.object().getString("state")).isEqualTo("APPROVED");
    assertThat(approved.object().getBoolean("locked")).isTrue();
    assertThat(strings(approved.object(), "allowed")).containsExactly("reopen");

    // an approved report is locked: an amendment names the one command left
    Api.Reply locked =
        send("PUT", one, head, "\"3\"", "{\"figures\":[],\"narrative\":\"" + NARRATIVE + "\"}");
    assertThat(locked.status()).as(locked.body()).isEqualTo(409);
    assertThat(strings(locked.object(), "allowed")).containsExactly("reopen");

    Api.Reply noReason = send("POST", one + "/reopen", officer, "\"3\"", "{}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");

    String reason = "Số liệu G8 của phường cần đính chính theo báo cáo thống kê";
    Api.Reply reopened =
        send("POST", one + "/reopen", officer, "\"3\"", "{\"reason\":\"" + reason + "\"}");
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(reopened.object().getString("state")).isEqualTo("REOPENED");
    assertThat(reopened.object().getBoolean("locked")).isFalse();

    Api.Reply amended =
        send(
            "PUT",
            one,
            head,
            "\"4\"",
            "{\"figures\":[{\"indicatorCode\":\"G2\"}],\"narrative\":\"" + NARRATIVE + "\"}");
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    assertThat(amended.object().getJsonArray("figures")).hasSize(1);
    assertThat(send("POST", one + "/submit", head, "\"5\"", "{}").status()).isEqualTo(200);

    // two of Home Affairs answer the same version at once: one wins, the other is told it is stale
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Api.Reply> approve =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return send("POST", one + "/approve", admin, "\"6\"", "{}");
            });
    CompletableFuture<Api.Reply> ret =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return send(
                  "POST", one + "/return", officer, "\"6\"", "{\"reason\":\"Thiếu số liệu\"}");
            });
    start.countDown();
    assertThat(Stream.of(approve.join(), ret.join()).map(Api.Reply::status))
        .containsExactlyInAnyOrder(200, 412);
    List<String> expected =
        new ArrayList<>(List.of("submit", "approve", "reopen", "amend", "submit"));
    if (ret.join().status() == 200) {
      // the return won: the head sends it once more and Home Affairs approves
      assertThat(send("POST", one + "/submit", head, "\"7\"", "{}").status()).isEqualTo(200);
      assertThat(send("POST", one + "/approve", admin, "\"8\"", "{}").status()).isEqualTo(200);
      expected.addAll(List.of("return", "submit"));
    }
    expected.add("approve");

    // the history shows every transition, the reopening with who and why
    Api.Reply read = send("GET", one, head, null, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.header("ETag")).isEqualTo("\"" + (expected.size() + 1) + "\"");
    List<JsonObject> transitions =
        read.object().getJsonArray("transitions").getValuesAs(JsonObject.class);
    assertThat(transitions).extracting(t -> t.getString("command")).isEqualTo(expected);
    assertThat(transitions)
        .extracting(t -> t.getInt("seq"))
        .isEqualTo(IntStream.rangeClosed(1, expected.size()).boxed().toList());
    JsonObject reopening = transitions.get(2);
    assertThat(reopening.getString("from")).isEqualTo("APPROVED");
    assertThat(reopening.getString("to")).isEqualTo("REOPENED");
    assertThat(reopening.getString("actor")).isEqualTo("officer");
    assertThat(reopening.getString("reason")).isEqualTo(reason);
    assertThat(read.object().getString("state")).isEqualTo("APPROVED");

    // every transition is in the audit log, with the opening before them
    Api.Reply audit =
        send(
            "GET",
            "api/audit?size=50&target=plans/" + w.plan + "/reports/" + id,
            admin,
            null,
            null);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    List<String> actions =
        audit.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    List<String> audited = new ArrayList<>(expected.stream().map(c -> "report." + c).toList());
    audited.add(0, "report.open");
    Collections.reverse(audited); // newest first
    assertThat(actions).isEqualTo(audited);

    // the list: filtered by state and year for Home Affairs, only its own unit's for a ward
    Api.Reply approvedList =
        send("GET", reports + "?state=APPROVED&year=2024", officer, null, null);
    assertThat(approvedList.status()).as(approvedList.body()).isEqualTo(200);
    assertThat(approvedList.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("id"))
        .containsExactly(id);
    assertThat(
            send("GET", reports + "?year=2023", officer, null, null).object().getJsonArray("items"))
        .isEmpty();
    assertThat(send("GET", reports, otherHead, null, null).object().getJsonArray("items"))
        .isEmpty();
    Api.Reply badYear = send("GET", reports + "?year=abc", officer, null, null);
    assertThat(badYear.status()).as(badYear.body()).isEqualTo(400);
    assertThat(fields(badYear)).containsExactly("year");
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
