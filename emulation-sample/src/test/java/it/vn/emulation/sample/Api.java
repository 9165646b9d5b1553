package it.vn.emulation.sample;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small HTTP client for the tests: JSON in, status and JSON out. */
final class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  Api(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** The Rạch Giá plan file as shipped in the WAR's sources. */
  static String rachGiaPlan() {
    try {
      return Files.readString(
          Path.of("../emulation-jakarta/src/main/resources/plans/rach-gia-2022-2025.json"),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply get(String path, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), language);
  }

  Reply post(String path, String json, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), language);
  }

  private Reply send(HttpRequest.Builder request, String language) {
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      HttpResponse<String> r = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
          r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Reply(int status, String contentType, String body) {

    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return (JsonObject) json();
    }
  }
}
