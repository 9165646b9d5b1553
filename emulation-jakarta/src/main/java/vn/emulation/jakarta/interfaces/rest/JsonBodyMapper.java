package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A request body that JSON-B could not read — malformed JSON, or a value of the wrong type — as a
 * 400 problem naming the field where the binder says which (its messages chain the property names:
 * {@code successor.code}), else the body as a whole, with the line and column of a syntax error.
 * Nothing was stored: the body never reached the application. Open Liberty's JSON-B provider lets
 * the binder's exception through unwrapped, so that is what this maps; a binding failure while
 * writing a response is a server error and stays one.
 */
@Provider
public class JsonBodyMapper implements ExceptionMapper<JsonbException> {

  private static final Logger LOG = Logger.getLogger(JsonBodyMapper.class.getName());
  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
  private static final Pattern RECEIVED =
      Pattern.compile("Received event: (\\w+)\\s*Allowed: \\[([^\\]]*)\\]");

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context jakarta.ws.rs.core.Request request;

  @Override
  public Response toResponse(JsonbException e) {
    if (!whileReading(e)) {
      LOG.log(Level.SEVERE, "cannot write a response on " + (uri == null ? "?" : uri.getPath()), e);
      return Problems.response(
          500,
          "internal",
          AdapterMessages.text("rest.internalError"),
          AdapterMessages.text("rest.errorLoggedTryAgain"),
          List.of(),
          headers,
          uri);
    }
    Throwable json = jsonCause(e);
    vn.emulation.core.common.Problem problem =
        json instanceof JsonParsingException p
            ? new vn.emulation.core.common.Problem("body", syntax(p.getLocation()))
            : new vn.emulation.core.common.Problem(field(json.getMessage()), wrongType(json));
    InvalidInputMapper invalid = new InvalidInputMapper();
    invalid.headers = headers;
    invalid.uri = uri;
    invalid.request = request;
    return invalid.toResponse(
        new vn.emulation.core.common.InvalidInputException("request body", List.of(problem)));
  }

  private static boolean whileReading(Throwable e) {
    return Arrays.stream(e.getStackTrace())
        .anyMatch(
            s -> s.getMethodName().equals("fromJson") || s.getMethodName().equals("readFrom"));
  }

  /** The parser's error if there is one, else the outermost binding error. */
  static Throwable jsonCause(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonParsingException) {
        return t;
      }
    }
    return e;
  }

  /** {@code successor.code} from "Unable to deserialize property 'successor' … 'code' …". */
  static String field(String message) {
    List<String> names = new ArrayList<>();
    Matcher m = PROPERTY.matcher(message == null ? "" : message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }

  private static LocalizedText syntax(JsonLocation at) {
    if (at == null) {
      return AdapterMessages.text("rest.malformedJson");
    }
    if (at.getStreamOffset() < 1) {
      return AdapterMessages.text("rest.requestBodyMissing");
    }
    return AdapterMessages.text(
        "rest.malformedJsonLineColumn", at.getLineNumber(), at.getColumnNumber());
  }

  /** What the binder expected, in words, without its class names. */
  static LocalizedText wrongType(Throwable json) {
    String innermost = json.getMessage();
    for (Throwable t = json; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof JsonbException && t.getMessage() != null) {
        innermost = t.getMessage();
      }
    }
    Matcher m = RECEIVED.matcher(innermost == null ? "" : innermost);
    if (m.find()) {
      String got = Kind.of(m.group(1));
      String wanted =
          m.group(2).contains("START_ARRAY")
              ? "array"
              : m.group(2).contains("START_OBJECT") ? "object" : "value";
      return AdapterMessages.text(
          "rest.wrongTypeExpectedGot",
          Kind.vi(wanted),
          Kind.vi(got),
          Kind.en(wanted),
          Kind.en(got));
    }
    if (innermost != null && innermost.contains("BigDecimal")) {
      return AdapterMessages.text("rest.wrongTypeExpectedNumber");
    }
    return AdapterMessages.text("rest.valueWrongType");
  }

  /** JSON value kinds, named for a reader. */
  private static final class Kind {

    static String of(String event) {
      return switch (event) {
        case "START_ARRAY" -> "array";
        case "START_OBJECT" -> "object";
        case "VALUE_STRING" -> "string";
        case "VALUE_NUMBER" -> "number";
        case "VALUE_TRUE", "VALUE_FALSE" -> "boolean";
        default -> "value";
      };
    }

    static String vi(String kind) {
      return switch (kind) {
        case "array" -> AdapterMessages.text("rest.json.array").vi();
        case "object" -> AdapterMessages.text("rest.json.object").vi();
        case "string" -> AdapterMessages.text("rest.json.string").vi();
        case "number" -> AdapterMessages.text("rest.json.number").vi();
        case "boolean" -> "true/false";
        default -> AdapterMessages.text("rest.json.single").vi();
      };
    }

    static String en(String kind) {
      return switch (kind) {
        case "array" -> AdapterMessages.text("rest.json.array").en();
        case "object" -> AdapterMessages.text("rest.json.object").en();
        case "string" -> AdapterMessages.text("rest.json.string").en();
        case "number" -> AdapterMessages.text("rest.json.number").en();
        case "boolean" -> "true/false";
        default -> AdapterMessages.text("rest.json.single").en();
      };
    }
  }
}
