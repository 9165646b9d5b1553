package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.core.procedure.registration.RegistrationDeadline;
import vn.emulation.core.procedure.registration.RegistrationState;

/**
 * A registration as a stored case and back: its own fields (occasion, participants, own plan,
 * deadline) as the JSON body; the shared columns and the log are {@link CaseRows}'. Reading back
 * goes through {@link Registration#restore}, which refuses a log no command could have made.
 * Stateless.
 */
final class RegistrationCases {

  static final String KIND = Registration.LIFECYCLE.kind();

  /** The mapping {@link JdbcRegistrationRepository} stores with. */
  static final CaseMapper<Registration> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(Registration r) {
          return RegistrationCases.stored(r);
        }

        @Override
        public Registration restored(CaseRepository.StoredCase stored) {
          return registration(stored);
        }
      };

  private RegistrationCases() {}

  static CaseRepository.StoredCase stored(Registration r) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    r.occasionCode().ifPresent(o -> body.add("occasionCode", o));
    body.add("participantIds", Json.createArrayBuilder(r.participantIds()));
    r.ownPlan().ifPresent(f -> body.add("ownPlan", CaseRows.file(f)));
    JsonObjectBuilder deadline =
        Json.createObjectBuilder().add("dueOn", r.deadline().dueOn().toString());
    r.deadline().deadlineCodeIfAny().ifPresent(c -> deadline.add("deadlineCode", c));
    body.add("deadline", deadline);
    return CaseRows.stored(
        KIND, r.id(), r.planCode(), r.unitCode(), r.openedBy(), r.openedAt(), r.log(), body);
  }

  static Registration registration(CaseRepository.StoredCase c) {
    JsonObject body = CaseRows.body(c);
    FileReference ownPlan =
        body.containsKey("ownPlan") ? CaseRows.file(body.getJsonObject("ownPlan")) : null;
    JsonObject d = body.getJsonObject("deadline");
    RegistrationDeadline deadline =
        new RegistrationDeadline(
            LocalDate.parse(d.getString("dueOn")), d.getString("deadlineCode", null));
    List<String> participants =
        body.getJsonArray("participantIds").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
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
        CaseRows.log(c, RegistrationState.class));
  }
}
