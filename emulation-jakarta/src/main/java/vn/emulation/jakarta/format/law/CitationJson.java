package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.STRING;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;

import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.Confidence;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.format.plan.JsonText;

/** A citation: {@code {"text", "provision", "confidence", "note"?, "source"?}}. */
final class CitationJson {

  private CitationJson() {}

  /** The citation in the object {@code name} of {@code f}; {@code null} when faulty. */
  static Citation read(JsonFields f, String name) {
    JsonFields c = f.object(name);
    if (c == null) {
      return null;
    }
    String text = c.required("text", CODE);
    String provision = c.required("provision", STRING);
    Confidence confidence = c.required("confidence", oneOf(Confidence.class));
    LocalizedText note = optionalText(c, "note");
    String source = c.optional("source", STRING);
    c.rejectUnknown();
    return allPresent(text, provision, confidence)
        ? new Citation(text, provision, confidence, note, source)
        : null;
  }

  /** A text {@code {"vi", "en"?}} that may be left out, or {@code null}. */
  static LocalizedText optionalText(JsonFields f, String name) {
    JsonFields t = f.optionalObject(name);
    if (t == null) {
      return null;
    }
    String vi = t.required("vi", STRING);
    String en = t.optional("en", STRING);
    t.rejectUnknown();
    return vi == null ? null : LocalizedText.of(vi, en);
  }

  static Map<String, Object> write(Citation c) {
    Map<String, Object> o = JsonText.object();
    o.put("text", c.text());
    o.put("provision", c.provision());
    o.put("confidence", c.confidence().name());
    if (c.note() != null) {
      o.put("note", JsonText.text(c.note()));
    }
    if (c.source() != null) {
      o.put("source", c.source());
    }
    return o;
  }
}
