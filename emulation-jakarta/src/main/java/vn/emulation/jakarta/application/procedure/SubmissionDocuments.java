package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.emulation.core.document.AdministrativeDocument;
import vn.emulation.core.document.AwardDocuments;
import vn.emulation.core.document.DeciderSetting;
import vn.emulation.core.document.Names;
import vn.emulation.core.document.SubmitterSetting;
import vn.emulation.core.participant.Participant;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.unit.UnitRepository;

/**
 * The procedure's documents drawn from its stored cases (the core's {@link AwardDocuments}), with
 * the names the registers hold: one place for whoever renders them (the electronic dossier upward
 * now, the document endpoints next). A name not registered prints as its identifier.
 */
@ApplicationScoped
public class SubmissionDocuments {

  @Inject ParticipantRepository participants;
  @Inject UnitRepository units;
  @Inject ProcedureLaw law;

  /** The names of {@code planCode}'s participants and of the units. */
  public Names names(String planCode) {
    return new Names() {
      @Override
      public String participant(String participantId) {
        return participants
            .find(planCode, participantId)
            .map(Participant::name)
            .orElse(participantId);
      }

      @Override
      public String unit(String unitCode) {
        // the unit's latest name: a dossier names the unit as it is called now
        return units
            .find(unitCode)
            .map(u -> u.placements().get(u.placements().size() - 1).name())
            .orElse(unitCode);
      }
    };
  }

  /**
   * The submission (tờ trình) of {@code held}, numbered {@code number}, from {@code from} to {@code
   * to}.
   */
  public AdministrativeDocument submission(
      PlanSubmission held, String number, SubmitterSetting from, DeciderSetting to) {
    return AwardDocuments.submission(
        held.submission(), number, from, to, law.rules(), names(held.planCode()));
  }
}
