package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.PLAN_CODE;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.law.LawRuleSet;
import vn.emulation.core.law.LawRuleSetBuilder;
import vn.emulation.core.law.LawVersion;
import vn.emulation.jakarta.format.plan.JsonFields;

/**
 * Reads a rule set of the law ({@code emulation-law/1}, {@code docs/law-format.md}) into a {@link
 * LawRuleSet}. Nothing is half-read: the reader returns the whole, valid rule set or throws one
 * {@link InvalidInputException} listing every problem, each at its path in the document ({@code
 * versions[1].forms[3].dossier.sets}). Structural problems come first (malformed JSON, types,
 * missing and unknown fields, codes, enumeration values, dates); only a structurally sound document
 * goes on to the core's validation ({@code LawRuleSetBuilder.build()}), whose paths are the
 * document's, since every element was read in order. Immutable and thread-safe.
 */
public final class LawJsonReader {

  /** The one format this adapter reads and writes. */
  public static final String FORMAT = "emulation-law/1";

  private static final String WHAT = "law file";

  /** Reads a UTF-8 rule set file, and closes the stream. */
  public LawRuleSet read(InputStream in) {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
  }

  public LawRuleSet read(String json) {
    return read(new StringReader(json));
  }

  /** Reads a rule set from characters; a leading byte-order mark is skipped. */
  public LawRuleSet read(Reader in) {
    ProblemCollector problems = new ProblemCollector();
    JsonFields doc = JsonInput.root(in, problems);
    problems.throwIfAny(WHAT);
    JsonInput.format(doc, FORMAT);
    String code = doc.required("code", PLAN_CODE);
    LocalizedText name = doc.text("name");
    List<LawVersion> versions = doc.objects("versions", VersionJson::read);
    doc.rejectUnknown();
    problems.throwIfAny(WHAT);

    LawRuleSetBuilder set = LawRuleSet.builder(code, name);
    versions.forEach(set::version);
    return set.build();
  }
}
