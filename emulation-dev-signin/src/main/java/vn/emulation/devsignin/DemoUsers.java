package vn.emulation.devsignin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo users, read from {@code demo-users.json} (UTF-8) on the class path: data, so that a user
 * is added without touching code. Immutable and thread-safe.
 */
final class DemoUsers {

  static final String RESOURCE = "/demo-users.json";

  private final Map<String, DemoUser> byId;

  DemoUsers(List<DemoUser> users) {
    Map<String, DemoUser> map = new LinkedHashMap<>();
    for (DemoUser u : users) {
      if (map.putIfAbsent(u.id(), u) != null) {
        throw new IllegalArgumentException("demo user " + u.id() + " is listed twice");
      }
    }
    this.byId = map;
  }

  /** The users shipped in the WAR. */
  static DemoUsers shipped() {
    try (InputStream in = DemoUsers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DemoUsers read(InputStream json) {
    try (JsonReader reader =
        Json.createReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
      JsonArray users = reader.readObject().getJsonArray("users");
      return new DemoUsers(
          users.getValuesAs(JsonObject.class).stream().map(DemoUsers::user).toList());
    }
  }

  private static DemoUser user(JsonObject o) {
    List<String> roles =
        o.getJsonArray("roles").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    return new DemoUser(
        o.getString("id", null),
        o.getString("name", null),
        roles,
        o.getString("unit", null),
        o.getString("unitName", null));
  }

  Optional<DemoUser> find(String id) {
    return Optional.ofNullable(id).map(byId::get);
  }

  List<DemoUser> all() {
    return List.copyOf(byId.values());
  }
}
