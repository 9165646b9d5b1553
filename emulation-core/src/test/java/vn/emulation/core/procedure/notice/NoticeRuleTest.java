package vn.emulation.core.procedure.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeRuleTest {

  private static final LocalDate DUE = LocalDate.of(2023, 1, 31);

  private static Optional<Notice> of(String command, String reason) {
    return NoticeRule.ofTransition("registration", "r-1", "plan", "30790", command, reason);
  }

  @Test
  void aCaseSentTellsHomeAffairsAndNoUnit() {
    Notice n = of("submit", null).orElseThrow();
    assertThat(n.kind()).isEqualTo(NoticeKind.SUBMITTED);
    assertThat(n.audience()).isEqualTo(Audience.homeAffairs());
    assertThat(n.audience().reaches(true, false, null)).isTrue();
    assertThat(n.audience().reaches(false, true, "30790")).isFalse();
  }

  @Test
  void aReturnTellsTheUnitsStaffWithItsReason() {
    Notice n = of("return", "Thiếu kế hoạch của phường").orElseThrow();
    assertThat(n.kind()).isEqualTo(NoticeKind.RETURNED);
    assertThat(n.audience()).isEqualTo(Audience.unitStaff("30790"));
    assertThat(n.reasonIfAny()).contains("Thiếu kế hoạch của phường");
    assertThat(n.audience().reaches(false, true, "30790")).isTrue();
    assertThat(n.audience().reaches(false, true, "30745")).isFalse();
    assertThat(n.audience().reaches(true, false, null)).isFalse();
    assertThat(n.audience().reaches(false, false, "30790")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"accept,ACCEPTED", "approve,ACCEPTED", "reopen,REOPENED"})
  void resultsAndReopeningsTellTheUnit(String command, NoticeKind kind) {
    Notice n = of(command, "ghi chú").orElseThrow();
    assertThat(n.kind()).isEqualTo(kind);
    assertThat(n.audience()).isEqualTo(Audience.unitStaff("30790"));
    assertThat(n.reasonIfAny().isPresent()).isEqualTo(kind == NoticeKind.REOPENED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"open", "amend", "anything"})
  void otherCommandsTellNobody(String command) {
    assertThat(of(command, null)).isEmpty();
  }

  @Test
  void aTransitionsKeyNamesTheVersionItReached() {
    Notice n = of("return", "x").orElseThrow();
    assertThat(n.key(3)).isEqualTo("registration:r-1:3:RETURNED");
    assertThat(n.key(5)).isNotEqualTo(n.key(3));
  }

  @ParameterizedTest
  @CsvSource({
    "2023-01-23,false", // 8 days ahead: not yet
    "2023-01-24,true", // 7 days ahead
    "2023-01-30,true",
    "2023-01-31,true", // the day itself
    "2023-02-01,false" // after it: overdue, not a reminder
  })
  void aDeadlineIsRemindedFromDaysAheadToItsDay(LocalDate today, boolean reminded) {
    Optional<Notice> n =
        NoticeRule.deadlineApproaching("plan", "dl-reg", DUE, "30790", false, today, 7);
    assertThat(n.isPresent()).isEqualTo(reminded);
    n.ifPresent(
        x -> {
          assertThat(x.kind()).isEqualTo(NoticeKind.DEADLINE_APPROACHING);
          assertThat(x.audience()).isEqualTo(Audience.unitStaff("30790"));
          assertThat(x.dueOn()).isEqualTo(DUE);
          assertThat(x.key(0)).isEqualTo("deadline:plan:dl-reg:30790:2023-01-31");
        });
  }

  @Test
  void aUnitThatHasDoneItIsNotReminded() {
    assertThat(
            NoticeRule.deadlineApproaching(
                "plan", "dl-reg", DUE, "30790", true, LocalDate.of(2023, 1, 30), 7))
        .isEmpty();
  }

  @Test
  void daysAheadAreNotNegative() {
    assertThatThrownBy(
            () -> NoticeRule.deadlineApproaching("plan", "d", DUE, "30790", false, DUE, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
