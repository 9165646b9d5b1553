package vn.emulation.core.procedure;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step a case took: the command, the state it left and the state it reached, who gave the
 * command, when, and why (required by the commands that return or refuse, optional elsewhere).
 * Immutable.
 *
 * @param command the command's name, as its {@link Lifecycle} knows it
 * @param from the state the case was in
 * @param to the state it reached
 * @param actor who gave the command (the signed-in user's name; the system's identity only by an
 *     audited run-as)
 * @param at when
 * @param reason why, {@code null} when none was given
 */
public record Transition<S extends Enum<S>>(
    String command, S from, S to, String actor, Instant at, String reason) {

  public Transition {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("a transition has an actor");
    }
    if (reason != null && reason.isBlank()) {
      reason = null;
    }
  }

  public Optional<String> reasonIfAny() {
    return Optional.ofNullable(reason);
  }
}
