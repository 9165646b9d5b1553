package vn.emulation.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Tries every command of a kind of case in every state, on a real case brought to that state by its
 * commands: a move the expected table lists reaches its state with the version one higher and the
 * step recorded; every other is refused naming the state and exactly the commands the table lists
 * for it, in order. The expected table is written here, apart from the case's own.
 */
final class TransitionTable<S extends Enum<S>, C> {

  private final Class<S> states;
  private final Map<S, Map<String, S>> expected;
  private final Set<String> commandNames = new LinkedHashSet<>();
  private final Function<C, S> stateOf;
  private final ToLongFunction<C> versionOf;
  private final Function<C, List<Transition<S>>> stepsOf;
  private final Map<S, Supplier<C>> fixtures;
  private final Map<String, Supplier<C>> overrides = new HashMap<>();
  private final Map<String, UnaryOperator<C>> commands = new LinkedHashMap<>();

  /**
   * @param table one move a line: {@code STATE command NEXT}
   */
  TransitionTable(
      Class<S> states,
      String table,
      Function<C, S> stateOf,
      ToLongFunction<C> versionOf,
      Function<C, List<Transition<S>>> stepsOf) {
    this.states = states;
    this.expected = new EnumMap<>(states);
    this.fixtures = new EnumMap<>(states);
    this.stateOf = stateOf;
    this.versionOf = versionOf;
    this.stepsOf = stepsOf;
    for (String line : table.strip().split("\n")) {
      String[] f = line.strip().split("\\s+");
      expected
          .computeIfAbsent(Enum.valueOf(states, f[0]), s -> new LinkedHashMap<>())
          .put(f[1], Enum.valueOf(states, f[2]));
      commandNames.add(f[1]);
    }
  }

  /** A case in {@code state}. */
  TransitionTable<S, C> in(S state, Supplier<C> fixture) {
    fixtures.put(state, fixture);
    return this;
  }

  /** The case in {@code state} that {@code command} is tried on, where the default will not do. */
  TransitionTable<S, C> in(S state, String command, Supplier<C> fixture) {
    overrides.put(state + " " + command, fixture);
    return this;
  }

  /** How the command is given, with valid input. */
  TransitionTable<S, C> command(String name, UnaryOperator<C> run) {
    commands.put(name, run);
    return this;
  }

  Stream<DynamicTest> tests(Lifecycle<S> lifecycle) {
    assertThat(commands.keySet()).containsExactlyInAnyOrderElementsOf(commandNames);
    List<DynamicTest> tests = new ArrayList<>();
    for (S state : states.getEnumConstants()) {
      assertThat(fixtures).as("a case in " + state).containsKey(state);
      List<String> allowed = List.copyOf(expected.getOrDefault(state, Map.of()).keySet());
      tests.add(
          DynamicTest.dynamicTest(
              state + " allows " + allowed,
              () -> assertThat(lifecycle.allowedIn(state)).isEqualTo(allowed)));
      for (Map.Entry<String, UnaryOperator<C>> c : commands.entrySet()) {
        S to = expected.getOrDefault(state, Map.of()).get(c.getKey());
        Supplier<C> fixture = overrides.getOrDefault(state + " " + c.getKey(), fixtures.get(state));
        String name = state + " " + c.getKey() + " → " + (to == null ? "refused" : to);
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  C before = fixture.get();
                  assertThat(stateOf.apply(before)).isEqualTo(state);
                  if (to == null) {
                    refused(before, state, c.getKey(), c.getValue(), allowed);
                  } else {
                    moved(before, state, c.getKey(), c.getValue(), to);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private void moved(C before, S state, String command, UnaryOperator<C> run, S to) {
    C after = run.apply(before);
    assertThat(stateOf.apply(after)).isEqualTo(to);
    assertThat(versionOf.applyAsLong(after)).isEqualTo(versionOf.applyAsLong(before) + 1);
    List<Transition<S>> steps = stepsOf.apply(after);
    assertThat(steps).hasSize(stepsOf.apply(before).size() + 1);
    Transition<S> last = steps.get(steps.size() - 1);
    assertThat(last.command()).isEqualTo(command);
    assertThat(last.from()).isEqualTo(state);
    assertThat(last.to()).isEqualTo(to);
    assertThat(last.actor()).isNotBlank();
  }

  private void refused(C before, S state, String command, UnaryOperator<C> run, List<String> ok) {
    CommandRefusedException e =
        catchThrowableOfType(CommandRefusedException.class, () -> run.apply(before));
    assertThat(e).as(command + " in " + state).isNotNull();
    assertThat(e.state()).isEqualTo(state.name());
    assertThat(e.command()).isEqualTo(command);
    assertThat(e.allowed()).isEqualTo(ok);
  }
}
