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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP caching of the published reads (issue 10): an anonymous answer carries a strong ETag and
 * {@code public, no-cache}; asking again with that tag gets 304 without a body; a stored report
 * changes the answer and so its tag at once (no stale figure is ever revalidated); an answer to a
 * signed-in caller is never cached.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishedCachingIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private HttpResponse<String> get(String path, String ifNoneMatch, String token) {
    URI uri = URI.create(deployment.toString().replaceAll("/?$", "/")).resolve(path);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().header("Accept-Language", "vi");
    if (ifNoneMatch != null) {
      b.header("If-None-Match", ifNoneMatch);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A report stored (201) or, from the second round on, replacing the last one (200). */
  private void store(FreshCity city, String json) {
    URI uri =
        URI.create(deployment.toString().replaceAll("/?$", "/"))
            .resolve("api/plans/" + city.plan + "/measurements");
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .header("Authorization", Api.bearer(uri))
                  .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long g1Numerator(String body) {
    JsonObject report = Json.createReader(new StringReader(body)).readObject();
    return report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("indicator").equals("G1"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("numerator")
        .longValue();
  }

  private static String etag(HttpResponse<String> r) {
    return r.headers().firstValue("ETag").orElse(null);
  }

  @Test
  void aPublishedReadIsRevalidatedAndAStoredReportChangesItsTag() {
    FreshCity city = FreshCity.create(deployment);
    city.reportSampleFigures();
    String progress =
        "api/plans/" + city.plan + "/progress?unit=" + city.city + "&milestone=2025&year=2023";
    HttpResponse<String> first = get(progress, null, null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String tag = etag(first);
    assertThat(tag).matches("\"p-[A-Za-z0-9_-]{22}\"");
    assertThat(first.headers().firstValue("Cache-Control")).contains("public, no-cache");
    assertThat(first.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
    assertThat(first.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");

    HttpResponse<String> again = get(progress, null, null);
    assertThat(etag(again)).as("the same figures, the same tag").isEqualTo(tag);
    assertThat(again.body()).isEqualTo(first.body());
    // the second answer comes from the kept bytes, before JAX-RS (PublishedFastPath, ADR 0053):
    // with the same headers as the first, which JAX-RS rendered
    for (String h :
        List.of(
            "Content-Type",
            "Content-Language",
            "Content-Disposition",
            "Cache-Control",
            "Vary",
            "ETag",
            "Access-Control-Allow-Origin",
            "Access-Control-Expose-Headers",
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy")) {
      assertThat(again.headers().firstValue(h)).as(h).isEqualTo(first.headers().firstValue(h));
    }

    HttpResponse<String> revalidated = get(progress, tag, null);
    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
    assertThat(etag(revalidated)).isEqualTo(tag);

    HttpResponse<String> otherTag = get(progress, "\"p-somethingelse\"", null);
    assertThat(otherTag.statusCode()).isEqualTo(200);
    assertThat(otherTag.body()).isEqualTo(first.body());

    city.report("G1", city.wardB, 2023, 10, 40);
    HttpResponse<String> changed = get(progress, tag, null);
    assertThat(changed.statusCode()).as("a new report is seen at once").isEqualTo(200);
    assertThat(etag(changed)).isNotEqualTo(tag);
    assertThat(changed.body()).isNotEqualTo(first.body());
    HttpResponse<String> changedAgain = get(progress, null, null);
    assertThat(changedAgain.body()).as("and kept as the new answer").isEqualTo(changed.body());
    assertThat(etag(changedAgain)).isEqualTo(etag(changed));
  }

  @Test
  void everyStoredReportChangesTheKeptAnswerAtOnce() {
    FreshCity city = FreshCity.create(deployment);
    city.reportSampleFigures();
    String dashboard =
        "api/plans/"
            + city.plan
            + "/progress?unit="
            + city.city
            + "&milestone=2025&year=2023"
            + "&parts=false";
    String tag = etag(get(dashboard, null, null));
    for (int round = 1; round <= 5; round++) {
      // the same question, asked again and again: kept, the same bytes and tag
      HttpResponse<String> kept = get(dashboard, tag, null);
      assertThat(kept.statusCode()).as("round " + round + ": nothing changed").isEqualTo(304);
      store(city, FreshCity.ratio("G1", city.wardB, 2023, 10 + round, 40));
      HttpResponse<String> after = get(dashboard, tag, null);
      assertThat(after.statusCode()).as("round " + round + ": the report is seen").isEqualTo(200);
      // G1: ward A's 40 of 40 and ward B's new figure of 40
      assertThat(g1Numerator(after.body())).isEqualTo(40 + 10 + round);
      tag = etag(after);
    }
  }

  @Test
  void openDataFilesAreTaggedToo() {
    String csv = "api/open-data/rach-gia-2022-2025/progress.csv?milestone=2025";
    HttpResponse<String> first = get(csv, null, null);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(first.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    assertThat(first.body()).contains("plan_code");
    HttpResponse<String> again = get(csv, null, null);
    assertThat(again.body()).isEqualTo(first.body());
    for (String h : List.of("Content-Type", "Content-Disposition", "Content-Language", "ETag")) {
      assertThat(again.headers().firstValue(h)).as(h).isEqualTo(first.headers().firstValue(h));
    }
    HttpResponse<String> revalidated = get(csv, etag(first), null);
    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
  }

  @Test
  void aSignedInAnswerIsNeverCached() {
    String token = new Api(deployment).tokenOf("officer");
    HttpResponse<String> r = get("api/plans/rach-gia-2022-2025/progress", null, token);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("ETag")).isEmpty();
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void aFailedReadIsNotTagged() {
    HttpResponse<String> r =
        get("api/plans/rach-gia-2022-2025/progress?milestone=1999", null, null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("ETag")).isEmpty();
  }
}
