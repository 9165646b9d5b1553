package vn.emulation.jakarta.application.procedure;

import java.util.Optional;

/**
 * What the generic case flow needs of a step's repository (ADR 0037): a case read back as the
 * core's value, a case just opened stored, and a changed case stored only on the version its
 * command read. Each step's port extends it with its own lists.
 *
 * @param <C> the core's case (a {@code Registration}, a {@code MovementReport} …)
 */
public interface CaseStore<C> {

  /** The case {@code id}, whatever its plan. */
  Optional<C> find(String id);

  /** Stores a case just opened. */
  void insert(C opened);

  /**
   * Stores {@code changed} over the one at {@code readVersion}, with its new transitions.
   *
   * @throws ChangedMeanwhileException when the stored one is no longer at {@code readVersion}
   */
  void update(C changed, long readVersion);
}
