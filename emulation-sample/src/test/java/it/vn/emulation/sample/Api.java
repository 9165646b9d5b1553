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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small HTTP client for the tests: JSON in, status and JSON out. It signs in as the server's
 * portal would have it: every {@link #get}/{@link #post} carries {@code Authorization: Bearer} with
 * a token from the sample's development sign-in ({@code /dev-signin}), for the demo administrator
 * unless the test asks for another user ({@link #as}), another header ({@link #withAuthorization})
 * or none ({@link #anonymous}).
 */
final class Api {

  /** Whom tests act as by default: the administrator may call every operation. */
  static final String DEFAULT_USER = "admin";

  /** Tokens by server and user, minted once per run: the sign-in's key lives as long as Liberty. */
  private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final URI base;

  /** The Authorization header's value for get/post, or null to send none. */
  private final Supplier<String> authorization;

  Api(URL deployment) {
    this(URI.create(deployment.toString().replaceAll("/?$", "/")), null);
  }

  private Api(URI base, Supplier<String> authorization) {
    this.base = base;
    this.authorization = authorization == null ? () -> bearer(base, DEFAULT_USER) : authorization;
  }

  /** The same client acting as another demo user. */
  Api as(String user) {
    return new Api(base, () -> bearer(base, user));
  }

  /** The same client sending this Authorization header as it is ("Bearer abc", "Basic …"). */
  Api withAuthorization(String header) {
    return new Api(base, () -> header);
  }

  /** The same client sending no Authorization header at all. */
  Api anonymous() {
    return new Api(base, () -> null);
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

  /**
   * {@code Bearer <token>} for a demo user of the server that {@code anyUri} belongs to; for the
   * helpers that build their own requests.
   */
  static String bearer(URI anyUri, String user) {
    return "Bearer " + token(anyUri, user);
  }

  /** {@link #bearer(URI, String)} for the default user. */
  static String bearer(URI anyUri) {
    return bearer(anyUri, DEFAULT_USER);
  }

  /** A token for a demo user from the development sign-in, minted once per server and user. */
  static String token(URI anyUri, String user) {
    URI signIn = anyUri.resolve("/dev-signin/token");
    return TOKENS.computeIfAbsent(
        signIn + " " + user,
        k -> {
          Reply r = mint(signIn, "{\"user\":\"" + user + "\"}");
          if (r.status() != 200) {
            throw new IllegalStateException(
                "no token for " + user + ": " + r.status() + " " + r.body());
          }
          return r.object().getString("token");
        });
  }

  /** A token for a unit-scoped demo user placed in {@code unit} (the sign-in's test override). */
  String tokenOf(String user, String unit) {
    Reply r = mint("{\"user\":\"" + user + "\",\"unit\":\"" + unit + "\"}");
    if (r.status() != 200) {
      throw new IllegalStateException(
          "no token for " + user + " in " + unit + ": " + r.status() + " " + r.body());
    }
    return r.object().getString("token");
  }

  /** A token for a demo user of this client's server (cached, see {@link #token(URI, String)}). */
  String tokenOf(String user) {
    return token(base, user);
  }

  /**
   * Asks the development sign-in for a token as the JSON body says ({@code user} and the test-only
   * overrides {@code expiresInSeconds}, {@code notBeforeInSeconds}, {@code issuer}, {@code
   * audience}); never cached.
   */
  Reply mint(String json) {
    return mint(base.resolve("/dev-signin/token"), json);
  }

  /**
   * POST to the sign-in, waiting while it answers 404: the sample server starts it beside the
   * emulation WAR, and the first test may be quicker than it.
   */
  private static Reply mint(URI signIn, String json) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      Reply r =
          exchange(
              HttpRequest.newBuilder(signIn)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
              null);
      if (r.status() != 404 || System.nanoTime() > deadline) {
        return r;
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Reply get(String path, String language) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), language);
  }

  Reply post(String path, String json, String language) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
        language);
  }

  /**
   * Any method as a given caller (token null: nobody); a body-taking method gets an empty body of
   * the media type given ("{}" for JSON).
   */
  Reply call(String method, String path, String token, String bodyType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (bodyType == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      String type = bodyType.startsWith("multipart/") ? bodyType + "; boundary=empty" : bodyType;
      b.header("Content-Type", type)
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  bodyType.contains("json") ? "{}" : "", StandardCharsets.UTF_8));
    }
    return exchange(b, null);
  }

  /** Any method as a given caller (token null: nobody) with a body of a media type. */
  Reply request(String method, String path, String token, String type, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    return exchange(b, null);
  }

  /** Sends with this client's Authorization header. */
  private Reply send(HttpRequest.Builder request, String language) {
    String header = authorization.get();
    if (header != null) {
      request.header("Authorization", header);
    }
    return exchange(request, language);
  }

  private static Reply exchange(HttpRequest.Builder request, String language) {
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      HttpResponse<String> r =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
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

  record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

    Reply(int status, String contentType, String body) {
      this(status, contentType, body, Map.of());
    }

    /** The first value of a response header (names ignore case), or null. */
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().isEmpty() ? null : e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    JsonObject object() {
      return (JsonObject) json();
    }
  }
}
