package vn.emulation.jakarta.format.plan;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Parses exactly one JSON document into the JSON-P object model, refusing what the object model
 * readers let through silently: a name given twice in one object (which value would count?) and
 * content after the document, and nesting deeper than {@value #MAX_DEPTH} levels (a plan is a
 * handful deep; a document a thousand deep is an attack on the parser's stack, which Parsson
 * answers with a bare {@code RuntimeException}). Thread-safe.
 */
public final class JsonDocument {

  /** The deepest nesting of objects and arrays a document may have. */
  public static final int MAX_DEPTH = 64;

  private final JsonParserFactory parsers = Json.createParserFactory(Map.of());
  private final JsonBuilderFactory builders = Json.createBuilderFactory(Map.of());

  /**
   * The document's value.
   *
   * @throws JsonParsingException where the text is not one well-formed JSON value
   * @throws jakarta.json.JsonException when the text cannot be read at all
   */
  public JsonValue parse(Reader in) {
    try (JsonParser parser = parsers.createParser(in)) {
      if (!parser.hasNext()) {
        throw new JsonParsingException("The document is empty", parser.getLocation());
      }
      JsonValue value = value(parser, parser.next(), 1);
      if (parser.hasNext()) {
        throw new JsonParsingException(
            "Content after the end of the document", parser.getLocation());
      }
      return value;
    }
  }

  private JsonValue value(JsonParser parser, Event event, int depth) {
    if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
      if (depth > MAX_DEPTH) {
        throw new TooDeep(parser.getLocation());
      }
    }
    if (event == Event.START_OBJECT) {
      return object(parser, depth);
    }
    if (event == Event.START_ARRAY) {
      JsonArrayBuilder array = builders.createArrayBuilder();
      for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
        array.add(value(parser, e, depth + 1));
      }
      return array.build();
    }
    return parser.getValue();
  }

  private JsonValue object(JsonParser parser, int depth) {
    JsonObjectBuilder object = builders.createObjectBuilder();
    Set<String> names = new HashSet<>();
    for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
      String name = parser.getString();
      if (!names.add(name)) {
        throw new JsonParsingException(
            "The name \"" + name + "\" appears twice in one object", parser.getLocation());
      }
      object.add(name, value(parser, parser.next(), depth + 1));
    }
    return object.build();
  }

  /** A document nested deeper than {@value #MAX_DEPTH} levels. */
  public static final class TooDeep extends JsonParsingException {

    private static final long serialVersionUID = 1L;

    TooDeep(jakarta.json.stream.JsonLocation at) {
      super("Nested deeper than " + MAX_DEPTH + " levels", at);
    }
  }
}
