package vn.emulation.jakarta.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;

/**
 * The store of procedure cases beneath each step's repository, whatever their step (ADR 0037): a
 * case's row (kind, plan, unit, state, version, who opened it and when, and the step's own fields
 * as a body) and its transitions, oldest first. A case is changed only on the condition that it is
 * still at the version its command read, so that two people acting on it at once cannot lose each
 * other's work.
 */
interface CaseRepository {

  /**
   * A case as stored.
   *
   * @param body the step's own fields, as its mapper writes them (JSON text)
   * @param transitions every step it took, oldest first (seq 1, 2, 3…)
   */
  record StoredCase(
      String id,
      String kind,
      String planCode,
      String unitCode,
      String state,
      long version,
      String openedBy,
      Instant openedAt,
      String body,
      List<StoredTransition> transitions) {

    public StoredCase {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      transitions = List.copyOf(transitions);
    }
  }

  /** One transition of a stored case; {@code reason} null when none was given. */
  record StoredTransition(
      int seq, String command, String from, String to, String actor, Instant at, String reason) {}

  /** What the list of a kind's cases of a plan is narrowed to; null for no narrowing. */
  record CaseFilter(String state, java.util.Collection<String> unitCodes) {}

  /** The case {@code id} of {@code kind}, with its transitions. */
  Optional<StoredCase> find(String kind, String id);

  /** The cases of {@code kind} in {@code planCode} the filter keeps, by unit then opening time. */
  List<StoredCase> list(String kind, String planCode, CaseFilter filter);

  /** Stores a case just opened, with the transitions it has (none, usually). */
  void insert(StoredCase opened);

  /**
   * Stores {@code changed} over the row at version {@code readVersion}, appending the transitions
   * it has beyond those stored.
   *
   * @throws ChangedMeanwhileException when the stored case is no longer at {@code readVersion}
   */
  void update(StoredCase changed, long readVersion);
}
