package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import vn.emulation.core.law.Office;
import vn.emulation.core.procedure.FormGroup;
import vn.emulation.core.procedure.Submission;
import vn.emulation.core.procedure.SubmissionState;
import vn.emulation.jakarta.application.procedure.PlanSubmission;

/**
 * A submission as a stored case of kind "submission" and back (ADR 0040): the meeting it is drawn
 * from, the office, the day, the form groups with the office's authority and the deciding offices,
 * and the decisions made, as the body. Stateless.
 */
final class SubmissionCases {

  static final String KIND = Submission.LIFECYCLE.kind();

  /** The mapping its repository stores with. */
  static final CaseMapper<PlanSubmission> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(PlanSubmission c) {
          return SubmissionCases.stored(c);
        }

        @Override
        public PlanSubmission restored(CaseRepository.StoredCase stored) {
          return submission(stored);
        }
      };

  private SubmissionCases() {}

  static CaseRepository.StoredCase stored(PlanSubmission held) {
    Submission s = held.submission();
    JsonArrayBuilder groups = Json.createArrayBuilder();
    for (FormGroup g : s.groups()) {
      groups.add(
          Json.createObjectBuilder()
              .add("form", g.form())
              .add("nominees", ProcedureJson.nominees(g.nominees()))
              .add("withinAuthority", g.withinAuthority())
              .add(
                  "deciders",
                  ProcedureJson.strings(g.deciders().stream().map(Office::name).toList())));
    }
    JsonArrayBuilder decisions = Json.createArrayBuilder();
    s.decisions().forEach(d -> decisions.add(ProcedureJson.decision(d)));
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("occasionCode", held.occasionCode())
            .add("meetingId", s.meetingId())
            .add("office", s.office().name())
            .add("submittedOn", s.submittedOn().toString())
            .add("groups", groups)
            .add("decisions", decisions);
    return new CaseRepository.StoredCase(
        s.id(),
        KIND,
        held.planCode(),
        ProcedureJson.CITY_WIDE,
        s.state().name(),
        ProcedureJson.storedVersion(s.version()),
        s.openedBy(),
        s.openedAt(),
        body.build().toString(),
        ProcedureJson.rows(s.transitions()));
  }

  static PlanSubmission submission(CaseRepository.StoredCase c) {
    JsonObject body = ProcedureJson.parse(c.body());
    var transitions =
        ProcedureJson.transitions(
            c, Submission.LIFECYCLE, SubmissionState.class, SubmissionState.SUBMITTED);
    var groups =
        ProcedureJson.objects(
            body.getJsonArray("groups"),
            o ->
                new FormGroup(
                    o.getString("form"),
                    ProcedureJson.nominees(o.getJsonArray("nominees")),
                    o.getBoolean("withinAuthority"),
                    ProcedureJson.strings(o.getJsonArray("deciders")).stream()
                        .map(Office::valueOf)
                        .toList()));
    Submission s =
        new Submission(
            c.id(),
            ProcedureJson.caseVersion(c.version()),
            SubmissionState.valueOf(c.state()),
            body.getString("meetingId"),
            Office.valueOf(body.getString("office")),
            LocalDate.parse(body.getString("submittedOn")),
            groups,
            ProcedureJson.objects(body.getJsonArray("decisions"), ProcedureJson::decision),
            c.openedBy(),
            c.openedAt(),
            transitions);
    return new PlanSubmission(c.planCode(), body.getString("occasionCode"), s);
  }
}
