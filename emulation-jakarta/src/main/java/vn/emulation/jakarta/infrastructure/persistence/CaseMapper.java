package vn.emulation.jakarta.infrastructure.persistence;

/**
 * One step's mapping of its core case to a stored case and back (ADR 0037): the columns every step
 * shares and the log are {@link CaseRows}' work; a step's mapper writes only its body and restores
 * the case through the core (which refuses a log no command could have made).
 *
 * @param <C> the core's case
 */
interface CaseMapper<C> {

  /** The lifecycle's kind, the {@code procedure_case.kind} of these cases. */
  String kind();

  /** The case as a row and its transitions. */
  CaseRepository.StoredCase stored(C c);

  /**
   * The case read back.
   *
   * @throws IllegalArgumentException when the stored log is not one the commands could have made
   */
  C restored(CaseRepository.StoredCase stored);
}
