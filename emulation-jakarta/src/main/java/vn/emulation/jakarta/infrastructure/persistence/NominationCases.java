package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.award.OccasionType;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Transition;
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
 * JSON body, its log as the transitions. Reading back goes through {@link Nomination#restore},
 * which refuses a case no command could have made. Stateless.
 */
final class NominationCases {

  static final String KIND = Nomination.LIFECYCLE.kind();

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
    List<CaseRepository.StoredTransition> ts = new ArrayList<>();
    List<Transition<NominationState>> log = n.log().transitions();
    for (int i = 0; i < log.size(); i++) {
      Transition<NominationState> t = log.get(i);
      ts.add(
          new CaseRepository.StoredTransition(
              i + 1, t.command(), t.from().name(), t.to().name(), t.actor(), t.at(), t.reason()));
    }
    return new CaseRepository.StoredCase(
        n.id(),
        KIND,
        s.planCode(),
        n.unitCode(),
        n.state().name(),
        n.version(),
        s.openedBy(),
        s.openedAt(),
        body.build().toString(),
        ts);
  }

  static StoredNomination nomination(CaseRepository.StoredCase c) {
    JsonObject body;
    try (var reader = Json.createReader(new StringReader(c.body()))) {
      body = reader.readObject();
    }
    List<Transition<NominationState>> log =
        c.transitions().stream()
            .map(
                t ->
                    new Transition<>(
                        t.command(),
                        NominationState.valueOf(t.from()),
                        NominationState.valueOf(t.to()),
                        t.actor(),
                        t.at(),
                        t.reason()))
            .toList();
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
            new CaseLog<>(NominationState.valueOf(c.state()), c.version(), log));
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
      doc.files().forEach(f -> files.add(file(f)));
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
                            .map(NominationCases::file)
                            .toList()))
            .toList());
  }

  private static JsonObjectBuilder file(FileReference f) {
    return Json.createObjectBuilder()
        .add("name", f.name())
        .add("mediaType", f.mediaType())
        .add("size", f.size())
        .add("sha256", f.sha256());
  }

  private static FileReference file(JsonObject f) {
    return new FileReference(
        f.getString("name"),
        f.getString("mediaType"),
        f.getJsonNumber("size").longValueExact(),
        f.getString("sha256"));
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
