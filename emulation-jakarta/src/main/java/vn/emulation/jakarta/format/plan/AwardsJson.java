package vn.emulation.jakarta.format.plan;

import static vn.emulation.jakarta.format.plan.FieldType.BOOLEAN;
import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.DATE;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;
import static vn.emulation.jakarta.format.plan.JsonText.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.emulation.core.award.AwardForm;
import vn.emulation.core.award.AwardLevel;
import vn.emulation.core.award.DossierComponent;
import vn.emulation.core.award.Occasion;
import vn.emulation.core.award.OccasionCriteria;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.participant.ParticipantKind;

/** What can be won (award forms with their dossiers and criteria) and when (occasions). */
final class AwardsJson {

  private AwardsJson() {}

  static AwardForm awardForm(JsonFields f) {
    String code = f.required("code", CODE);
    LocalizedText name = f.text("name");
    LocalizedText grantedBy = f.text("grantedBy");
    AwardLevel level = f.required("level", oneOf(AwardLevel.class));
    Boolean decidedLocally = f.required("decidedLocally", BOOLEAN);
    Set<ParticipantKind> recipients = f.set("recipients", oneOf(ParticipantKind.class));
    Integer copies = f.required("copies", integer(1));
    List<DossierComponent> dossier = f.objects("dossier", AwardsJson::dossierComponent);
    List<String> criteria = f.list("criteria", CODE);
    List<OccasionCriteria> byOccasion =
        f.optionalObjects("occasionCriteria", AwardsJson::occasionCriteria);
    String lawForm = f.optional("lawForm", CODE);
    return allPresent(
            code,
            name,
            grantedBy,
            level,
            decidedLocally,
            recipients,
            copies,
            dossier,
            criteria,
            byOccasion)
        ? new AwardForm(
            code,
            name,
            grantedBy,
            level,
            decidedLocally,
            recipients,
            copies,
            dossier,
            criteria,
            byOccasion,
            lawForm)
        : null;
  }

  private static OccasionCriteria occasionCriteria(JsonFields f) {
    Set<OccasionType> occasions = f.set("occasions", oneOf(OccasionType.class));
    List<String> criteria = f.list("criteria", CODE);
    return allPresent(occasions, criteria) ? new OccasionCriteria(occasions, criteria) : null;
  }

  private static DossierComponent dossierComponent(JsonFields f) {
    String code = f.required("code", CODE);
    LocalizedText name = f.text("name");
    return allPresent(code, name) ? new DossierComponent(code, name) : null;
  }

  static Map<String, Object> awardForm(AwardForm a) {
    Map<String, Object> o = JsonText.object();
    o.put("code", a.code());
    a.lawFormIfAny().ifPresent(law -> o.put("lawForm", law));
    o.put("name", text(a.name()));
    o.put("grantedBy", text(a.grantedBy()));
    o.put("level", a.level().name());
    o.put("decidedLocally", a.decidedLocally());
    o.put("recipients", PlanJsonWriter.inOrder(a.recipients()));
    o.put("copies", a.copies());
    o.put(
        "dossier",
        JsonText.list(
            a.dossier(),
            d -> {
              Map<String, Object> component = JsonText.object();
              component.put("code", d.code());
              component.put("name", text(d.name()));
              return component;
            }));
    o.put("criteria", List.copyOf(a.criterionCodes()));
    if (!a.occasionCriteria().isEmpty()) {
      o.put(
          "occasionCriteria",
          JsonText.list(
              a.occasionCriteria(),
              g -> {
                Map<String, Object> group = JsonText.object();
                group.put("occasions", PlanJsonWriter.inOrder(g.occasions()));
                group.put("criteria", List.copyOf(g.criterionCodes()));
                return group;
              }));
    }
    return o;
  }

  static Occasion occasion(JsonFields f) {
    String code = f.required("code", CODE);
    OccasionType type = f.required("type", oneOf(OccasionType.class));
    LocalizedText name = f.text("name");
    Integer year = f.required("year", integer(1));
    Integer milestoneYear = f.required("milestoneYear", integer(1));
    LocalDate heldFrom = f.required("heldFrom", DATE);
    LocalDate heldUntil = f.required("heldUntil", DATE);
    List<String> awardForms = f.list("awardForms", CODE);
    return allPresent(code, type, name, year, milestoneYear, heldFrom, heldUntil, awardForms)
        ? new Occasion(code, type, name, year, milestoneYear, heldFrom, heldUntil, awardForms)
        : null;
  }

  static Map<String, Object> occasion(Occasion o) {
    Map<String, Object> json = JsonText.object();
    json.put("code", o.code());
    json.put("type", o.type().name());
    json.put("name", text(o.name()));
    json.put("year", o.year());
    json.put("milestoneYear", o.milestoneYear());
    json.put("heldFrom", o.heldFrom().toString());
    json.put("heldUntil", o.heldUntil().toString());
    json.put("awardForms", List.copyOf(o.awardFormCodes()));
    return json;
  }
}
