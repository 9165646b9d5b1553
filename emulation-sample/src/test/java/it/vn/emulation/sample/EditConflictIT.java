package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Optimistic locking over HTTP: a unit and a participant's evidence are read with an ETag, and an
 * edit sent back with that ETag in If-Match succeeds only while nobody else changed the record; a
 * stale one is refused with 412 (in Vietnamese and English) and nothing is stored. Edits without
 * If-Match still work as before, and a malformed If-Match is a 400 naming the header.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditConflictIT {

  private static final String PRECONDITION = "urn:emulation:problem:precondition-failed";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aUnitEditedOnAStaleReadIsRefusedAndLeftAsItWas() {
    String code = "ite" + run;
    String units = "api/units";
    assertThat(
            send(
                    "POST",
                    units,
                    null,
                    null,
                    "{\"code\":\""
                        + code
                        + "\",\"name\":\"Xã Thử "
                        + run
                        + "\",\"level\":\"COMMUNE\",\"openedOn\":\"2020-01-01\"}")
                .status)
        .isEqualTo(201);
    String unit = units + "/" + code;

    Reply read = send("GET", unit, null, null, null);
    assertThat(read.status).isEqualTo(200);
    assertThat(read.etag).matches("\"\\d+\"");

    Reply renamed =
        send(
            "POST",
            unit + "/move",
            read.etag,
            null,
            "{\"from\":\"2021-01-01\",\"name\":\"Xã Mới " + run + "\"}");
    assertThat(renamed.status).as(renamed.body).isEqualTo(200);
    assertThat(renamed.etag).matches("\"\\d+\"").isNotEqualTo(read.etag);
    assertThat(send("GET", unit, null, null, null).etag).isEqualTo(renamed.etag);

    Reply staleMove =
        send(
            "POST",
            unit + "/move",
            read.etag,
            null,
            "{\"from\":\"2022-01-01\",\"name\":\"Xã Ghi Đè " + run + "\"}");
    assertPreconditionFailed(staleMove, "vi");
    Reply staleClose = send("POST", unit + "/close", read.etag, "en", "{\"date\":\"2023-01-01\"}");
    assertPreconditionFailed(staleClose, "en");

    Reply after = send("GET", unit, null, null, null);
    assertThat(after.etag).isEqualTo(renamed.etag);
    assertThat(after.object().getString("name")).isEqualTo("Xã Mới " + run);
    assertThat(absent(after.object(), "closedOn")).isTrue();

    Reply malformed = send("POST", unit + "/close", "3", "en", "{\"date\":\"2023-01-01\"}");
    assertThat(malformed.status).as(malformed.body).isEqualTo(400);
    assertThat(malformed.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("If-Match");
    assertThat(absent(send("GET", unit, null, null, null).object(), "closedOn")).isTrue();

    Reply unconditional =
        send(
            "POST",
            unit + "/move",
            null,
            null,
            "{\"from\":\"2022-01-01\",\"name\":\"Xã Cũ " + run + "\"}");
    assertThat(unconditional.status).as(unconditional.body).isEqualTo(200);
    assertThat(unconditional.etag).isNotEqualTo(renamed.etag);

    Reply closed =
        send("POST", unit + "/close", unconditional.etag, null, "{\"date\":\"2023-01-01\"}");
    assertThat(closed.status).as(closed.body).isEqualTo(200);
    assertThat(closed.object().getString("closedOn")).isEqualTo("2023-01-01");
    assertThat(send("GET", unit, null, null, null).etag).isEqualTo(closed.etag);
  }

  @Test
  void evidenceEditedOnAStaleReadIsRefusedAndLeftAsItWas() {
    String plan = "it-e-" + run;
    Reply imported =
        send(
            "POST",
            "api/plans",
            null,
            null,
            Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + plan + "\""));
    assertThat(imported.status).as(imported.body).isIn(200, 201);
    String ward = "itew" + run;
    assertThat(
            send(
                    "POST",
                    "api/units",
                    null,
                    null,
                    "{\"code\":\""
                        + ward
                        + "\",\"name\":"
                        + "\"Phường Thử "
                        + run
                        + "\",\"level\":\"COMMUNE\",\"openedOn\":\"2004-01-01\"}")
                .status)
        .isEqualTo(201);
    Reply created =
        send(
            "POST",
            "api/plans/" + plan + "/participants",
            null,
            null,
            "{\"kind\":\"INDIVIDUAL\",\"name\":\"Trần Văn Thử\",\"categoryCode\":\"OFFICIALS\","
                + "\"unitCode\":\""
                + ward
                + "\"}");
    assertThat(created.status).as(created.body).isEqualTo(201);
    String path =
        "api/plans/"
            + plan
            + "/participants/"
            + created.object().getString("id")
            + "/evidence/ANNUAL-2024";

    Reply read = send("GET", path, null, null, null);
    assertThat(read.status).as(read.body).isEqualTo(200);
    assertThat(read.etag).matches("\"\\d+\"");

    Reply stored =
        send("PUT", path, read.etag, null, "{\"counts\": {\"recognisedInitiatives\": 2}}");
    assertThat(stored.status).as(stored.body).isEqualTo(200);
    assertThat(stored.etag).matches("\"\\d+\"").isNotEqualTo(read.etag);
    assertThat(send("GET", path, null, null, null).etag).isEqualTo(stored.etag);

    assertPreconditionFailed(
        send("PUT", path, read.etag, null, "{\"counts\": {\"recognisedInitiatives\": 5}}"), "vi");
    assertPreconditionFailed(
        send("PUT", path, read.etag, "en", "{\"registeredOn\": \"2022-03-15\"}"), "en");
    Reply after = send("GET", path, null, null, null);
    assertThat(after.etag).isEqualTo(stored.etag);
    assertThat(after.object().getJsonObject("counts").getInt("recognisedInitiatives")).isEqualTo(2);
    assertThat(absent(after.object(), "registeredOn")).isTrue();

    Reply malformed =
        send("PUT", path, "W/\"1\"", "en", "{\"counts\": {\"recognisedInitiatives\": 5}}");
    assertThat(malformed.status).as(malformed.body).isEqualTo(400);
    assertThat(malformed.object().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("If-Match");

    Reply unconditional =
        send("PUT", path, null, null, "{\"counts\": {\"recognisedInitiatives\": 3}}");
    assertThat(unconditional.status).as(unconditional.body).isEqualTo(200);
    assertThat(unconditional.etag).isNotEqualTo(stored.etag);
    Reply registered =
        send("PUT", path, unconditional.etag, null, "{\"registeredOn\": \"2022-03-15\"}");
    assertThat(registered.status).as(registered.body).isEqualTo(200);
    assertThat(registered.etag).isNotEqualTo(unconditional.etag);
    assertThat(registered.object().getString("registeredOn")).isEqualTo("2022-03-15");
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name);
  }

  private static void assertPreconditionFailed(Reply r, String language) {
    assertThat(r.status).as(r.body).isEqualTo(412);
    assertThat(r.contentType).startsWith("application/problem+json");
    JsonObject problem = r.object();
    assertThat(problem.getString("type")).isEqualTo(PRECONDITION);
    assertThat(problem.getInt("status")).isEqualTo(412);
    if (language.equals("en")) {
      assertThat(problem.getString("title")).isEqualTo("The record changed since it was read");
      assertThat(problem.getString("detail")).contains("Nothing was stored");
    } else {
      assertThat(problem.getString("title")).isEqualTo("Dữ liệu đã thay đổi từ lần đọc trước");
      assertThat(problem.getString("detail")).contains("Chưa có gì được lưu");
    }
  }

  private Reply send(String method, String path, String ifMatch, String language, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
            URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path));
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.header("Authorization", Api.bearer(URI.create(deployment.toString())));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("ETag").orElse(null),
          r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, media type, ETag (null when absent) and body. */
  private record Reply(int status, String contentType, String etag, String body) {

    JsonObject object() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }
}
