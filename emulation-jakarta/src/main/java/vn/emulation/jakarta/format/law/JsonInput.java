package vn.emulation.jakarta.format.law;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.format.plan.JsonDocument;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * One JSON document of the law's formats, parsed as strictly as a plan file: malformed text with
 * its line and column, names given twice, content after the end, too deep a nesting, and a document
 * that is no object, each as a problem at {@code $}.
 */
final class JsonInput {

  private static final JsonDocument DOCUMENTS = new JsonDocument();

  private JsonInput() {}

  /** The document's fields, or {@code null} with the problem recorded. */
  static JsonFields root(Reader in, ProblemCollector problems) {
    JsonValue document = parse(in, problems);
    if (document == null) {
      return null;
    }
    if (document.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add("$", AdapterMessages.text("plan.documentJsonObject"));
      return null;
    }
    return JsonFields.root(document.asJsonObject(), problems);
  }

  private static JsonValue parse(Reader in, ProblemCollector problems) {
    try {
      return DOCUMENTS.parse(withoutByteOrderMark(in));
    } catch (JsonDocument.TooDeep e) {
      problems.add(
          "$", AdapterMessages.text("plan.documentNestedDeeperLevels", JsonDocument.MAX_DEPTH));
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      if (at == null) {
        problems.add("$", AdapterMessages.text("plan.malformedJson", e.getMessage()));
      } else {
        problems.add(
            "$",
            AdapterMessages.text(
                "plan.malformedJsonLineColumn",
                at.getLineNumber(),
                at.getColumnNumber(),
                e.getMessage()));
      }
    } catch (JsonException | IOException e) {
      problems.add("$", AdapterMessages.text("plan.cannotReadDocumentNot"));
    }
    return null;
  }

  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /** Checks the document's {@code format} field. */
  static void format(JsonFields doc, String expected) {
    String format = doc.required("format", vn.emulation.jakarta.format.plan.FieldType.STRING);
    if (format != null && !format.equals(expected)) {
      doc.problem(
          "format", AdapterMessages.text("plan.unsupportedFormatExpected", format, expected));
    }
  }
}
