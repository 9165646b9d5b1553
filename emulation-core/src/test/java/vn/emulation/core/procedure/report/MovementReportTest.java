package vn.emulation.core.procedure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.emulation.core.procedure.Fixtures.morningOf;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.procedure.CommandRefusedException;

/** The yearly movement report: what it needs, its lock once approved, and a recorded reopening. */
class MovementReportTest {

  private static final YearPeriod PLAN = YearPeriod.of(2022, 2025);
  private static final Instant AT = morningOf(2026, 1, 15);

  static MovementReport draft() {
    return MovementReport.open(
        "report-30745-2025",
        "rach-gia-2022-2025",
        "30745",
        2025,
        PLAN,
        List.of(new FigureReference("G8", "m-981", 3), new FigureReference("S1", "m-990", 1)),
        "Phường đã triển khai Kế hoạch, 92 % hồ sơ công việc được xử lý trên môi trường mạng.",
        "head.30745",
        AT);
  }

  @Test
  void openingReportsEveryProblemAtOnce() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                MovementReport.open(
                    "report 1",
                    "rach-gia-2022-2025",
                    "30745",
                    2026,
                    PLAN,
                    List.of(
                        new FigureReference("G8", "m-1", 0), new FigureReference("G8", "m-2", 1)),
                    null,
                    "head",
                    AT));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("id", "year", "figures[0].measurementVersion", "figures[1].indicatorCode");
    assertThat(e.problems().get(1).reason().en())
        .isEqualTo("The year 2026 is outside the plan's period 2022–2025");
  }

  @Test
  void aReportIsSentWithItsFiguresAndItsNarrative() {
    MovementReport empty =
        MovementReport.open(
            "r-1", "rach-gia-2022-2025", "30745", 2025, PLAN, List.of(), " ", "head", AT);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> empty.submit("head", AT));
    assertThat(e.problems()).extracting(Problem::path).containsExactly("figures", "narrative");
  }

  @Test
  void anApprovedReportIsLockedUntilReopened() {
    MovementReport approved = draft().submit("head.30745", AT).approve("noivu", AT, null);
    assertThat(approved.isLocked()).isTrue();
    CommandRefusedException e =
        catchThrowableOfType(
            CommandRefusedException.class,
            () -> approved.amend(List.of(), "khác", "head.30745", AT));
    assertThat(e.allowed()).containsExactly("reopen");

    MovementReport reopened = approved.reopen("noivu", AT, "Số liệu G8 được Sở đính chính");
    assertThat(reopened.isLocked()).isFalse();
    var act = reopened.log().last("reopen").orElseThrow();
    assertThat(act.from()).isEqualTo(ReportState.APPROVED);
    assertThat(act.actor()).isEqualTo("noivu");
    assertThat(act.reason()).isEqualTo("Số liệu G8 được Sở đính chính");
    MovementReport corrected =
        reopened
            .amend(List.of(new FigureReference("G8", "m-981", 4)), draft().narrative(), "head", AT)
            .submit("head", AT)
            .approve("noivu", AT, null);
    assertThat(corrected.isLocked()).isTrue();
    assertThat(corrected.figures()).containsExactly(new FigureReference("G8", "m-981", 4));
    assertThat(corrected.log().transitions())
        .extracting(t -> t.command())
        .containsExactly("submit", "approve", "reopen", "amend", "submit", "approve");
    assertThat(corrected.version()).isEqualTo(7);
  }

  @Test
  void reopeningAndReturningNeedAReason() {
    MovementReport sent = draft().submit("head", AT);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> sent.returnForCorrection("noivu", AT, " "))
                .problems())
        .extracting(Problem::path)
        .containsExactly("reason");
    MovementReport approved = sent.approve("noivu", AT, null);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> approved.reopen("noivu", AT, null));
    assertThat(e.problems().get(0).reason().vi()).contains("\"reopen\" phải nêu lý do");
    assertThat(approved.isLocked()).isTrue();
  }

  @Test
  void aRestoredReportGoesOnWhereTheStoredOneStopped() {
    MovementReport reopened =
        draft()
            .submit("head.30745", AT)
            .approve("noivu", AT, null)
            .reopen("noivu", AT, "đính chính");

    MovementReport back =
        MovementReport.restore(
            reopened.id(),
            reopened.planCode(),
            reopened.unitCode(),
            reopened.year(),
            reopened.figures(),
            reopened.narrative(),
            reopened.openedBy(),
            reopened.openedAt(),
            reopened.log());

    assertThat(back.state()).isEqualTo(ReportState.REOPENED);
    assertThat(back.version()).isEqualTo(4);
    assertThat(back.openedBy()).isEqualTo("head.30745");
    assertThat(back.submit("head.30745", AT).state()).isEqualTo(ReportState.SUBMITTED);
  }

  @Test
  void aStoredLogThatSkipsApprovalIsRefused() {
    MovementReport d = draft();
    var forged =
        new vn.emulation.core.procedure.CaseLog<>(
            ReportState.REOPENED,
            2,
            List.of(
                new vn.emulation.core.procedure.Transition<>(
                    MovementReport.REOPEN,
                    ReportState.DRAFT,
                    ReportState.REOPENED,
                    "noivu",
                    AT,
                    "x")));

    assertThatThrownBy(
            () ->
                MovementReport.restore(
                    d.id(),
                    d.planCode(),
                    d.unitCode(),
                    d.year(),
                    d.figures(),
                    d.narrative(),
                    d.openedBy(),
                    d.openedAt(),
                    forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reopen from DRAFT");
  }
}
