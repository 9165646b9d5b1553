package vn.emulation.jakarta.format.document;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.document.DeciderSetting;
import vn.emulation.core.document.Issuer;
import vn.emulation.core.document.Signatory;
import vn.emulation.core.document.SubmitterSetting;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A city's document template, {@code emulation-documents/1} (docs/document-template.md): the office
 * that decides and the body that submits, as the core's {@link DeciderSetting} and {@link
 * SubmitterSetting}, and an optional emblem (a PNG) for the certificate. Data a city changes, never
 * code; the built-in one is Rạch Giá's.
 *
 * @param decider the deciding office's letterhead, names, signature block, bases, implementers
 * @param submitter the submitting body's
 * @param emblem the PNG printed at the top of a certificate, if any
 */
public record DocumentTemplate(
    DeciderSetting decider, SubmitterSetting submitter, Optional<byte[]> emblem) {

  public static final String FORMAT = "emulation-documents/1";

  /** The built-in template's resource. */
  public static final String BUILT_IN = "/documents/rach-gia.json";

  /** Rạch Giá's template, shipped in the jar. */
  public static DocumentTemplate builtIn() {
    try (InputStream in = DocumentTemplate.class.getResourceAsStream(BUILT_IN)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the built-in document template cannot be read", e);
    }
  }

  /**
   * Reads a template.
   *
   * @throws InvalidInputException naming every missing or mistyped field at its JSON path
   */
  public static DocumentTemplate read(InputStream in) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(in)) {
      root = reader.readObject();
    } catch (JsonParsingException | ClassCastException e) {
      throw new InvalidInputException(
          "document template",
          List.of(new Problem("", AdapterMessages.text("document.template.notJson"))));
    } catch (jakarta.json.JsonException e) {
      throw new InvalidInputException(
          "document template",
          List.of(new Problem("", AdapterMessages.text("document.template.notJson"))));
    }
    Fields f = new Fields();
    String format = f.text(root, "format");
    if (format != null && !FORMAT.equals(format)) {
      f.problems.add(
          new Problem("format", AdapterMessages.text("document.template.format", FORMAT)));
    }
    String place = f.text(root, "place");
    JsonObject d = f.object(root, "decider");
    JsonObject s = f.object(root, "submitter");
    DeciderSetting decider = null;
    SubmitterSetting submitter = null;
    if (d != null) {
      Issuer issuer = f.issuer(d, "decider");
      String title = f.text(d, "decider.title", "title");
      String name = f.text(d, "decider.name", "name");
      Signatory sign = f.signatory(d, "decider", false);
      List<String> bases = f.texts(d, "decider.bases", "bases");
      List<String> doers = f.texts(d, "decider.implementers", "implementers");
      List<String> recipients = f.texts(d, "decider.recipients", "recipients");
      if (f.problems.isEmpty() && place != null) {
        decider = new DeciderSetting(issuer, place, title, name, sign, bases, doers, recipients);
      }
    }
    if (s != null) {
      Issuer issuer = f.issuer(s, "submitter");
      String name = f.text(s, "submitter.name", "name");
      Signatory sign = f.signatory(s, "submitter", true);
      List<String> recipients = f.texts(s, "submitter.recipients", "recipients");
      if (f.problems.isEmpty() && place != null) {
        submitter = new SubmitterSetting(issuer, place, name, sign, recipients);
      }
    }
    Optional<byte[]> emblem = Optional.empty();
    if (root.containsKey("emblemPng") && !root.isNull("emblemPng")) {
      String b64 = f.text(root, "emblemPng");
      if (b64 != null) {
        try {
          byte[] png = Base64.getMimeDecoder().decode(b64);
          if (png.length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            f.problems.add(
                new Problem("emblemPng", AdapterMessages.text("document.template.emblem")));
          } else {
            emblem = Optional.of(png);
          }
        } catch (IllegalArgumentException e) {
          f.problems.add(
              new Problem("emblemPng", AdapterMessages.text("document.template.emblem")));
        }
      }
    }
    if (!f.problems.isEmpty()) {
      throw new InvalidInputException("document template", f.problems);
    }
    return new DocumentTemplate(decider, submitter, emblem);
  }

  /** Reads a template from its UTF-8 text. */
  public static DocumentTemplate read(String json) {
    return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static final class Fields {
    final List<Problem> problems = new ArrayList<>();

    String text(JsonObject o, String name) {
      return text(o, name, name);
    }

    String text(JsonObject o, String path, String name) {
      JsonValue v = o.get(name);
      if (v instanceof JsonString js && !js.getString().isBlank()) {
        return js.getString().strip();
      }
      problems.add(new Problem(path, AdapterMessages.text("document.template.text")));
      return null;
    }

    String optionalText(JsonObject o, String path, String name) {
      JsonValue v = o.get(name);
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        return "";
      }
      if (v instanceof JsonString js) {
        return js.getString().strip();
      }
      problems.add(new Problem(path, AdapterMessages.text("document.template.text")));
      return "";
    }

    JsonObject object(JsonObject o, String name) {
      JsonValue v = o.get(name);
      if (v instanceof JsonObject jo) {
        return jo;
      }
      problems.add(new Problem(name, AdapterMessages.text("document.template.object")));
      return null;
    }

    List<String> texts(JsonObject o, String path, String name) {
      JsonValue v = o.get(name);
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        return List.of();
      }
      if (!(v instanceof JsonArray a)) {
        problems.add(new Problem(path, AdapterMessages.text("document.template.texts")));
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof JsonString js && !js.getString().isBlank()) {
          out.add(js.getString().strip());
        } else {
          problems.add(
              new Problem(path + "[" + i + "]", AdapterMessages.text("document.template.text")));
        }
      }
      return out;
    }

    Issuer issuer(JsonObject o, String path) {
      String parent = optionalText(o, path + ".parentBody", "parentBody");
      String body = text(o, path + ".body", "body");
      String symbol = text(o, path + ".symbol", "symbol");
      return body == null || symbol == null ? null : new Issuer(parent, body, symbol);
    }

    Signatory signatory(JsonObject o, String path, boolean withName) {
      JsonValue v = o.get("signature");
      if (!(v instanceof JsonObject s)) {
        problems.add(
            new Problem(path + ".signature", AdapterMessages.text("document.template.object")));
        return null;
      }
      String authority = optionalText(s, path + ".signature.authority", "authority");
      String position = text(s, path + ".signature.position", "position");
      String name =
          withName
              ? text(s, path + ".signature.name", "name")
              : optionalText(s, path + ".signature.name", "name");
      return position == null || name == null ? null : new Signatory(authority, position, name);
    }
  }
}
