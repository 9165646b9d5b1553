package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import vn.emulation.core.procedure.AnnouncementPeriod;
import vn.emulation.core.procedure.AnnouncementState;
import vn.emulation.core.procedure.PublicAnnouncement;
import vn.emulation.core.procedure.PublicComment;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;

/**
 * A public announcement as a stored case of kind "announcement" and back (ADR 0040): the plan as
 * its column, the city-wide unit, the occasion, nominees, channel, day, periods and comments with
 * their answers as the body, the transitions as rows, checked against the lifecycle when read.
 * Stateless.
 */
final class AnnouncementCases {

  static final String KIND = PublicAnnouncement.LIFECYCLE.kind();

  /** The mapping its repository stores with. */
  static final CaseMapper<PlanAnnouncement> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(PlanAnnouncement c) {
          return AnnouncementCases.stored(c);
        }

        @Override
        public PlanAnnouncement restored(CaseRepository.StoredCase stored) {
          return announcement(stored);
        }
      };

  private AnnouncementCases() {}

  static CaseRepository.StoredCase stored(PlanAnnouncement held) {
    PublicAnnouncement a = held.announcement();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("occasionCode", held.occasionCode())
            .add("nominees", ProcedureJson.nominees(a.nominees()));
    ProcedureJson.optional(body, "channel", a.channel());
    ProcedureJson.optional(body, "publishedOn", a.publishedOn());
    JsonArrayBuilder periods = Json.createArrayBuilder();
    for (AnnouncementPeriod p : a.periods()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("form", p.form())
              .add("workingDays", p.workingDays())
              .add("lastDay", p.lastDay().toString());
      ProcedureJson.optional(o, "cites", p.cites());
      periods.add(o);
    }
    body.add("periods", periods);
    JsonArrayBuilder comments = Json.createArrayBuilder();
    for (PublicComment c : a.comments()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("number", c.number())
              .add("author", c.author())
              .add("receivedOn", c.receivedOn().toString())
              .add("text", c.text());
      ProcedureJson.optional(o, "nominationId", c.nominationId());
      c.answerIfAny()
          .ifPresent(
              r ->
                  o.add(
                      "answer",
                      Json.createObjectBuilder()
                          .add("by", r.by())
                          .add("at", r.at().toString())
                          .add("text", r.text())));
      comments.add(o);
    }
    body.add("comments", comments);
    return new CaseRepository.StoredCase(
        a.id(),
        KIND,
        held.planCode(),
        ProcedureJson.CITY_WIDE,
        a.state().name(),
        ProcedureJson.storedVersion(a.version()),
        a.openedBy(),
        a.openedAt(),
        body.build().toString(),
        ProcedureJson.rows(a.transitions()));
  }

  static PlanAnnouncement announcement(CaseRepository.StoredCase c) {
    JsonObject body = ProcedureJson.parse(c.body());
    var transitions =
        ProcedureJson.transitions(
            c, PublicAnnouncement.LIFECYCLE, AnnouncementState.class, AnnouncementState.PREPARED);
    var periods =
        ProcedureJson.objects(
            body.getJsonArray("periods"),
            o ->
                new AnnouncementPeriod(
                    o.getString("form"),
                    o.getInt("workingDays"),
                    ProcedureJson.text(o, "cites"),
                    LocalDate.parse(o.getString("lastDay"))));
    var comments = ProcedureJson.objects(body.getJsonArray("comments"), AnnouncementCases::comment);
    PublicAnnouncement a =
        new PublicAnnouncement(
            c.id(),
            ProcedureJson.caseVersion(c.version()),
            AnnouncementState.valueOf(c.state()),
            ProcedureJson.nominees(body.getJsonArray("nominees")),
            ProcedureJson.text(body, "channel"),
            ProcedureJson.day(body, "publishedOn"),
            periods,
            comments,
            c.openedBy(),
            c.openedAt(),
            transitions);
    return new PlanAnnouncement(c.planCode(), body.getString("occasionCode"), a);
  }

  private static PublicComment comment(JsonObject o) {
    PublicComment.Reply reply = null;
    if (o.containsKey("answer")) {
      JsonObject r = o.getJsonObject("answer");
      reply =
          new PublicComment.Reply(
              r.getString("by"), Instant.parse(r.getString("at")), r.getString("text"));
    }
    return new PublicComment(
        o.getInt("number"),
        o.getString("author"),
        LocalDate.parse(o.getString("receivedOn")),
        o.getString("text"),
        ProcedureJson.text(o, "nominationId"),
        reply);
  }
}
