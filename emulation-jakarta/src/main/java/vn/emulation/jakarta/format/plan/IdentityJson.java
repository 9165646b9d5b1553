package vn.emulation.jakarta.format.plan;

import static vn.emulation.jakarta.format.plan.FieldType.DATE;
import static vn.emulation.jakarta.format.plan.FieldType.PLAN_CODE;
import static vn.emulation.jakarta.format.plan.FieldType.STRING;
import static vn.emulation.jakarta.format.plan.FieldType.integer;
import static vn.emulation.jakarta.format.plan.FieldType.oneOf;
import static vn.emulation.jakarta.format.plan.JsonFields.allPresent;
import static vn.emulation.jakarta.format.plan.JsonText.list;
import static vn.emulation.jakarta.format.plan.JsonText.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Amendment;
import vn.emulation.core.plan.LegalBasis;
import vn.emulation.core.plan.PlanIdentity;
import vn.emulation.core.plan.PlanStatus;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The head of a plan file: its format, then who issued which plan, when, on what grounds, for which
 * period, and the amendments that led to this version.
 */
final class IdentityJson {

  /** The one format this adapter reads and writes. */
  static final String FORMAT = "emulation-plan/1";

  private IdentityJson() {}

  /** Checks the format and reads the identity; {@code null} if any part of it is faulty. */
  static PlanIdentity read(JsonFields doc) {
    String format = doc.required("format", STRING);
    if (format != null && !format.equals(FORMAT)) {
      doc.problem("format", AdapterMessages.text("plan.unsupportedFormatExpected", format, FORMAT));
    }
    String code = doc.required("code", PLAN_CODE);
    Integer version = doc.required("version", integer(1));
    String documentNumber = doc.nullable("documentNumber", STRING);
    LocalizedText issuer = doc.text("issuer");
    LocalDate issuedOn = doc.nullable("issuedOn", DATE);
    LocalizedText title = doc.text("title");
    LocalizedText movement = doc.text("movement");
    LocalizedText theme = doc.text("theme");
    YearPeriod period = period(doc.object("period"));
    PlanStatus status = doc.required("status", oneOf(PlanStatus.class));
    List<LegalBasis> legalBases = doc.objects("legalBases", IdentityJson::legalBasis);
    List<Amendment> amendments = doc.objects("amendments", IdentityJson::amendment);
    if (!allPresent(
        code, version, issuer, title, movement, theme, period, status, legalBases, amendments)) {
      return null;
    }
    return doc.construct(
        () ->
            new PlanIdentity(
                code,
                version,
                documentNumber,
                issuer,
                issuedOn,
                title,
                movement,
                theme,
                period,
                status,
                legalBases,
                amendments));
  }

  private static YearPeriod period(JsonFields f) {
    if (f == null) {
      return null;
    }
    Integer first = f.required("first", integer(1));
    Integer last = f.required("last", integer(1));
    f.rejectUnknown();
    return allPresent(first, last) ? f.construct(() -> new YearPeriod(first, last)) : null;
  }

  private static LegalBasis legalBasis(JsonFields f) {
    String reference = f.required("reference", STRING);
    LocalizedText title = f.text("title");
    return allPresent(reference, title) ? new LegalBasis(reference, title) : null;
  }

  private static Amendment amendment(JsonFields f) {
    Integer version = f.required("version", integer(2));
    LocalDate decidedOn = f.required("decidedOn", DATE);
    String decisionReference = f.nullable("decisionReference", STRING);
    LocalizedText summary = f.text("summary");
    return allPresent(version, decidedOn, summary)
        ? new Amendment(version, decidedOn, decisionReference, summary)
        : null;
  }

  /** Writes the head in the documented order, {@code format} first. */
  static void write(PlanIdentity identity, Map<String, Object> doc) {
    doc.put("format", FORMAT);
    doc.put("code", identity.code());
    doc.put("version", identity.version());
    doc.put("documentNumber", identity.documentNumber());
    doc.put("issuer", text(identity.issuer()));
    doc.put("issuedOn", identity.issuedOn() == null ? null : identity.issuedOn().toString());
    doc.put("title", text(identity.title()));
    doc.put("movement", text(identity.movement()));
    doc.put("theme", text(identity.theme()));
    Map<String, Object> period = JsonText.object();
    period.put("first", identity.period().first());
    period.put("last", identity.period().last());
    doc.put("period", period);
    doc.put("status", identity.status().name());
    doc.put(
        "legalBases",
        list(
            identity.legalBases(),
            b -> {
              Map<String, Object> o = JsonText.object();
              o.put("reference", b.reference());
              o.put("title", text(b.title()));
              return o;
            }));
    doc.put(
        "amendments",
        list(
            identity.amendments(),
            a -> {
              Map<String, Object> o = JsonText.object();
              o.put("version", a.version());
              o.put("decidedOn", a.decidedOn().toString());
              o.put("decisionReference", a.decisionReference());
              o.put("summary", text(a.summary()));
              return o;
            }));
  }
}
