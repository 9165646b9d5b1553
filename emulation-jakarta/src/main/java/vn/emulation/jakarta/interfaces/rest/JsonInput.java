package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.TextRules;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A JSON request body as it was sent: every number keeps its text ({@code 1e30} stays {@code 1e30},
 * never a rounded double or a wrapped long), every object its keys in order and those it repeated.
 * JSON-B and JSON-P object models lose exactly what a refusal must quote, so the body is read here
 * with the streaming parser. Immutable.
 */
sealed interface JsonInput {

  /** Deeper than any request body of the API. */
  int MAX_DEPTH = 16;

  /** The value as the client wrote it (strings quoted, forbidden characters escaped). */
  String asSent();

  /** The kind of value, for a reader: "a string", "an object" … in both languages. */
  LocalizedText kind();

  record Text(String value) implements JsonInput {
    @Override
    public String asSent() {
      return "\"" + TextRules.visible(value.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }

    @Override
    public LocalizedText kind() {
      return AdapterMessages.text("rest.kind.string", asSent());
    }
  }

  record Number(String raw) implements JsonInput {
    @Override
    public String asSent() {
      return raw;
    }

    @Override
    public LocalizedText kind() {
      return AdapterMessages.text("rest.kind.number", raw);
    }
  }

  record Bool(boolean value) implements JsonInput {
    @Override
    public String asSent() {
      return String.valueOf(value);
    }

    @Override
    public LocalizedText kind() {
      return LocalizedText.of(asSent(), asSent());
    }
  }

  record Null() implements JsonInput {
    @Override
    public String asSent() {
      return "null";
    }

    @Override
    public LocalizedText kind() {
      return LocalizedText.of("null", "null");
    }
  }

  /** An object: its fields in order, and the names it gave more than once. */
  record Obj(Map<String, JsonInput> fields, Set<String> repeated) implements JsonInput {
    @Override
    public String asSent() {
      return "{…}";
    }

    @Override
    public LocalizedText kind() {
      return AdapterMessages.text("rest.kind.object");
    }
  }

  record Arr(List<JsonInput> items) implements JsonInput {
    @Override
    public String asSent() {
      return "[…]";
    }

    @Override
    public LocalizedText kind() {
      return AdapterMessages.text("rest.kind.array");
    }
  }

  /** The body, or an {@code InvalidInputException} at {@code body} for malformed JSON. */
  static JsonInput parse(String body) {
    if (body == null || body.isBlank()) {
      throw Bodies.missing();
    }
    try (JsonParser p = Json.createParser(new StringReader(body))) {
      if (!p.hasNext()) {
        throw Bodies.missing();
      }
      JsonInput value = value(p, p.next(), 0);
      if (p.hasNext()) {
        p.next(); // a second value: the parser reports where
      }
      return value;
    } catch (JsonParsingException e) {
      throw malformed(e.getLocation());
    } catch (java.util.NoSuchElementException | IllegalStateException e) {
      throw malformed(null);
    }
  }

  private static JsonInput value(JsonParser p, JsonParser.Event e, int depth) {
    return switch (e) {
      case VALUE_STRING -> new Text(p.getString());
      case VALUE_NUMBER -> new Number(p.getString());
      case VALUE_TRUE -> new Bool(true);
      case VALUE_FALSE -> new Bool(false);
      case VALUE_NULL -> new Null();
      case START_OBJECT -> object(p, depth + 1);
      case START_ARRAY -> array(p, depth + 1);
      default -> throw malformed(p.getLocation());
    };
  }

  private static Obj object(JsonParser p, int depth) {
    tooDeep(depth);
    Map<String, JsonInput> fields = new LinkedHashMap<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_OBJECT; e = p.next()) {
      String key = p.getString();
      JsonInput v = value(p, p.next(), depth);
      if (fields.putIfAbsent(key, v) != null) {
        repeated.add(key);
      }
    }
    return new Obj(fields, repeated);
  }

  private static Arr array(JsonParser p, int depth) {
    tooDeep(depth);
    List<JsonInput> items = new ArrayList<>();
    for (JsonParser.Event e = p.next(); e != JsonParser.Event.END_ARRAY; e = p.next()) {
      items.add(value(p, e, depth));
    }
    return new Arr(items);
  }

  private static void tooDeep(int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidInputException(
          "request body",
          List.of(
              new Problem("body", AdapterMessages.text("rest.jsonNestsDeeperLevels", MAX_DEPTH))));
    }
  }

  private static InvalidInputException malformed(JsonLocation at) {
    LocalizedText reason =
        at == null || at.getLineNumber() < 1
            ? AdapterMessages.text("rest.malformedJson")
            : AdapterMessages.text(
                "rest.malformedJsonLineColumn", at.getLineNumber(), at.getColumnNumber());
    return new InvalidInputException("request body", List.of(new Problem("body", reason)));
  }
}
