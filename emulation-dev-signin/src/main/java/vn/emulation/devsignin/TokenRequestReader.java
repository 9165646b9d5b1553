package vn.emulation.devsignin;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a token request from a JSON body or from the page's form, reporting every wrong field at
 * once. Field names are the same in both: {@code user}, {@code expiresInSeconds}, {@code
 * notBeforeInSeconds}, {@code issuer}, {@code audience}, {@code unit}.
 */
final class TokenRequestReader {

  /** A year either way: enough for any test, and far from overflowing the clock. */
  static final long MAX_OFFSET_SECONDS = 366L * 24 * 3600;

  private TokenRequestReader() {}

  static TokenRequest fromJson(String body) {
    JsonObject o;
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidTokenRequestException(
            List.of(
                new FieldProblem(
                    "body",
                    "Nội dung phải là một đối tượng JSON, ví dụ {\"user\":\"admin\"}",
                    "The body must be a JSON object, e.g. {\"user\":\"admin\"}")));
      }
      o = value.asJsonObject();
    } catch (JsonException e) {
      throw new InvalidTokenRequestException(
          List.of(
              new FieldProblem(
                  "body", "Nội dung không phải JSON hợp lệ", "The body is not valid JSON")));
    }
    return read(
        name -> o.containsKey(name) && o.get(name) != JsonValue.NULL ? Raw.of(o.get(name)) : null);
  }

  /** The form's fields; an empty field counts as absent, as a browser sends every input. */
  static TokenRequest fromForm(Map<String, List<String>> form) {
    return read(
        name -> {
          List<String> values = form.get(name);
          String v = values == null || values.isEmpty() ? null : values.get(0);
          return v == null || v.isBlank() ? null : new Raw(v.trim(), true);
        });
  }

  private static TokenRequest read(Function<String, Raw> field) {
    List<FieldProblem> problems = new ArrayList<>();
    String user = text(field, "user", problems);
    if (user == null && problems.stream().noneMatch(p -> p.field().equals("user"))) {
      problems.add(
          new FieldProblem(
              "user", "Cần chọn người dùng thử (user)", "A demo user is required (user)"));
    }
    Long expires = seconds(field, "expiresInSeconds", problems);
    Long notBefore = seconds(field, "notBeforeInSeconds", problems);
    String issuer = text(field, "issuer", problems);
    String audience = text(field, "audience", problems);
    String unit = text(field, "unit", problems);
    if (!problems.isEmpty()) {
      throw new InvalidTokenRequestException(problems);
    }
    return new TokenRequest(user, expires, notBefore, issuer, audience, unit);
  }

  private static String text(
      Function<String, Raw> field, String name, List<FieldProblem> problems) {
    Raw raw = field.apply(name);
    if (raw == null) {
      return null;
    }
    if (!raw.string() || raw.text().isBlank()) {
      problems.add(
          new FieldProblem(name, "Phải là một chuỗi không rỗng", "Must be a non-empty string"));
      return null;
    }
    return raw.text();
  }

  private static Long seconds(
      Function<String, Raw> field, String name, List<FieldProblem> problems) {
    Raw raw = field.apply(name);
    if (raw == null) {
      return null;
    }
    try {
      long s = Long.parseLong(raw.text());
      if (Math.abs(s) > MAX_OFFSET_SECONDS) {
        problems.add(
            new FieldProblem(
                name,
                "Phải trong khoảng ±" + MAX_OFFSET_SECONDS + " giây, không phải " + s,
                "Must be within ±" + MAX_OFFSET_SECONDS + " seconds, not " + s));
        return null;
      }
      return s;
    } catch (NumberFormatException e) {
      problems.add(
          new FieldProblem(
              name,
              "Phải là số nguyên giây, không phải \"" + raw.text() + "\"",
              "Must be a whole number of seconds, not \"" + raw.text() + "\""));
      return null;
    }
  }

  /** A field's value as text, and whether it came as a string (a form value, a JSON string). */
  private record Raw(String text, boolean string) {

    static Raw of(JsonValue v) {
      if (v instanceof JsonString s) {
        return new Raw(s.getString(), true);
      }
      if (v instanceof JsonNumber n) {
        return new Raw(n.isIntegral() ? n.bigIntegerValue().toString() : n.toString(), false);
      }
      return new Raw(v.toString(), false);
    }
  }
}
