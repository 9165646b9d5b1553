package vn.emulation.core.procedure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a case stands and how it got there: its state, its version and every transition it took.
 * Each command makes a new log one version higher, so that the adapter can store a case on the
 * condition that nobody changed it meanwhile (optimistic locking: the version the client read is
 * the version it changes). Immutable and thread-safe.
 *
 * @param state the state the case is in
 * @param version 1 for a new case, plus one for each transition
 * @param transitions every step it took, oldest first
 */
public record CaseLog<S extends Enum<S>>(S state, long version, List<Transition<S>> transitions) {

  public CaseLog {
    Objects.requireNonNull(state, "state");
    if (version < 1) {
      throw new IllegalArgumentException("a case's version starts at 1, was " + version);
    }
    transitions = List.copyOf(transitions);
  }

  /** The log of a case just opened in {@code state}, version 1, no transition yet. */
  public static <S extends Enum<S>> CaseLog<S> opened(S state) {
    return new CaseLog<>(state, 1, List.of());
  }

  /**
   * The log after {@code command}: the state the lifecycle leads to, one version higher, the
   * transition appended.
   *
   * @throws CommandRefusedException when the state does not allow the command
   */
  public CaseLog<S> after(
      Lifecycle<S> lifecycle, String command, String actor, Instant at, String reason) {
    List<Transition<S>> next = lifecycle.append(transitions, state, command, actor, at, reason);
    return new CaseLog<>(next.get(next.size() - 1).to(), version + 1, next);
  }

  /**
   * Checks that the state allows {@code command} before anything else is checked, so a command in
   * the wrong state is answered as such (HTTP 409), not as bad input.
   *
   * @throws CommandRefusedException when it does not
   */
  public void require(Lifecycle<S> lifecycle, String command) {
    lifecycle.next(state, command);
  }

  /** The last transition made by {@code command}, if it was ever given. */
  public Optional<Transition<S>> last(String command) {
    for (int i = transitions.size() - 1; i >= 0; i--) {
      if (transitions.get(i).command().equals(command)) {
        return Optional.of(transitions.get(i));
      }
    }
    return Optional.empty();
  }

  /** The first transition made by {@code command}, if it was ever given. */
  public Optional<Transition<S>> first(String command) {
    return transitions.stream().filter(t -> t.command().equals(command)).findFirst();
  }
}
