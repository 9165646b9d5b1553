package vn.emulation.jakarta.format.law;

import static vn.emulation.jakarta.format.plan.FieldType.BOOLEAN;
import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.law.Announcement;
import vn.emulation.core.law.Authority;
import vn.emulation.core.law.Citation;
import vn.emulation.core.law.DossierItem;
import vn.emulation.core.law.DossierRule;
import vn.emulation.core.law.FormKind;
import vn.emulation.core.law.FormRule;
import vn.emulation.core.law.Office;
import vn.emulation.core.law.Prerequisite;
import vn.emulation.core.law.Recipient;
import vn.emulation.jakarta.format.plan.JsonFields;
import vn.emulation.jakarta.format.plan.JsonText;

/** An award form: recipients, authorities, dossier, prerequisites, announcement, basis. */
final class FormJson {

  private FormJson() {}

  static FormRule read(JsonFields f) {
    String code = f.required("code", CODE);
    FormKind kind = f.required("kind", oneOf(FormKind.class));
    LocalizedText name = f.text("name");
    Set<Recipient> recipients = f.set("recipients", oneOf(Recipient.class));
    List<Authority> authorities = f.objects("authorities", FormJson::authority);
    DossierRule dossier = dossier(f.object("dossier"));
    JsonFields p = f.optionalObject("prerequisites");
    Prerequisite prerequisites = p == null ? null : p.construct(() -> PrerequisiteJson.read(p));
    if (p != null) {
      p.rejectUnknown();
    }
    JsonFields a = f.optionalObject("announcement");
    Announcement announcement = a == null ? null : announcement(a);
    Citation basis = CitationJson.read(f, "basis");
    boolean sound =
        allPresent(code, kind, name, recipients, authorities, dossier, basis)
            && (p == null || prerequisites != null)
            && (a == null || announcement != null);
    return sound
        ? new FormRule(
            code, kind, name, recipients, authorities, dossier, prerequisites, announcement, basis)
        : null;
  }

  private static Authority authority(JsonFields f) {
    Office office = f.required("office", oneOf(Office.class));
    Citation citation = CitationJson.read(f, "citation");
    return allPresent(office, citation) ? new Authority(office, citation) : null;
  }

  private static DossierRule dossier(JsonFields f) {
    if (f == null) {
      return null;
    }
    List<DossierItem> items = f.objects("items", FormJson::item);
    Integer sets = f.nullable("sets", integer(1));
    Boolean electronic = f.required("electronicFiles", BOOLEAN);
    Citation citation = CitationJson.read(f, "citation");
    f.rejectUnknown();
    return allPresent(items, electronic, citation)
        ? new DossierRule(items, sets, electronic, citation)
        : null;
  }

  private static DossierItem item(JsonFields f) {
    String code = f.required("code", CODE);
    LocalizedText name = f.text("name");
    boolean conditional = f.flag("conditional", false);
    Citation citation = CitationJson.read(f, "citation");
    return allPresent(code, name, citation)
        ? new DossierItem(code, name, conditional, citation)
        : null;
  }

  private static Announcement announcement(JsonFields f) {
    Integer days = f.required("workingDays", integer(1));
    Citation citation = CitationJson.read(f, "citation");
    f.rejectUnknown();
    return allPresent(days, citation) ? new Announcement(days, citation) : null;
  }

  static Map<String, Object> write(FormRule r) {
    Map<String, Object> o = JsonText.object();
    o.put("code", r.code());
    o.put("kind", r.kind().name());
    o.put("name", JsonText.text(r.name()));
    o.put("recipients", r.recipients().stream().sorted().map(Enum::name).toList());
    o.put(
        "authorities",
        JsonText.list(
            r.authorities(),
            a -> {
              Map<String, Object> json = JsonText.object();
              json.put("office", a.office().name());
              json.put("citation", CitationJson.write(a.citation()));
              return json;
            }));
    Map<String, Object> dossier = JsonText.object();
    dossier.put(
        "items",
        JsonText.list(
            r.dossier().items(),
            i -> {
              Map<String, Object> json = JsonText.object();
              json.put("code", i.code());
              json.put("name", JsonText.text(i.name()));
              if (i.conditional()) {
                json.put("conditional", true);
              }
              json.put("citation", CitationJson.write(i.citation()));
              return json;
            }));
    dossier.put("sets", r.dossier().sets());
    dossier.put("electronicFiles", r.dossier().electronicFiles());
    dossier.put("citation", CitationJson.write(r.dossier().citation()));
    o.put("dossier", dossier);
    if (r.prerequisites() != null) {
      o.put("prerequisites", PrerequisiteJson.write(r.prerequisites()));
    }
    if (r.announcement() != null) {
      Map<String, Object> a = JsonText.object();
      a.put("workingDays", r.announcement().workingDays());
      a.put("citation", CitationJson.write(r.announcement().citation()));
      o.put("announcement", a);
    }
    o.put("basis", CitationJson.write(r.basis()));
    return o;
  }
}
