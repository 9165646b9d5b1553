package vn.emulation.jakarta.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.history.Subjects;
import vn.emulation.core.law.Recipient;
import vn.emulation.core.procedure.Eligibility;
import vn.emulation.core.procedure.Nominee;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.jakarta.application.participant.ParticipantRepository;
import vn.emulation.jakarta.application.procedure.NominationRepository.NominationFilter;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * The {@link AppraisedNominees} port over the stored nominations: a nomination appraised eligible
 * or not eligible is a {@link Nominee} — the law's form it names, the last year of work its
 * occasion covers (the title's year), the participant's kind for the law by the core's {@link
 * Subjects} (a collective of a household category is a household). A nomination still a draft,
 * sent, or returned for correction is not one.
 */
@ApplicationScoped
public class StoredAppraisedNominees implements AppraisedNominees {

  @Inject NominationRepository nominations;
  @Inject ParticipantRepository participants;
  @Inject EmulationSettings settings;

  protected StoredAppraisedNominees() {}

  /** On given parts: for tests outside a container. */
  public StoredAppraisedNominees(
      NominationRepository nominations,
      ParticipantRepository participants,
      EmulationSettings settings) {
    this.nominations = nominations;
    this.participants = participants;
    this.settings = settings;
  }

  @Override
  public List<Nominee> of(String planCode, String occasionCode) {
    Subjects subjects = subjects();
    return nominations
        .list(planCode, new NominationFilter(null, null, occasionCode, null, null))
        .stream()
        .map(s -> nominee(subjects, s))
        .flatMap(Optional::stream)
        .sorted(
            Comparator.comparing(Nominee::unitCode)
                .thenComparing(Nominee::form)
                .thenComparing(Nominee::participantId))
        .toList();
  }

  @Override
  public Optional<Nominee> find(String planCode, String nominationId) {
    return nominations
        .find(nominationId)
        .filter(s -> s.planCode().equals(planCode))
        .flatMap(s -> nominee(subjects(), s));
  }

  private Subjects subjects() {
    return new Subjects(settings.unitBodyCategories(), settings.householdCategories());
  }

  private Optional<Nominee> nominee(Subjects subjects, StoredNomination s) {
    Nomination n = s.nomination();
    Eligibility eligibility =
        switch (n.state()) {
          case ELIGIBLE -> Eligibility.ELIGIBLE;
          case NOT_ELIGIBLE -> Eligibility.NOT_ELIGIBLE;
          case DRAFT, SUBMITTED, RETURNED -> null;
        };
    if (eligibility == null) {
      return Optional.empty();
    }
    Recipient kind =
        participants
            .find(s.planCode(), n.participantId())
            .map(subjects::recipientOf)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "nomination " + n.id() + " names an unknown participant"));
    return Optional.of(
        new Nominee(
            n.id(),
            n.participantId(),
            kind,
            n.unitCode(),
            n.lawFormCode(),
            n.occasion().covered().last(),
            eligibility));
  }
}
