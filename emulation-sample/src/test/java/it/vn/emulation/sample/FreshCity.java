package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A world of its own for one test class, so that exact figures can be asserted whatever else the
 * database holds (it persists between local runs): a copy of the Rạch Giá plan under a fresh code,
 * and a fresh city (no parent) with two wards, opened in 2020. Participants, evidence and reports
 * are added through the API, as a user would.
 *
 * <p>{@link #reportSampleFigures()} stores the 2023 figures the progress tests assert: G2 900/1000
 * in ward A and 20/100 in ward B (the city 920/1100 = 83.64 %, met, where the mean of the wards'
 * shares, 55 %, would not be); G8 80/100 and 5/10 (the city 85/110 = 77.27 %, short of 80); G7, the
 * city's own 50/50; G1 40/40 in ward A only (the city 100 %, from one ward of two); E1, a share the
 * city publishes itself, 25.5 %.
 */
final class FreshCity {

  final String run = UUID.randomUUID().toString().substring(0, 8);
  final String plan = "it-" + run;
  final String city = "it" + run;
  final String wardA = city + "-a";
  final String wardB = city + "-b";

  private final Api api;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  private FreshCity(URL deployment) {
    this.api = new Api(deployment);
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** Imports the plan copy and opens the city and its wards. */
  static FreshCity create(URL deployment) {
    FreshCity c = new FreshCity(deployment);
    String planFile = Api.rachGiaPlan().replace("\"rach-gia-2022-2025\"", "\"" + c.plan + "\"");
    c.created("api/plans", planFile);
    c.created("api/units", unit(c.city, "Thành phố Thử " + c.run, "DISTRICT", null));
    c.created("api/units", unit(c.wardA, "Phường Một " + c.run, "COMMUNE", c.city));
    c.created("api/units", unit(c.wardB, "Phường Hai " + c.run, "COMMUNE", c.city));
    return c;
  }

  private static String unit(String code, String name, String level, String parent) {
    return "{\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\",\"level\":\""
        + level
        + "\","
        + (parent == null ? "" : "\"parentCode\":\"" + parent + "\",")
        + "\"openedOn\":\"2020-01-01\"}";
  }

  /**
   * The plan copy's second version, a draft: the city's decision 12/QĐ-UBND of 15 March 2024 raises
   * G2's 2023 threshold from 60 % to 95 %.
   */
  String amendment() {
    return Api.rachGiaPlan()
        .replace("\"rach-gia-2022-2025\"", "\"" + plan + "\"")
        .replace("\"version\": 1,", "\"version\": 2,")
        .replace("\"status\": \"IN_FORCE\"", "\"status\": \"DRAFT\"")
        .replace(
            "\"amendments\": []",
            "\"amendments\": [{\"version\": 2, \"decidedOn\": \"2024-03-15\","
                + " \"decisionReference\": \"12/QĐ-UBND\","
                + " \"summary\": {\"vi\": \"Nâng chỉ tiêu G2\", \"en\": \"G2 raised\"}}]")
        .replace(
            "{\"indicator\": \"G2\", \"milestoneYear\": 2023, \"comparator\": \"AT_LEAST\","
                + " \"threshold\": 60",
            "{\"indicator\": \"G2\", \"milestoneYear\": 2023, \"comparator\": \"AT_LEAST\","
                + " \"threshold\": 95");
  }

  /** Stores the figures described above. */
  void reportSampleFigures() {
    report("G2", wardA, 2023, 900, 1000);
    report("G2", wardB, 2023, 20, 100);
    report("G8", wardA, 2023, 80, 100);
    report("G8", wardB, 2023, 5, 10);
    report("G7", city, 2023, 50, 50);
    report("G1", wardA, 2023, 40, 40);
    report("E1", city, 2023, "25.5");
  }

  /** Registers a participant; returns its id (the run's code, then {@code suffix}). */
  String participant(String suffix, String kind, String name, String category, String unit) {
    String id = run + "-" + suffix;
    created(
        "api/plans/" + plan + "/participants",
        "{\"id\":\""
            + id
            + "\",\"kind\":\""
            + kind
            + "\",\"name\":\""
            + name
            + "\",\"categoryCode\":\""
            + category
            + "\",\"unitCode\":\""
            + unit
            + "\"}");
    return id;
  }

  /** Stores evidence (a JSON EvidenceUpdate) for a participant and an occasion. */
  void evidence(String id, String occasion, String json) {
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(
                    base.resolve(
                        "api/plans/" + plan + "/participants/" + id + "/evidence/" + occasion))
                .header("Content-Type", "application/json")
                .header("Authorization", Api.bearer(base))
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  /** Reports a ratio of counts for the plan (POST /plans/{plan}/measurements). */
  void report(String indicator, String unit, int year, long numerator, long denominator) {
    created(
        "api/plans/" + plan + "/measurements",
        ratio(indicator, unit, year, numerator, denominator));
  }

  /** The body of a report of a ratio of counts, for a test that sends it as another caller. */
  static String ratio(String indicator, String unit, int year, long numerator, long denominator) {
    return "{\"indicatorCode\":\""
        + indicator
        + "\",\"unitCode\":\""
        + unit
        + "\",\"year\":"
        + year
        + ",\"numerator\":"
        + numerator
        + ",\"denominator\":"
        + denominator
        + "}";
  }

  /** The body of the merger of the two wards into a ward {@code successor} of the city. */
  String mergerOfTheWards(String successor, String date) {
    return Json.createObjectBuilder()
        .add("sources", Json.createArrayBuilder().add(wardA).add(wardB))
        .add(
            "successor",
            Json.createObjectBuilder()
                .add("code", successor)
                .add("name", "Phường Ba " + run)
                .add("level", "COMMUNE")
                .add("parentCode", city))
        .add("date", date)
        .build()
        .toString();
  }

  /** Reports a plain value, for an indicator the city reports itself. */
  void report(String indicator, String unit, int year, String value) {
    created(
        "api/plans/" + plan + "/measurements",
        "{\"indicatorCode\":\""
            + indicator
            + "\",\"unitCode\":\""
            + unit
            + "\",\"year\":"
            + year
            + ",\"value\":"
            + value
            + "}");
  }

  /** A GET whose body is kept as bytes, with every header. */
  HttpResponse<byte[]> bytes(String path, String language) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path)).GET().header("Authorization", Api.bearer(base));
    if (language != null) {
      b.header("Accept-Language", language);
    }
    return send(b, HttpResponse.BodyHandlers.ofByteArray());
  }

  Api api() {
    return api;
  }

  private void created(String path, String json) {
    Api.Reply r = api.post(path, json, "en");
    assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(201);
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
