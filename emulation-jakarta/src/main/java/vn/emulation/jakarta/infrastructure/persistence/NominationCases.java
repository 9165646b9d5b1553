package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.procedure.nomination.Appraisal;
import vn.emulation.core.procedure.nomination.AppraisalDecision;
import vn.emulation.core.procedure.nomination.Dossier;
import vn.emulation.core.procedure.nomination.DossierDocument;
import vn.emulation.core.procedure.nomination.NominatedOccasion;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.core.procedure.nomination.NominationState;
import vn.emulation.core.procedure.nomination.VerdictReference;
import vn.emulation.jakarta.application.procedure.StoredNomination;

/**
 * A nomination as a stored case and back: the case's columns from the nomination's own accessors,
 * its other fields (occasion with the years it covers, participant, the plan's and the law's form,
 * the dossier's sets, documents and files, the stored verdict's reference, every appraisal) as the
 * JSON body; the shared columns and the log are {@link CaseRows}'. Reading back goes through {@link
 * Nomination#restore}, which refuses a case no command could have made. Stateless.
 */
final class NominationCases {

  static final String KIND = Nomination.LIFECYCLE.kind();

  /** The mapping {@link JdbcNominationRepository} stores with. */
  static final CaseMapper<StoredNomination> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(StoredNomination n) {
          return NominationCases.stored(n);
        }

        @Override
        public StoredNomination restored(CaseRepository.StoredCase stored) {
          return nomination(stored);
        }
      };

  private NominationCases() {}

  static CaseRepository.StoredCase stored(StoredNomination s) {
    Nomination n = s.nomination();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("occasion", occasion(n.occasion()))
            .add("participantId", n.participantId())
            .add("awardFormCode", n.awardFormCode())
            .add("lawFormCode", n.lawFormCode())
            .add("dossier", dossier(n.dossier()));
    n.verdict().ifPresent(v -> body.add("verdict", verdict(v)));
    JsonArrayBuilder appraisals = Json.createArrayBuilder();
    n.appraisals().forEach(a -> appraisals.add(appraisal(a)));
    body.add("appraisals", appraisals);
    return CaseRows.stored(
        KIND, n.id(), s.planCode(), n.unitCode(), s.openedBy(), s.openedAt(), n.log(), body);
  }

  static StoredNomination nomination(CaseRepository.StoredCase c) {
    JsonObject body = CaseRows.body(c);
    Nomination n =
        Nomination.restore(
            c.id(),
            occasion(body.getJsonObject("occasion")),
            c.unitCode(),
            body.getString("participantId"),
            body.getString("awardFormCode"),
            body.getString("lawFormCode"),
            dossier(body.getJsonObject("dossier")),
            body.containsKey("verdict") ? verdict(body.getJsonObject("verdict")) : null,
            body.getJsonArray("appraisals").getValuesAs(JsonObject.class).stream()
                .map(NominationCases::appraisal)
                .toList(),
            CaseRows.log(c, NominationState.class));
    return new StoredNomination(c.planCode(), n, c.openedBy(), c.openedAt());
  }

  private static JsonObjectBuilder occasion(NominatedOccasion o) {
    return Json.createObjectBuilder()
        .add("code", o.code())
        .add("type", o.type().name())
        .add("firstYear", o.covered().first())
        .add("lastYear", o.covered().last());
  }

  private static NominatedOccasion occasion(JsonObject o) {
    return new NominatedOccasion(
        o.getString("code"),
        OccasionType.valueOf(o.getString("type")),
        YearPeriod.of(o.getInt("firstYear"), o.getInt("lastYear")));
  }

  private static JsonObjectBuilder dossier(Dossier d) {
    JsonArrayBuilder documents = Json.createArrayBuilder();
    for (DossierDocument doc : d.documents()) {
      JsonArrayBuilder files = Json.createArrayBuilder();
      doc.files().forEach(f -> files.add(CaseRows.file(f)));
      documents.add(Json.createObjectBuilder().add("itemCode", doc.itemCode()).add("files", files));
    }
    return Json.createObjectBuilder().add("sets", d.sets()).add("documents", documents);
  }

  private static Dossier dossier(JsonObject d) {
    return new Dossier(
        d.getInt("sets"),
        d.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
            .map(
                doc ->
                    new DossierDocument(
                        doc.getString("itemCode"),
                        doc.getJsonArray("files").getValuesAs(JsonObject.class).stream()
                            .map(CaseRows::file)
                            .toList()))
            .toList());
  }

  private static JsonObjectBuilder verdict(VerdictReference v) {
    return Json.createObjectBuilder()
        .add("runId", v.runId())
        .add("participantId", v.participantId())
        .add("occasionCode", v.occasionCode())
        .add("awardFormCode", v.awardFormCode())
        .add("outcome", v.outcome().name())
        .add("explanationRef", v.explanationRef());
  }

  private static VerdictReference verdict(JsonObject v) {
    return new VerdictReference(
        v.getString("runId"),
        v.getString("participantId"),
        v.getString("occasionCode"),
        v.getString("awardFormCode"),
        Outcome.valueOf(v.getString("outcome")),
        v.getString("explanationRef"));
  }

  private static JsonObjectBuilder appraisal(Appraisal a) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("decision", a.decision().name())
            .add("appraiser", a.appraiser())
            .add("at", a.at().toString())
            .add("departsFromVerdict", a.departsFromVerdict());
    a.reasonIfAny().ifPresent(r -> o.add("reason", r));
    a.departureReasonIfAny().ifPresent(r -> o.add("departureReason", r));
    a.correctionDueOnIfAny().ifPresent(d -> o.add("correctionDueOn", d.toString()));
    return o;
  }

  private static Appraisal appraisal(JsonObject a) {
    return new Appraisal(
        AppraisalDecision.valueOf(a.getString("decision")),
        a.getString("appraiser"),
        Instant.parse(a.getString("at")),
        text(a, "reason"),
        a.getBoolean("departsFromVerdict"),
        text(a, "departureReason"),
        a.containsKey("correctionDueOn") ? LocalDate.parse(a.getString("correctionDueOn")) : null);
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
  }
}
