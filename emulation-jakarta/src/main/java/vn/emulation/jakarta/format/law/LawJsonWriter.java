package vn.emulation.jakarta.format.law;

import java.util.Map;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.jakarta.format.plan.JsonText;

/**
 * Writes a {@link LawRuleSet} as a file of {@code emulation-law/1}: UTF-8, pretty-printed, fields
 * in the documented order, lists in the rule set's order, sets (recipients, types) in enumeration
 * order, so that writing twice gives the same text and reading what was written gives an equal rule
 * set. Immutable and thread-safe.
 */
public final class LawJsonWriter {

  /** The rule set as text, ending with a newline. */
  public String write(LawRuleSet law) {
    Map<String, Object> doc = JsonText.object();
    doc.put("format", LawJsonReader.FORMAT);
    doc.put("code", law.code());
    doc.put("name", JsonText.text(law.name()));
    doc.put("versions", JsonText.list(law.versions(), VersionJson::write));
    return JsonText.print(doc);
  }
}
