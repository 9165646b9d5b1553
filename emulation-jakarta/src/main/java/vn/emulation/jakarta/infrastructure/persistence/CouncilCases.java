package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.emulation.core.procedure.Ballot;
import vn.emulation.core.procedure.CouncilComposition;
import vn.emulation.core.procedure.CouncilMeeting;
import vn.emulation.core.procedure.CouncilMeetingState;
import vn.emulation.core.procedure.CouncilMember;
import vn.emulation.core.procedure.CouncilRole;
import vn.emulation.core.procedure.NomineeResult;
import vn.emulation.core.procedure.Threshold;
import vn.emulation.core.procedure.VoteChoice;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;

/**
 * A council meeting as a stored case of kind "council" and back (ADR 0040): the composition as
 * appointed (members, quorum, approval, per form), the announcement and its nominees, day, place,
 * members present, ballots and results as the body. Stateless.
 */
final class CouncilCases {

  static final String KIND = CouncilMeeting.LIFECYCLE.kind();

  /** The mapping its repository stores with. */
  static final CaseMapper<PlanCouncilMeeting> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(PlanCouncilMeeting c) {
          return CouncilCases.stored(c);
        }

        @Override
        public PlanCouncilMeeting restored(CaseRepository.StoredCase stored) {
          return meeting(stored);
        }
      };

  private CouncilCases() {}

  static CaseRepository.StoredCase stored(PlanCouncilMeeting held) {
    CouncilMeeting m = held.meeting();
    JsonArrayBuilder ballots = Json.createArrayBuilder();
    for (Ballot b : m.ballots()) {
      ballots.add(
          Json.createObjectBuilder()
              .add("memberId", b.memberId())
              .add("nominationId", b.nominationId())
              .add("choice", b.choice().name())
              .add("inWriting", b.inWriting()));
    }
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (NomineeResult r : m.results()) {
      results.add(
          Json.createObjectBuilder()
              .add("nominee", ProcedureJson.nominee(r.nominee()))
              .add("votesFor", r.votesFor())
              .add("votesAgainst", r.votesAgainst())
              .add("abstentions", r.abstentions())
              .add("notVoting", r.notVoting())
              .add("members", r.members())
              .add("threshold", threshold(r.threshold()))
              .add("approved", r.approved()));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("occasionCode", held.occasionCode())
            .add("composition", composition(m.composition()))
            .add("announcementId", m.announcementId())
            .add("nominees", ProcedureJson.nominees(m.nominees()))
            .add("day", m.day().toString())
            .add("place", m.place())
            .add("present", ProcedureJson.strings(m.present()))
            .add("ballots", ballots)
            .add("results", results);
    return new CaseRepository.StoredCase(
        m.id(),
        KIND,
        held.planCode(),
        ProcedureJson.CITY_WIDE,
        m.state().name(),
        ProcedureJson.storedVersion(m.version()),
        m.openedBy(),
        m.openedAt(),
        body.build().toString(),
        ProcedureJson.rows(m.transitions()));
  }

  static PlanCouncilMeeting meeting(CaseRepository.StoredCase c) {
    JsonObject body = ProcedureJson.parse(c.body());
    var transitions =
        ProcedureJson.transitions(
            c, CouncilMeeting.LIFECYCLE, CouncilMeetingState.class, CouncilMeetingState.CONVENED);
    var ballots =
        ProcedureJson.objects(
            body.getJsonArray("ballots"),
            o ->
                new Ballot(
                    o.getString("memberId"),
                    o.getString("nominationId"),
                    VoteChoice.valueOf(o.getString("choice")),
                    o.getBoolean("inWriting")));
    var results =
        ProcedureJson.objects(
            body.getJsonArray("results"),
            o ->
                new NomineeResult(
                    ProcedureJson.nominee(o.getJsonObject("nominee")),
                    o.getInt("votesFor"),
                    o.getInt("votesAgainst"),
                    o.getInt("abstentions"),
                    o.getInt("notVoting"),
                    o.getInt("members"),
                    threshold(o.getJsonObject("threshold")),
                    o.getBoolean("approved")));
    CouncilMeeting m =
        new CouncilMeeting(
            c.id(),
            ProcedureJson.caseVersion(c.version()),
            CouncilMeetingState.valueOf(c.state()),
            composition(body.getJsonObject("composition")),
            body.getString("announcementId"),
            ProcedureJson.nominees(body.getJsonArray("nominees")),
            LocalDate.parse(body.getString("day")),
            body.getString("place"),
            ProcedureJson.strings(body.getJsonArray("present")),
            ballots,
            results,
            c.openedBy(),
            c.openedAt(),
            transitions);
    return new PlanCouncilMeeting(c.planCode(), body.getString("occasionCode"), m);
  }

  static JsonObjectBuilder composition(CouncilComposition k) {
    JsonArrayBuilder members = Json.createArrayBuilder();
    for (CouncilMember m : k.members()) {
      members.add(
          Json.createObjectBuilder()
              .add("id", m.id())
              .add("name", m.name())
              .add("role", m.role().name()));
    }
    JsonObjectBuilder byForm = Json.createObjectBuilder();
    new TreeMap<>(k.approvalByForm()).forEach((form, t) -> byForm.add(form, threshold(t)));
    return Json.createObjectBuilder()
        .add("members", members)
        .add("quorum", threshold(k.quorum()))
        .add("approval", threshold(k.approval()))
        .add("approvalByForm", byForm);
  }

  static CouncilComposition composition(JsonObject o) {
    var members =
        ProcedureJson.objects(
            o.getJsonArray("members"),
            m ->
                new CouncilMember(
                    m.getString("id"),
                    m.getString("name"),
                    CouncilRole.valueOf(m.getString("role"))));
    Map<String, Threshold> byForm = new LinkedHashMap<>();
    o.getJsonObject("approvalByForm")
        .forEach((form, t) -> byForm.put(form, threshold(t.asJsonObject())));
    return new CouncilComposition(
        members,
        threshold(o.getJsonObject("quorum")),
        threshold(o.getJsonObject("approval")),
        byForm);
  }

  private static JsonObjectBuilder threshold(Threshold t) {
    return Json.createObjectBuilder()
        .add("numerator", t.numerator())
        .add("denominator", t.denominator())
        .add("strict", t.strict());
  }

  private static Threshold threshold(JsonObject o) {
    return new Threshold(o.getInt("numerator"), o.getInt("denominator"), o.getBoolean("strict"));
  }
}
