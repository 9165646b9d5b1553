package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;

/** A report stored as a case and read back is the same report, able to go on. */
class ReportCasesTest {

  static final List<FigureReference> FIGURES =
      List.of(
          new FigureReference("G2", "G2.30745.2024", 3),
          new FigureReference("E2", "E2.30745.2024.NONG-NGHIEP", 1));

  static MovementReport reopened(String id, String plan) {
    Instant at = Instant.parse("2025-01-10T02:00:00.123Z");
    return MovementReport.open(
            id,
            plan,
            "30745",
            2024,
            new YearPeriod(2022, 2025),
            FIGURES,
            "Phường Vĩnh Lạc đã triển khai Kế hoạch; 80 % hồ sơ được xử lý trên môi trường mạng.",
            "binh.head",
            at)
        .submit("binh.head", at.plusSeconds(60))
        .approve("lan.officer", at.plusSeconds(120), null)
        .reopen("lan.officer", at.plusSeconds(180), "Số liệu G2 được đính chính");
  }

  @Test
  void readsBackEveryFieldAndTheLog() {
    MovementReport r = reopened("rep-1", "rach-gia-2022-2025");

    CaseRepository.StoredCase stored = ReportCases.stored(r);
    MovementReport back = ReportCases.report(stored);

    assertThat(stored.kind()).isEqualTo("report");
    assertThat(stored.state()).isEqualTo("REOPENED");
    assertThat(stored.transitions())
        .extracting(CaseRepository.StoredTransition::seq)
        .containsExactly(1, 2, 3);
    assertThat(back.year()).isEqualTo(2024);
    assertThat(back.figures()).isEqualTo(FIGURES);
    assertThat(back.narrative()).isEqualTo(r.narrative());
    assertThat(back.openedBy()).isEqualTo("binh.head");
    assertThat(back.openedAt()).isEqualTo(r.openedAt());
    assertThat(back.log()).isEqualTo(r.log());
    assertThat(back.submit("binh.head", Instant.parse("2025-01-11T02:00:00Z")).state())
        .isEqualTo(ReportState.SUBMITTED);
  }

  @Test
  void aStoredCaseWhoseStateTheLogDoesNotReachIsRefused() {
    CaseRepository.StoredCase s = ReportCases.stored(reopened("rep-1", "rach-gia-2022-2025"));
    CaseRepository.StoredCase forged =
        new CaseRepository.StoredCase(
            s.id(),
            s.kind(),
            s.planCode(),
            s.unitCode(),
            "APPROVED",
            s.version(),
            s.openedBy(),
            s.openedAt(),
            s.body(),
            s.transitions());

    assertThatThrownBy(() -> ReportCases.report(forged))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
