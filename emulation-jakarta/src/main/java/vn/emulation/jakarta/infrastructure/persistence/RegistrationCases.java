package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.emulation.core.procedure.CaseLog;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.Transition;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;

/**
 * A registration as a stored case and back: the case's columns from the registration's own
 * accessors, its other fields (occasion, participants, own plan, deadline) as the JSON body, its
 * log as the transitions. Reading back goes through {@link Registration#restore}, which refuses a
 * log no command could have made. Stateless.
 */
final class RegistrationCases {

  static final String KIND = Registration.LIFECYCLE.kind();

  private RegistrationCases() {}

  static CaseRepository.StoredCase stored(Registration r) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    r.occasionCode().ifPresent(o -> body.add("occasionCode", o));
    body.add("participantIds", Json.createArrayBuilder(r.participantIds()));
    r.ownPlan()
        .ifPresent(
            f ->
                body.add(
                    "ownPlan",
                    Json.createObjectBuilder()
                        .add("name", f.name())
                        .add("mediaType", f.mediaType())
                        .add("size", f.size())
                        .add("sha256", f.sha256())));
    JsonObjectBuilder deadline =
        Json.createObjectBuilder().add("dueOn", r.deadline().dueOn().toString());
    r.deadline().deadlineCodeIfAny().ifPresent(c -> deadline.add("deadlineCode", c));
    body.add("deadline", deadline);
    List<CaseRepository.StoredTransition> ts = new ArrayList<>();
    List<Transition<RegistrationState>> log = r.log().transitions();
    for (int i = 0; i < log.size(); i++) {
      Transition<RegistrationState> t = log.get(i);
      ts.add(
          new CaseRepository.StoredTransition(
              i + 1, t.command(), t.from().name(), t.to().name(), t.actor(), t.at(), t.reason()));
    }
    return new CaseRepository.StoredCase(
        r.id(),
        KIND,
        r.planCode(),
        r.unitCode(),
        r.state().name(),
        r.version(),
        r.openedBy(),
        r.openedAt(),
        body.build().toString(),
        ts);
  }

  static Registration registration(CaseRepository.StoredCase c) {
    JsonObject body;
    try (var reader = Json.createReader(new StringReader(c.body()))) {
      body = reader.readObject();
    }
    FileReference ownPlan = null;
    if (body.containsKey("ownPlan")) {
      JsonObject f = body.getJsonObject("ownPlan");
      ownPlan =
          new FileReference(
              f.getString("name"),
              f.getString("mediaType"),
              f.getJsonNumber("size").longValueExact(),
              f.getString("sha256"));
    }
    JsonObject d = body.getJsonObject("deadline");
    RegistrationDeadline deadline =
        new RegistrationDeadline(
            LocalDate.parse(d.getString("dueOn")), d.getString("deadlineCode", null));
    List<String> participants =
        body.getJsonArray("participantIds").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    List<Transition<RegistrationState>> log =
        c.transitions().stream()
            .map(
                t ->
                    new Transition<>(
                        t.command(),
                        RegistrationState.valueOf(t.from()),
                        RegistrationState.valueOf(t.to()),
                        t.actor(),
                        t.at(),
                        t.reason()))
            .toList();
    return Registration.restore(
        c.id(),
        c.planCode(),
        body.getString("occasionCode", null),
        c.unitCode(),
        participants,
        ownPlan,
        deadline,
        c.openedBy(),
        c.openedAt(),
        new CaseLog<>(RegistrationState.valueOf(c.state()), c.version(), log));
  }
}
