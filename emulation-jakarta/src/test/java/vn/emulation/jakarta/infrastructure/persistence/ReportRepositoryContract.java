package vn.emulation.jakarta.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;
import vn.emulation.jakarta.application.procedure.ChangedMeanwhileException;

/**
 * Reports through {@link JdbcReportRepository} against a real database (the V10 tables): a report
 * opened, then approved and reopened on the versions read, reads back as the same case, diacritics
 * intact; the list filters by state, unit and year; a change on a stale version stores nothing. H2
 * and PostgreSQL subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportRepositoryContract {

  private TestDatabase db;
  private JdbcReportRepository reports;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String plan = "plan-" + run;

  abstract TestDatabase.Kind kind();

  @BeforeAll
  void open() {
    db = TestDatabase.open(kind());
    reports = new JdbcReportRepository(new JdbcCaseRepository(db.dataSource));
  }

  @AfterAll
  void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  private MovementReport draft(String id, String unit, int year) {
    return MovementReport.open(
        id,
        plan,
        unit,
        year,
        new YearPeriod(2022, 2025),
        ReportCasesTest.FIGURES,
        "Báo cáo của phường Vĩnh Lạc: đã tổ chức phát động phong trào.",
        "binh.head",
        Instant.parse("2025-01-10T02:00:00.123Z"));
  }

  @Test
  void aReportChangedOnTheVersionsReadReadsBackAsStored() {
    MovementReport draft = draft("rep-" + run + "-1", "30745", 2024);
    reports.insert(draft);
    Instant at = Instant.parse("2025-01-12T02:00:00.456Z");
    MovementReport sent = draft.submit("binh.head", at);
    reports.update(sent, 1);
    MovementReport reopened =
        sent.approve("lan.officer", at.plusSeconds(60), "Đạt yêu cầu")
            .reopen("lan.officer", at.plusSeconds(120), "Đính chính số liệu G2");
    reports.update(reopened, 2);

    MovementReport back = reports.find(draft.id()).orElseThrow();

    assertThat(back.state()).isEqualTo(ReportState.REOPENED);
    assertThat(back.version()).isEqualTo(4);
    assertThat(back.log()).isEqualTo(reopened.log());
    assertThat(back.figures()).isEqualTo(ReportCasesTest.FIGURES);
    assertThat(back.narrative()).isEqualTo(draft.narrative());
    assertThat(back.log().transitions().get(2).reason()).isEqualTo("Đính chính số liệu G2");
  }

  @Test
  void aChangeOnAStaleVersionStoresNothing() {
    MovementReport draft = draft("rep-" + run + "-2", "30730", 2024);
    reports.insert(draft);
    reports.update(draft.submit("tram.reporter", Instant.parse("2025-01-12T02:00:00Z")), 1);

    assertThatThrownBy(
            () ->
                reports.update(
                    draft.amend(
                        List.of(), "khác", "tram.reporter", Instant.parse("2025-01-13T02:00:00Z")),
                    1))
        .isInstanceOf(ChangedMeanwhileException.class);
    assertThat(reports.find(draft.id()).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
  }

  @Test
  void theListFiltersByStateUnitAndYear() {
    reports.insert(draft("rep-" + run + "-a", "w-a", 2023));
    reports.insert(draft("rep-" + run + "-b", "w-a", 2024));
    MovementReport c = draft("rep-" + run + "-c", "w-b", 2024);
    reports.insert(c);
    reports.update(c.submit("x.head", Instant.parse("2025-01-12T02:00:00Z")), 1);

    assertThat(reports.list(plan, null, List.of("w-a", "w-b"), 2024))
        .extracting(MovementReport::id)
        .containsExactly("rep-" + run + "-b", "rep-" + run + "-c");
    assertThat(reports.list(plan, ReportState.SUBMITTED, List.of("w-a", "w-b"), null))
        .extracting(MovementReport::id)
        .containsExactly("rep-" + run + "-c");
    assertThat(reports.list(plan, null, List.of("w-a"), 2023))
        .extracting(MovementReport::id)
        .containsExactly("rep-" + run + "-a");
    assertThat(reports.list(plan, null, List.of(), null)).isEmpty();
  }
}
