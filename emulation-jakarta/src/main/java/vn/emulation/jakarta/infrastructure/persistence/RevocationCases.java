package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import vn.emulation.core.procedure.Recovery;
import vn.emulation.core.procedure.Revocation;
import vn.emulation.core.procedure.RevocationGround;
import vn.emulation.core.procedure.RevocationState;
import vn.emulation.jakarta.application.procedure.PlanRevocation;

/**
 * A revocation as a stored case of kind "revocation" and back (ADR 0040): the awardee's unit as its
 * column (so a unit's staff see their own), the submission and the decision (as it was decided),
 * the awardee, ground, facts, the day of annulment and the recovery as the body. Stateless.
 */
final class RevocationCases {

  static final String KIND = Revocation.LIFECYCLE.kind();

  /** The mapping its repository stores with. */
  static final CaseMapper<PlanRevocation> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(PlanRevocation c) {
          return RevocationCases.stored(c);
        }

        @Override
        public PlanRevocation restored(CaseRepository.StoredCase stored) {
          return revocation(stored);
        }
      };

  private RevocationCases() {}

  static CaseRepository.StoredCase stored(PlanRevocation held) {
    Revocation r = held.revocation();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("submissionId", held.submissionId())
            .add("decision", ProcedureJson.decision(r.decision()))
            .add("nominationId", r.nominationId())
            .add("ground", r.ground().name())
            .add("reason", r.reason());
    ProcedureJson.optional(body, "annulledOn", r.annulledOn());
    if (r.recovery() != null) {
      Recovery v = r.recovery();
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("recordedOn", v.recordedOn().toString())
              .add("artefactRecovered", v.artefactRecovered())
              .add("moneyRecovered", v.moneyRecovered());
      ProcedureJson.optional(o, "note", v.note());
      body.add("recovery", o);
    }
    return new CaseRepository.StoredCase(
        r.id(),
        KIND,
        held.planCode(),
        held.awardee().unitCode(),
        r.state().name(),
        ProcedureJson.storedVersion(r.version()),
        r.openedBy(),
        r.openedAt(),
        body.build().toString(),
        ProcedureJson.rows(r.transitions()));
  }

  static PlanRevocation revocation(CaseRepository.StoredCase c) {
    JsonObject body = ProcedureJson.parse(c.body());
    var transitions =
        ProcedureJson.transitions(
            c, Revocation.LIFECYCLE, RevocationState.class, RevocationState.PROPOSED);
    Recovery recovery = null;
    if (body.containsKey("recovery")) {
      JsonObject o = body.getJsonObject("recovery");
      recovery =
          new Recovery(
              LocalDate.parse(o.getString("recordedOn")),
              o.getBoolean("artefactRecovered"),
              o.getJsonNumber("moneyRecovered").longValueExact(),
              ProcedureJson.text(o, "note"));
    }
    Revocation r =
        new Revocation(
            c.id(),
            ProcedureJson.caseVersion(c.version()),
            RevocationState.valueOf(c.state()),
            ProcedureJson.decision(body.getJsonObject("decision")),
            body.getString("nominationId"),
            RevocationGround.valueOf(body.getString("ground")),
            body.getString("reason"),
            ProcedureJson.day(body, "annulledOn"),
            recovery,
            c.openedBy(),
            c.openedAt(),
            transitions);
    return new PlanRevocation(c.planCode(), body.getString("submissionId"), r);
  }
}
