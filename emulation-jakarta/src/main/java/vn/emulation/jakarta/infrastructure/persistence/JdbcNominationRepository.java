package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.jakarta.application.procedure.NominationRepository;
import vn.emulation.jakarta.application.procedure.StoredNomination;

/**
 * Nominations as procedure cases of kind "nomination" (V10, {@link NominationCases}): state and
 * units filtered in SQL, occasion, form and participant (fields of the body) in Java (ADR 0037).
 */
@ApplicationScoped
public class JdbcNominationRepository implements NominationRepository {

  @Inject JdbcCaseRepository cases;

  protected JdbcNominationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcNominationRepository(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public Optional<StoredNomination> find(String id) {
    return cases.find(NominationCases.KIND, id).map(NominationCases::nomination);
  }

  @Override
  public List<StoredNomination> list(String planCode, NominationFilter filter) {
    return cases
        .list(
            NominationCases.KIND,
            planCode,
            new CaseRepository.CaseFilter(
                filter.state() == null ? null : filter.state().name(), filter.unitCodes()))
        .stream()
        .map(NominationCases::nomination)
        .filter(s -> keeps(filter, s.nomination()))
        .toList();
  }

  private static boolean keeps(NominationFilter f, Nomination n) {
    return (f.occasionCode() == null || f.occasionCode().equals(n.occasion().code()))
        && (f.awardFormCode() == null || f.awardFormCode().equals(n.awardFormCode()))
        && (f.participantId() == null || f.participantId().equals(n.participantId()));
  }

  @Override
  public void insert(StoredNomination opened) {
    cases.insert(NominationCases.stored(opened));
  }

  @Override
  public void update(StoredNomination changed, long readVersion) {
    cases.update(NominationCases.stored(changed), readVersion);
  }
}
