package vn.emulation.core.procedure.report;

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

/** Every command in every state of a yearly report, through its own commands, by a hand table. */
class MovementReportTransitionsTest {

  private static final String TABLE =
      """
      DRAFT,     amend,   DRAFT
      DRAFT,     submit,  SUBMITTED
      DRAFT,     approve, REFUSED
      DRAFT,     return,  REFUSED
      DRAFT,     reopen,  REFUSED
      SUBMITTED, amend,   REFUSED
      SUBMITTED, submit,  REFUSED
      SUBMITTED, approve, APPROVED
      SUBMITTED, return,  RETURNED
      SUBMITTED, reopen,  REFUSED
      APPROVED,  amend,   REFUSED
      APPROVED,  submit,  REFUSED
      APPROVED,  approve, REFUSED
      APPROVED,  return,  REFUSED
      APPROVED,  reopen,  REOPENED
      RETURNED,  amend,   RETURNED
      RETURNED,  submit,  SUBMITTED
      RETURNED,  approve, REFUSED
      RETURNED,  return,  REFUSED
      RETURNED,  reopen,  REFUSED
      REOPENED,  amend,   REOPENED
      REOPENED,  submit,  SUBMITTED
      REOPENED,  approve, REFUSED
      REOPENED,  return,  REFUSED
      REOPENED,  reopen,  REFUSED
      """;

  private static final Instant AT = morningOf(2026, 1, 15);

  static MovementReport in(ReportState state) {
    MovementReport draft = MovementReportTest.draft();
    MovementReport submitted = draft.submit("head.30745", AT);
    MovementReport approved = submitted.approve("noivu", AT, null);
    return switch (state) {
      case DRAFT -> draft;
      case SUBMITTED -> submitted;
      case APPROVED -> approved;
      case RETURNED -> submitted.returnForCorrection("noivu", AT, "thiếu số liệu G8");
      case REOPENED -> approved.reopen("noivu", AT, "số liệu G8 được đính chính");
    };
  }

  static MovementReport give(MovementReport r, String command) {
    return switch (command) {
      case "amend" -> r.amend(r.figures(), r.narrative() + " Bổ sung.", "head.30745", AT);
      case "submit" -> r.submit("head.30745", AT);
      case "approve" -> r.approve("noivu", AT, null);
      case "return" -> r.returnForCorrection("noivu", AT, "thiếu");
      case "reopen" -> r.reopen("noivu", AT, "đính chính");
      default -> throw new IllegalArgumentException(command);
    };
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource(textBlock = TABLE)
  void eachCommandInEachState(ReportState from, String command, String expected) {
    MovementReport before = in(from);
    if (expected.equals("REFUSED")) {
      CommandRefusedException e =
          catchThrowableOfType(CommandRefusedException.class, () -> give(before, command));
      assertThat(e).as("%s in %s", command, from).isNotNull();
      assertThat(e.kind()).isEqualTo("report");
      assertThat(e.allowed()).containsExactlyElementsOf(allowedIn(from));
      return;
    }
    MovementReport after = give(before, command);
    assertThat(after.state()).isEqualTo(ReportState.valueOf(expected));
    assertThat(after.version()).isEqualTo(before.version() + 1);
    var last = after.log().transitions().get(after.log().transitions().size() - 1);
    assertThat(last.command()).isEqualTo(command);
    assertThat(last.from()).isEqualTo(from);
  }

  @Test
  void theTableCoversEveryStateAndCommand() {
    Set<String> rows = rows().stream().map(r -> r[0] + "/" + r[1]).collect(Collectors.toSet());
    assertThat(rows).hasSize(ReportState.values().length * 5);
  }

  private static List<String[]> rows() {
    return TABLE
        .lines()
        .filter(l -> !l.isBlank())
        .map(l -> Arrays.stream(l.split(",")).map(String::strip).toArray(String[]::new))
        .toList();
  }

  private static List<String> allowedIn(ReportState state) {
    return rows().stream()
        .filter(r -> r[0].equals(state.name()) && !r[2].equals("REFUSED"))
        .map(r -> r[1])
        .toList();
  }
}
