package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.emulation.jakarta.application.procedure.CaseStore;

/**
 * A step's repository on the generic case store (ADR 0037): find, insert, update and the list by
 * state and units of one kind of case, through its {@link CaseMapper}. A step's repository extends
 * it, names its mapper and adds its own lists.
 *
 * @param <C> the core's case
 */
abstract class JdbcCaseStore<C> implements CaseStore<C> {

  @Inject JdbcCaseRepository cases;

  protected JdbcCaseStore() {}

  /** A store on a given case repository: for tests outside a container. */
  JdbcCaseStore(JdbcCaseRepository cases) {
    this.cases = cases;
  }

  /** The mapping of this kind of case. */
  abstract CaseMapper<C> mapper();

  @Override
  public Optional<C> find(String id) {
    return cases.find(mapper().kind(), id).map(mapper()::restored);
  }

  @Override
  public void insert(C opened) {
    cases.insert(mapper().stored(opened));
  }

  @Override
  public void update(C changed, long readVersion) {
    cases.update(mapper().stored(changed), readVersion);
  }

  /**
   * The plan's cases of this kind by unit, then opening time.
   *
   * @param state only those in this state; null for any
   * @param unitCodes only those of these units; null for any unit
   */
  List<C> listed(String planCode, Enum<?> state, Collection<String> unitCodes) {
    return cases
        .list(
            mapper().kind(),
            planCode,
            new CaseRepository.CaseFilter(state == null ? null : state.name(), unitCodes))
        .stream()
        .map(mapper()::restored)
        .toList();
  }
}
