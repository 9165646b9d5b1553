package vn.emulation.jakarta.application.participant.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.history.HistoryBook;
import vn.emulation.core.history.HistoryLineage;
import vn.emulation.core.history.Subjects;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Reads a participant's history as of today: its own records and, for a unit's body, those its
 * unit's lineage brings, each with where it came from. Which forebears count is the core's ({@link
 * HistoryLineage}); a participant outside the caller's units is not found, as it is not when read
 * itself.
 */
@ApplicationScoped
public class ParticipantHistories {

  /** A participant and the records it answers for today. */
  public record Read(Participant participant, LocalDate asOf, HistoryLineage lineage) {}

  @Inject PlanCatalog plans;
  @Inject ParticipantRepository participants;
  @Inject HistoryRepository histories;
  @Inject UnitRepository units;
  @Inject UnitScopes scopes;
  @Inject EmulationSettings settings;
  @Inject Clock clock;

  public Read read(String planCode, String id) {
    plans.inForceToday(planCode);
    Participant p =
        participants
            .find(planCode, id)
            .filter(found -> scopes.current().includes(found.unitCode()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        AdapterMessages.text("participant.planNoParticipant", planCode, id)));
    List<Participant> all = participants.all(planCode);
    HistoryBook book =
        HistoryBook.of(
            all, histories.histories(planCode, all.stream().map(Participant::id).toList()));
    LocalDate today = LocalDate.now(clock);
    Subjects subjects = new Subjects(settings.unitBodyCategories(), settings.householdCategories());
    return new Read(p, today, HistoryLineage.of(p, today, units.hierarchy(), book, subjects));
  }
}
