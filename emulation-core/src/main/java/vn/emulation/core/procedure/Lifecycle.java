package vn.emulation.core.procedure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The table of one kind of case: in each state, which commands are allowed and the state each leads
 * to. The one place a step's transitions are written; the case asks it before it changes, and a
 * caller asks it what may be done now. Immutable and thread-safe.
 */
public final class Lifecycle<S extends Enum<S>> {

  private final String kind;
  private final Map<S, Map<String, S>> moves;

  private Lifecycle(String kind, Map<S, Map<String, S>> moves) {
    this.kind = kind;
    this.moves = moves;
  }

  /** A table for the case named {@code kind} ("registration", "nomination" …). */
  public static <S extends Enum<S>> Builder<S> of(String kind, Class<S> states) {
    return new Builder<>(kind, states);
  }

  public String kind() {
    return kind;
  }

  /** The commands allowed in {@code state}, in the order they were declared; empty when final. */
  public List<String> allowedIn(S state) {
    return List.copyOf(moves.getOrDefault(state, Map.of()).keySet());
  }

  public boolean allows(S state, String command) {
    return moves.getOrDefault(state, Map.of()).containsKey(command);
  }

  /**
   * The state {@code command} leads to from {@code state}.
   *
   * @throws CommandRefusedException when the state does not allow it
   */
  public S next(S state, String command) {
    S to = moves.getOrDefault(state, Map.of()).get(command);
    if (to == null) {
      throw new CommandRefusedException(kind, state, command, allowedIn(state));
    }
    return to;
  }

  /** Whether no command leaves {@code state}. */
  public boolean isFinal(S state) {
    return allowedIn(state).isEmpty();
  }

  /**
   * The transitions of a case appended by one command: checks that the state allows it and returns
   * the history with the new step at its end.
   *
   * @throws CommandRefusedException when the state does not allow it
   */
  public List<Transition<S>> append(
      List<Transition<S>> history,
      S state,
      String command,
      String actor,
      java.time.Instant at,
      String reason) {
    S to = next(state, command);
    List<Transition<S>> result = new ArrayList<>(history);
    result.add(new Transition<>(command, state, to, actor, at, reason));
    return List.copyOf(result);
  }

  /**
   * The log of a stored case, held to this table: each transition one the table allows from the
   * state before it, starting from {@code openedIn}, and the version counting them (1 + one per
   * transition), so that a stored case no command could have made is refused rather than continued.
   *
   * @param caseId the case, for the message
   * @return {@code log} itself
   * @throws IllegalArgumentException when no sequence of commands could have made the log
   */
  public CaseLog<S> restored(String caseId, S openedIn, CaseLog<S> log) {
    S state = openedIn;
    for (Transition<S> t : log.transitions()) {
      if (t.from() != state || moves.getOrDefault(state, Map.of()).get(t.command()) != t.to()) {
        throw new IllegalArgumentException(
            kind + " " + caseId + ": " + t.command() + " from " + t.from() + " after " + state);
      }
      state = t.to();
    }
    if (state != log.state() || log.version() != log.transitions().size() + 1L) {
      throw new IllegalArgumentException(
          kind
              + " "
              + caseId
              + ": log at "
              + log.state()
              + " v"
              + log.version()
              + " after "
              + log.transitions().size()
              + " transitions ending in "
              + state);
    }
    return log;
  }

  /** Declares the moves of a lifecycle. */
  public static final class Builder<S extends Enum<S>> {
    private final String kind;
    private final Map<S, Map<String, S>> moves;

    private Builder(String kind, Class<S> states) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.moves = new EnumMap<>(states);
    }

    /** In {@code from}, {@code command} is allowed and leads to {@code to}. */
    public Builder<S> allow(S from, String command, S to) {
      Map<String, S> out = moves.computeIfAbsent(from, s -> new LinkedHashMap<>());
      if (out.putIfAbsent(command, to) != null) {
        throw new IllegalArgumentException(kind + ": " + command + " declared twice from " + from);
      }
      return this;
    }

    public Lifecycle<S> build() {
      Map<S, Map<String, S>> copy = new EnumMap<>(moves);
      copy.replaceAll((s, m) -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m)));
      return new Lifecycle<>(kind, java.util.Collections.unmodifiableMap(copy));
    }
  }
}
