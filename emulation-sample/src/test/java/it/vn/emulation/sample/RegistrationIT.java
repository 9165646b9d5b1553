package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A ward's registration (đăng ký thi đua) end to end on a fresh city of its own: the ward opens it
 * and attaches its own plan (a PDF whose Vietnamese name round-trips), submits it; Home Affairs
 * returns it with a reason; the ward sends it again; Home Affairs accepts it. On the way: a command
 * without If-Match answers 428, a command its state does not allow 409 naming the allowed ones, two
 * answers on one ETag one 200 and the other 412, another ward's staff 403; every transition is in
 * the audit log; the overdue list names the ward that did not register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PLAN_FILE = "Kế hoạch thi đua phường Một – năm 2023.pdf";
  private static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private URI base() {
    return URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  private Api.Reply send(
      String method, String path, String token, String ifMatch, String type, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "vi");
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    if (type != null) {
      b.header("Content-Type", type);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
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

  private Api.Reply json(String method, String path, String token, String ifMatch, String json) {
    return send(
        method, path, token, ifMatch, "application/json", json.getBytes(StandardCharsets.UTF_8));
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
  void aWardRegistersIsReturnedSendsAgainAndIsAccepted() {
    FreshCity w = FreshCity.create(deployment);
    String ubndA =
        w.participant("ubnd-a", "COLLECTIVE", "UBND phường Một", "WARD_COMMITTEES", w.wardA);
    w.participant("ubnd-b", "COLLECTIVE", "UBND phường Hai", "WARD_COMMITTEES", w.wardB);
    Api api = new Api(deployment);
    String wardStaff = api.tokenOf("reporter.vinhlac", w.wardA);
    String otherWard = api.tokenOf("reporter.rachsoi", w.wardB);
    String officer = api.tokenOf("officer");
    String admin = api.tokenOf("admin");
    String registrations = "api/plans/" + w.plan + "/registrations";

    // another ward's staff may not open a registration for this ward
    Api.Reply foreign =
        json("POST", registrations, otherWard, null, "{\"unitCode\":\"" + w.wardA + "\"}");
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(403);

    Api.Reply opened =
        json(
            "POST",
            registrations,
            wardStaff,
            null,
            "{\"unitCode\":\"" + w.wardA + "\",\"participantIds\":[\"" + ubndA + "\"]}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.header("ETag")).isEqualTo("\"1\"");
    String id = opened.object().getString("id");
    String one = registrations + "/" + id;
    assertThat(opened.object().getString("state")).isEqualTo("DRAFT");
    assertThat(opened.object().getString("dueOn")).isEqualTo("2023-01-31");

    // sending it without its own plan names what it lacks
    Api.Reply bare = json("POST", one + "/submit", wardStaff, "\"1\"", "{}");
    assertThat(bare.status()).as(bare.body()).isEqualTo(400);
    assertThat(fields(bare)).containsExactly("ownPlan");

    Api.Reply attached =
        send(
            "PUT",
            one
                + "/own-plan?filename="
                + URLEncoder.encode(PLAN_FILE, StandardCharsets.UTF_8).replace("+", "%20"),
            wardStaff,
            "\"1\"",
            "application/pdf",
            PDF);
    assertThat(attached.status()).as(attached.body()).isEqualTo(200);
    JsonObject file = attached.object().getJsonObject("ownPlan");
    assertThat(file.getString("name")).isEqualTo(PLAN_FILE);
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(file.getJsonNumber("size").longValue()).isEqualTo(PDF.length);
    assertThat(file.getString("sha256")).hasSize(64);
    assertThat(attached.header("ETag")).isEqualTo("\"2\"");

    Api.Reply notAPdf =
        send(
            "PUT",
            one + "/own-plan",
            wardStaff,
            "\"2\"",
            "application/pdf",
            "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    assertThat(notAPdf.status()).as(notAPdf.body()).isEqualTo(400);
    assertThat(fields(notAPdf)).containsExactly("file");

    Api.Reply noIfMatch = json("POST", one + "/submit", wardStaff, null, "{}");
    assertThat(noIfMatch.status()).as(noIfMatch.body()).isEqualTo(428);

    Api.Reply stale = json("POST", one + "/submit", wardStaff, "\"1\"", "{}");
    assertThat(stale.status()).as(stale.body()).isEqualTo(412);

    Api.Reply notYours = json("POST", one + "/submit", otherWard, "\"2\"", "{}");
    assertThat(notYours.status()).as(notYours.body()).isEqualTo(403);
    // another ward's registration reads as an unknown one (ADR 0009)
    assertThat(send("GET", one, otherWard, null, null, null).status()).isEqualTo(404);

    Api.Reply sent = json("POST", one + "/submit", wardStaff, "\"2\"", "{}");
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.object().getString("state")).isEqualTo("SUBMITTED");
    assertThat(sent.object().getBoolean("late")).isTrue();

    // a command the state does not allow names those it does
    Api.Reply again = json("POST", one + "/submit", wardStaff, "\"3\"", "{}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(strings(again.object(), "allowed")).containsExactly("accept", "return");

    // the ward's staff may not answer it themselves
    assertThat(json("POST", one + "/accept", wardStaff, "\"3\"", "{}").status()).isEqualTo(403);

    Api.Reply noReason = json("POST", one + "/return", officer, "\"3\"", "{}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    assertThat(fields(noReason)).containsExactly("reason");

    String reason = "Kế hoạch của đơn vị chưa có chữ ký của Chủ tịch UBND phường";
    Api.Reply returned =
        json("POST", one + "/return", officer, "\"3\"", "{\"reason\":\"" + reason + "\"}");
    assertThat(returned.status()).as(returned.body()).isEqualTo(200);
    assertThat(returned.object().getString("state")).isEqualTo("RETURNED");
    assertThat(strings(returned.object(), "allowed")).containsExactly("amend", "submit");

    Api.Reply resent = json("POST", one + "/submit", wardStaff, "\"4\"", "{}");
    assertThat(resent.status()).as(resent.body()).isEqualTo(200);
    assertThat(resent.header("ETag")).isEqualTo("\"5\"");

    // two officers answer the same version at once: one wins, the other is told it is stale
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<Api.Reply> accept =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return json("POST", one + "/accept", officer, "\"5\"", "{}");
            });
    CompletableFuture<Api.Reply> ret =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return json(
                  "POST", one + "/return", admin, "\"5\"", "{\"reason\":\"Thiếu danh sách\"}");
            });
    start.countDown();
    List<Integer> statuses = Stream.of(accept.join(), ret.join()).map(Api.Reply::status).toList();
    assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    if (ret.join().status() == 200) {
      // the return won: the ward sends it once more and Home Affairs accepts
      assertThat(json("POST", one + "/submit", wardStaff, "\"6\"", "{}").status()).isEqualTo(200);
      assertThat(json("POST", one + "/accept", officer, "\"7\"", "{}").status()).isEqualTo(200);
    }

    Api.Reply read = send("GET", one, wardStaff, null, null, null);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    JsonObject r = read.object();
    assertThat(r.getString("state")).isEqualTo("ACCEPTED");
    assertThat(read.header("ETag")).isEqualTo("\"" + r.getJsonNumber("version").longValue() + "\"");
    assertThat(r.getJsonObject("ownPlan").getString("name")).isEqualTo(PLAN_FILE);
    List<JsonObject> transitions = r.getJsonArray("transitions").getValuesAs(JsonObject.class);
    assertThat(transitions.get(0).getString("command")).isEqualTo("amend");
    assertThat(transitions.get(2).getString("command")).isEqualTo("return");
    assertThat(transitions.get(2).getString("reason")).isEqualTo(reason);
    assertThat(transitions.get(2).getString("actor")).isEqualTo("officer");
    assertThat(transitions.get(transitions.size() - 1).getString("to")).isEqualTo("ACCEPTED");

    // every transition is in the audit log, with the open before them
    Api.Reply audit =
        send(
            "GET",
            "api/audit?size=50&target=plans/" + w.plan + "/registrations/" + id,
            admin,
            null,
            null,
            null);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    List<String> actions =
        audit.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("action"))
            .toList();
    assertThat(actions).hasSize(transitions.size() + 1).contains("registration.open");
    assertThat(actions.stream().filter(a -> a.equals("registration.return")).count())
        .isEqualTo(
            transitions.stream().filter(t -> t.getString("command").equals("return")).count());

    // the list, filtered, and the units overdue: ward B opened nothing
    Api.Reply accepted = send("GET", registrations + "?state=ACCEPTED", officer, null, null, null);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.object().getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("id"))
        .containsExactly(id);
    Api.Reply overdue = send("GET", registrations + "/overdue", officer, null, null, null);
    assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
    List<JsonObject> units = overdue.object().getJsonArray("units").getValuesAs(JsonObject.class);
    assertThat(units).extracting(u -> u.getString("unitCode")).containsExactly(w.wardB);
    assertThat(units.get(0).getString("why")).isEqualTo("NONE");
    assertThat(send("GET", registrations + "/overdue", wardStaff, null, null, null).status())
        .isEqualTo(403);
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
