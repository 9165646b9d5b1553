package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.DATE;
import static vn.emulation.jakarta.format.plan.FieldType.STRING;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.AwardType;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.Exclusion;
import vn.emulation.core.law.ExclusionGround;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.LawVersion;
import vn.emulation.core.law.LegalText;
import vn.emulation.core.law.NonBasis;
import vn.emulation.core.law.OneAchievementOneAward;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.format.plan.JsonText;

/** One version of the rule set: its days, texts, forms, exclusions and principles. */
final class VersionJson {

  private VersionJson() {}

  static LawVersion read(JsonFields f) {
    Integer number = f.required("number", integer(1));
    LocalDate from = f.required("effectiveFrom", DATE);
    LocalDate to = f.nullable("effectiveTo", DATE);
    List<LegalText> texts = f.objects("texts", VersionJson::text);
    List<FormRule> forms = f.objects("forms", FormJson::read);
    List<Exclusion> exclusions = f.objects("exclusions", VersionJson::exclusion);
    NonBasis nonBasis = nonBasis(f.object("nonBasis"));
    OneAchievementOneAward oneAward = oneAward(f.object("oneAward"));
    return allPresent(number, from, texts, forms, exclusions, nonBasis, oneAward)
        ? new LawVersion(number, from, to, texts, forms, exclusions, nonBasis, oneAward)
        : null;
  }

  private static LegalText text(JsonFields f) {
    String code = f.required("code", CODE);
    String reference = f.required("reference", STRING);
    LocalizedText title = f.text("title");
    LocalDate from = f.required("effectiveFrom", DATE);
    LocalDate to = f.nullable("effectiveTo", DATE);
    return allPresent(code, reference, title, from)
        ? new LegalText(code, reference, title, from, to)
        : null;
  }

  private static Exclusion exclusion(JsonFields f) {
    ExclusionGround ground = f.required("ground", oneOf(ExclusionGround.class));
    Citation citation = CitationJson.read(f, "citation");
    return allPresent(ground, citation) ? new Exclusion(ground, citation) : null;
  }

  private static NonBasis nonBasis(JsonFields f) {
    if (f == null) {
      return null;
    }
    Set<AwardType> types = f.set("types", oneOf(AwardType.class));
    Citation citation = CitationJson.read(f, "citation");
    f.rejectUnknown();
    return allPresent(types, citation) ? new NonBasis(types, citation) : null;
  }

  private static OneAchievementOneAward oneAward(JsonFields f) {
    if (f == null) {
      return null;
    }
    Citation citation = CitationJson.read(f, "citation");
    f.rejectUnknown();
    return citation == null ? null : new OneAchievementOneAward(citation);
  }

  static Map<String, Object> write(LawVersion v) {
    Map<String, Object> o = JsonText.object();
    o.put("number", v.number());
    o.put("effectiveFrom", v.effectiveFrom().toString());
    o.put("effectiveTo", v.effectiveTo() == null ? null : v.effectiveTo().toString());
    o.put(
        "texts",
        JsonText.list(
            v.texts(),
            t -> {
              Map<String, Object> json = JsonText.object();
              json.put("code", t.code());
              json.put("reference", t.reference());
              json.put("title", JsonText.text(t.title()));
              json.put("effectiveFrom", t.effectiveFrom().toString());
              json.put("effectiveTo", t.effectiveTo() == null ? null : t.effectiveTo().toString());
              return json;
            }));
    o.put("forms", JsonText.list(v.forms(), FormJson::write));
    o.put(
        "exclusions",
        JsonText.list(
            v.exclusions(),
            e -> {
              Map<String, Object> json = JsonText.object();
              json.put("ground", e.ground().name());
              json.put("citation", CitationJson.write(e.citation()));
              return json;
            }));
    Map<String, Object> nonBasis = JsonText.object();
    nonBasis.put("types", v.nonBasis().types().stream().sorted().map(Enum::name).toList());
    nonBasis.put("citation", CitationJson.write(v.nonBasis().citation()));
    o.put("nonBasis", nonBasis);
    Map<String, Object> oneAward = JsonText.object();
    oneAward.put("citation", CitationJson.write(v.oneAward().citation()));
    o.put("oneAward", oneAward);
    return o;
  }
}
