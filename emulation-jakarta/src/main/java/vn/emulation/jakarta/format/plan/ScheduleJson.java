package vn.emulation.jakarta.format.plan;

import static vn.emulation.jakarta.format.plan.FieldType.CODE;
import static vn.emulation.jakarta.format.plan.FieldType.DATE;
import static vn.emulation.jakarta.format.plan.FieldType.DECIMAL;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;
import static vn.emulation.jakarta.format.plan.JsonText.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.plan.Deadline;
import vn.emulation.core.plan.Milestone;
import vn.emulation.core.plan.PlanParameter;

/**
 * The plan's calendar and open numbers: milestones (the years targets are due), deadlines (the
 * timeline) and parameters (numbers left to be set, {@code null} until they are).
 */
final class ScheduleJson {

  private ScheduleJson() {}

  static Milestone milestone(JsonFields f) {
    Integer year = f.required("year", integer(1));
    LocalizedText name = f.text("name");
    return allPresent(year, name) ? new Milestone(year, name) : null;
  }

  static Map<String, Object> milestone(Milestone m) {
    Map<String, Object> o = JsonText.object();
    o.put("year", m.year());
    o.put("name", text(m.name()));
    return o;
  }

  static Deadline deadline(JsonFields f) {
    String code = f.required("code", CODE);
    LocalizedText name = f.text("name");
    LocalDate dueOn = f.required("dueOn", DATE);
    return allPresent(code, name, dueOn) ? new Deadline(code, name, dueOn) : null;
  }

  static Map<String, Object> deadline(Deadline d) {
    Map<String, Object> o = JsonText.object();
    o.put("code", d.code());
    o.put("name", text(d.name()));
    o.put("dueOn", d.dueOn().toString());
    return o;
  }

  static PlanParameter parameter(JsonFields f) {
    String code = f.required("code", CODE);
    LocalizedText name = f.text("name");
    BigDecimal value = f.nullable("value", DECIMAL);
    return allPresent(code, name) ? new PlanParameter(code, name, value) : null;
  }

  /** Writes {@code "value": null} for a parameter not yet set, so the gap stays visible. */
  static Map<String, Object> parameter(PlanParameter p) {
    Map<String, Object> o = JsonText.object();
    o.put("code", p.code());
    o.put("name", text(p.name()));
    o.put("value", p.value());
    return o;
  }
}
