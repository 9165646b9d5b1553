package vn.emulation.core.procedure.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.Fixtures.morningOf;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.procedure.CommandRefusedException;

/** Every command in every state of a registration, through its own commands, by a hand table. */
class RegistrationTransitionsTest {

  private static final String TABLE =
      """
      DRAFT,     amend,  DRAFT
      DRAFT,     submit, SUBMITTED
      DRAFT,     accept, REFUSED
      DRAFT,     return, REFUSED
      SUBMITTED, amend,  REFUSED
      SUBMITTED, submit, REFUSED
      SUBMITTED, accept, ACCEPTED
      SUBMITTED, return, RETURNED
      ACCEPTED,  amend,  REFUSED
      ACCEPTED,  submit, REFUSED
      ACCEPTED,  accept, REFUSED
      ACCEPTED,  return, REFUSED
      RETURNED,  amend,  RETURNED
      RETURNED,  submit, SUBMITTED
      RETURNED,  accept, REFUSED
      RETURNED,  return, REFUSED
      """;

  private static final Instant AT = morningOf(2023, 1, 20);

  static Registration in(RegistrationState state) {
    Registration draft = RegistrationTest.draft();
    Registration submitted = draft.submit("ward.clerk", AT);
    return switch (state) {
      case DRAFT -> draft;
      case SUBMITTED -> submitted;
      case ACCEPTED -> submitted.accept("noivu", AT, null);
      case RETURNED -> submitted.returnForCorrection("noivu", AT, "thiếu chữ ký");
    };
  }

  static Registration give(Registration r, String command) {
    return switch (command) {
      case "amend" -> r.amend(r.participantIds(), r.ownPlan().orElse(null), "ward.clerk", AT);
      case "submit" -> r.submit("ward.clerk", AT);
      case "accept" -> r.accept("noivu", AT, null);
      case "return" -> r.returnForCorrection("noivu", AT, "thiếu danh sách");
      default -> throw new IllegalArgumentException(command);
    };
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource(textBlock = TABLE)
  void eachCommandInEachState(RegistrationState from, String command, String expected) {
    Registration before = in(from);
    if (expected.equals("REFUSED")) {
      CommandRefusedException e =
          catchThrowableOfType(CommandRefusedException.class, () -> give(before, command));
      assertThat(e).as("%s in %s", command, from).isNotNull();
      assertThat(e.kind()).isEqualTo("registration");
      assertThat(e.allowed()).containsExactlyElementsOf(allowedIn(from));
      return;
    }
    Registration after = give(before, command);
    assertThat(after.state()).isEqualTo(RegistrationState.valueOf(expected));
    assertThat(after.version()).isEqualTo(before.version() + 1);
    var last = after.log().transitions().get(after.log().transitions().size() - 1);
    assertThat(last.command()).isEqualTo(command);
    assertThat(last.from()).isEqualTo(from);
  }

  @Test
  void theTableCoversEveryStateAndCommand() {
    Set<String> rows = rows().stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
    assertThat(rows).hasSize(RegistrationState.values().length * 4);
  }

  private static List<String[]> rows() {
    return TABLE
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split(",")).map(String::strip).toArray(String[]::new))
        .toList();
  }

  private static List<String> allowedIn(RegistrationState state) {
    return rows().stream()
        .filter(r -> r[0].equals(state.name()) && !r[2].equals("REFUSED"))
        .map(r -> r[1])
        .toList();
  }
}
