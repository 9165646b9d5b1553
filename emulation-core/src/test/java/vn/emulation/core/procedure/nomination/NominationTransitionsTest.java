package vn.emulation.core.procedure.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.nomination.NominationFixtures.APPRAISED;
import static vn.emulation.core.procedure.nomination.NominationFixtures.CALENDAR;
import static vn.emulation.core.procedure.nomination.NominationFixtures.GIAY_KHEN;
import static vn.emulation.core.procedure.nomination.NominationFixtures.LAW;
import static vn.emulation.core.procedure.nomination.NominationFixtures.WARD;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.evaluation.Outcome;
import vn.emulation.core.procedure.CommandRefusedException;

/**
 * Every command in every state of a nomination, through the nomination's own commands: the table
 * below is written out by hand, so a change to the lifecycle that it does not foresee fails here.
 */
class NominationTransitionsTest {

  private static final String TABLE =
      """
      DRAFT,        amend,               DRAFT
      DRAFT,        submit,              SUBMITTED
      DRAFT,        findEligible,        REFUSED
      DRAFT,        findNotEligible,     REFUSED
      DRAFT,        returnForCorrection, REFUSED
      SUBMITTED,    amend,               REFUSED
      SUBMITTED,    submit,              REFUSED
      SUBMITTED,    findEligible,        ELIGIBLE
      SUBMITTED,    findNotEligible,     NOT_ELIGIBLE
      SUBMITTED,    returnForCorrection, RETURNED
      ELIGIBLE,     amend,               REFUSED
      ELIGIBLE,     submit,              REFUSED
      ELIGIBLE,     findEligible,        REFUSED
      ELIGIBLE,     findNotEligible,     REFUSED
      ELIGIBLE,     returnForCorrection, REFUSED
      NOT_ELIGIBLE, amend,               REFUSED
      NOT_ELIGIBLE, submit,              REFUSED
      NOT_ELIGIBLE, findEligible,        REFUSED
      NOT_ELIGIBLE, findNotEligible,     REFUSED
      NOT_ELIGIBLE, returnForCorrection, REFUSED
      RETURNED,     amend,               RETURNED
      RETURNED,     submit,              SUBMITTED
      RETURNED,     findEligible,        REFUSED
      RETURNED,     findNotEligible,     REFUSED
      RETURNED,     returnForCorrection, REFUSED
      """;

  private static final List<String> COMMANDS =
      List.of("amend", "submit", "findEligible", "findNotEligible", "returnForCorrection");

  static Nomination in(NominationState state) {
    Nomination submitted = NominationFixtures.submitted("n-1");
    return switch (state) {
      case DRAFT -> NominationFixtures.draft("n-1");
      case SUBMITTED -> submitted;
      case ELIGIBLE -> submitted.findEligible(null, null, "noivu", APPRAISED);
      case NOT_ELIGIBLE -> submitted.findNotEligible("thiếu", "khác", "noivu", APPRAISED);
      case RETURNED -> submitted.returnForCorrection("bổ sung", CALENDAR, 5, "noivu", APPRAISED);
    };
  }

  static Nomination give(Nomination n, String command) {
    return switch (command) {
      case "amend" -> n.amend(n.dossier(), "ward.clerk", APPRAISED);
      case "submit" ->
          n.submit(
              LAW,
              GIAY_KHEN,
              NominationFixtures.verdict(WARD, Outcome.ELIGIBLE),
              Map.of(),
              "ward.clerk",
              APPRAISED);
      case "findEligible" -> n.findEligible(null, "vì", "noivu", APPRAISED);
      case "findNotEligible" -> n.findNotEligible("không đạt", "vì", "noivu", APPRAISED);
      case "returnForCorrection" ->
          n.returnForCorrection("bổ sung", CALENDAR, 5, "noivu", APPRAISED);
      default -> throw new IllegalArgumentException(command);
    };
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource(textBlock = TABLE)
  void eachCommandInEachState(NominationState from, String command, String expected) {
    Nomination before = in(from);
    if (expected.equals("REFUSED")) {
      CommandRefusedException e =
          catchThrowableOfType(CommandRefusedException.class, () -> give(before, command));
      assertThat(e).as("%s in %s", command, from).isNotNull();
      assertThat(e.kind()).isEqualTo("nomination");
      assertThat(e.state()).isEqualTo(from.name());
      assertThat(e.allowed()).containsExactlyElementsOf(allowedIn(from));
      assertThat(before.allowedCommands()).isEqualTo(e.allowed());
      return;
    }
    Nomination after = give(before, command);
    assertThat(after.state()).isEqualTo(NominationState.valueOf(expected));
    assertThat(after.version()).isEqualTo(before.version() + 1);
    var last = after.log().transitions().get(after.log().transitions().size() - 1);
    assertThat(last.command()).isEqualTo(command);
    assertThat(last.from()).isEqualTo(from);
    assertThat(last.at()).isEqualTo(APPRAISED);
    assertThat(before.state()).as("the old value is unchanged").isEqualTo(from);
  }

  @Test
  void theTableCoversEveryStateAndCommand() {
    Set<String> rows = rows().stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
    for (NominationState s : EnumSet.allOf(NominationState.class)) {
      for (String c : COMMANDS) {
        assertThat(rows).contains(s + "/" + c);
      }
    }
    assertThat(rows).hasSize(NominationState.values().length * COMMANDS.size());
  }

  private static List<String[]> rows() {
    return TABLE
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split(",")).map(String::strip).toArray(String[]::new))
        .toList();
  }

  private static List<String> allowedIn(NominationState state) {
    return rows().stream()
        .filter(r -> r[0].equals(state.name()) && !r[2].equals("REFUSED"))
        .map(r -> r[1])
        .toList();
  }
}
