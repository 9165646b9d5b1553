package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.emulation.core.procedure.nomination.Nomination;
import vn.emulation.jakarta.application.procedure.NominationRepository;
import vn.emulation.jakarta.application.procedure.StoredNomination;

/**
 * Nominations as procedure cases of kind "nomination" (V10, {@link NominationCases}): state and
 * units filtered in SQL, occasion, form and participant (fields of the body) in Java (ADR 0037).
 */
@ApplicationScoped
public class JdbcNominationRepository extends JdbcCaseStore<StoredNomination>
    implements NominationRepository {

  protected JdbcNominationRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcNominationRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<StoredNomination> mapper() {
    return NominationCases.MAPPER;
  }

  @Override
  public List<StoredNomination> list(String planCode, NominationFilter filter) {
    return listed(planCode, filter.state(), filter.unitCodes()).stream()
        .filter(s -> keeps(filter, s.nomination()))
        .toList();
  }

  private static boolean keeps(NominationFilter f, Nomination n) {
    return (f.occasionCode() == null || f.occasionCode().equals(n.occasion().code()))
        && (f.awardFormCode() == null || f.awardFormCode().equals(n.awardFormCode()))
        && (f.participantId() == null || f.participantId().equals(n.participantId()));
  }
}
