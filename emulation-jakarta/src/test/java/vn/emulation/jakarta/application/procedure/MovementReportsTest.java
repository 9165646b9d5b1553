package vn.emulation.jakarta.application.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.procedure.CommandRefusedException;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;
import vn.emulation.core.target.Measurement;
import vn.emulation.jakarta.application.ConflictException;
import vn.emulation.jakarta.application.NotFoundException;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.audit.AuditEntry;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCatalogs;
import vn.emulation.jakarta.application.procedure.ReportCommands.AmendReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.FigureInput;
import vn.emulation.jakarta.application.procedure.ReportCommands.OpenReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportAnswer;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportQuery;
import vn.emulation.jakarta.application.unit.Scopes;
import vn.emulation.jakarta.testing.InMemoryCity;
import vn.emulation.jakarta.testing.InMemoryReportRepository;

/**
 * The yearly movement report on the in-memory stores: the unit's head or reporter opens and sends
 * the unit's report, its figures checked against the stored measurements of that unit and year at
 * their version; Home Affairs approves (locking it), returns and reopens with a reason; each
 * refusal stores and audits nothing.
 */
class MovementReportsTest {

  private static final String PLAN = InMemoryCity.PLAN;
  private static final String WARD = InMemoryCity.WARD;
  private static final String OTHER = InMemoryCity.OTHER_WARD;
  private static final Caller HEAD = new Caller("hoa.head", Set.of(Role.UNIT_HEAD), WARD);
  private static final Caller OTHER_HEAD = new Caller("binh.head", Set.of(Role.UNIT_HEAD), OTHER);
  private static final Caller REPORTER = InMemoryCity.WARD_REPORTER;
  private static final Caller OFFICER = InMemoryCity.OFFICER;
  private static final String NARRATIVE =
      "Phường Vĩnh Thanh Vân đã triển khai Kế hoạch; 80 % hồ sơ được xử lý trên môi trường mạng.";

  private final InMemoryCity city = new InMemoryCity();
  private final PlanCatalog plans = PlanCatalogs.withRachGia(city);
  private final InMemoryReportRepository store = new InMemoryReportRepository();
  private final MovementReports reports = new MovementReports();
  private int entriesBefore;

  @BeforeEach
  void wire() {
    reports.reports = store;
    reports.measurements = city.measurements;
    reports.plans = plans;
    reports.flows =
        new CaseFlows(plans, Scopes.of(city), city.callers, city.audit, InMemoryCity.CLOCK);
    city.measurements.put(PLAN, Measurement.ratio("G2", WARD, 2024, 150, 190), null, "tram");
    city.measurements.put(PLAN, Measurement.ratio("G2", WARD, 2024, 152, 190), null, "tram");
    city.measurements.put(PLAN, Measurement.ratio("G3", WARD, 2024, 40, 50), null, "tram");
    city.measurements.put(PLAN, Measurement.ratio("G2", OTHER, 2024, 10, 20), null, "tram");
    entriesBefore = city.auditLog.entries().size();
  }

  private static OpenReport open(List<FigureInput> figures, String narrative) {
    return new OpenReport(WARD, 2024, figures, narrative, null);
  }

  private Tagged<MovementReport> opened() {
    city.callers.actAs(HEAD);
    return reports.open(
        PLAN,
        open(List.of(new FigureInput("G2", "", 1L), new FigureInput("G3", "", null)), NARRATIVE));
  }

  private static Precondition at(Tagged<?> t) {
    return Precondition.oneOf(List.of(t.tag()));
  }

  private List<String> actions() {
    List<AuditEntry> all = city.auditLog.entries();
    return all.subList(entriesBefore, all.size()).stream().map(AuditEntry::action).toList();
  }

  @Test
  void theUnitsHeadOpensAReportOnTheStoredFiguresAtTheirVersions() {
    Tagged<MovementReport> r = opened();

    assertThat(r.tag()).isEqualTo("1");
    assertThat(r.value().state()).isEqualTo(ReportState.DRAFT);
    assertThat(r.value().openedBy()).isEqualTo("hoa.head");
    // G2 was corrected once (version 2 now); the unit read version 1, G3 the version stored now
    assertThat(r.value().figures())
        .containsExactly(
            new FigureReference("G2", "G2." + WARD + ".2024", 1),
            new FigureReference("G3", "G3." + WARD + ".2024", 1));
    assertThat(store.find(r.value().id())).isPresent();
    assertThat(actions()).containsExactly("report.open");
  }

  @Test
  void aFigureNotStoredOrAtAVersionItNeverHadIsRefusedWithEveryProblemAndNothingStored() {
    city.callers.actAs(HEAD);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                reports.open(
                    PLAN,
                    open(
                        List.of(
                            new FigureInput("G2", "", 7L),
                            new FigureInput("G1", "", null),
                            new FigureInput("G3", "", 1L),
                            new FigureInput("G3", "", 1L)),
                        NARRATIVE)));

    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("figures[0].measurementVersion", "figures[1]", "figures[3].indicatorCode");
    assertThat(e.problems().get(0).reason().en()).contains("no version 7").contains("now is 2");
    assertThat(store.list(PLAN, null, null, null)).isEmpty();
    assertThat(actions()).isEmpty();
  }

  @Test
  void onlyTheUnitsOwnHeadOrReporterOpensItsReport() {
    city.callers.actAs(OFFICER);
    assertThatThrownBy(() -> reports.open(PLAN, open(List.of(), "")))
        .isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(OTHER_HEAD);
    assertThatThrownBy(() -> reports.open(PLAN, open(List.of(), "")))
        .isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(REPORTER);
    assertThat(reports.open(PLAN, open(List.of(), "")).value().unitCode()).isEqualTo(WARD);
    assertThat(actions()).containsExactly("report.open");
  }

  @Test
  void aUnitHasOneReportAYear() {
    opened();

    assertThatThrownBy(() -> reports.open(PLAN, open(List.of(), "")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already has a movement report for 2024");
    assertThat(store.list(PLAN, null, null, null)).hasSize(1);
  }

  @Test
  void approvedIsLockedUntilHomeAffairsReopensItWithAReason() {
    Tagged<MovementReport> draft = opened();
    String id = draft.value().id();
    Tagged<MovementReport> sent = reports.submit(PLAN, id, at(draft));
    city.callers.actAs(OFFICER);
    Tagged<MovementReport> approved =
        reports.approve(PLAN, id, new ReportAnswer(null, null), at(sent));
    assertThat(approved.value().isLocked()).isTrue();

    city.callers.actAs(HEAD);
    CommandRefusedException locked =
        catchThrowableOfType(
            CommandRefusedException.class,
            () -> reports.amend(PLAN, id, new AmendReport(List.of(), "đổi", null), at(approved)));
    assertThat(locked.allowed()).containsExactly(MovementReport.REOPEN);

    city.callers.actAs(OFFICER);
    InvalidInputException noReason =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reports.reopen(PLAN, id, new ReportAnswer(" ", null), at(approved)));
    assertThat(noReason.problems()).extracting(Problem::path).containsExactly("reason");
    Tagged<MovementReport> reopened =
        reports.reopen(
            PLAN, id, new ReportAnswer("Số liệu G2 được đính chính", null), at(approved));

    city.callers.actAs(HEAD);
    Tagged<MovementReport> amended =
        reports.amend(
            PLAN,
            id,
            new AmendReport(List.of(new FigureInput("G2", "", null)), NARRATIVE, null),
            at(reopened));
    assertThat(amended.value().figures())
        .containsExactly(new FigureReference("G2", "G2." + WARD + ".2024", 2));
    assertThat(reports.submit(PLAN, id, at(amended)).value().state())
        .isEqualTo(ReportState.SUBMITTED);
    assertThat(actions())
        .containsExactly(
            "report.open",
            "report.submit",
            "report.approve",
            "report.reopen",
            "report.amend",
            "report.submit");
    assertThat(store.find(id).orElseThrow().log().transitions().get(2).reason())
        .isEqualTo("Số liệu G2 được đính chính");
  }

  @Test
  void theUnitDoesNotApproveAndHomeAffairsDoesNotSubmit() {
    Tagged<MovementReport> draft = opened();
    String id = draft.value().id();

    city.callers.actAs(OFFICER);
    assertThatThrownBy(() -> reports.submit(PLAN, id, at(draft)))
        .isInstanceOf(AccessDeniedException.class);
    city.callers.actAs(HEAD);
    Tagged<MovementReport> sent = reports.submit(PLAN, id, at(draft));
    assertThatThrownBy(() -> reports.approve(PLAN, id, new ReportAnswer(null, null), at(sent)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
  }

  @Test
  void anotherUnitsReportReadsAsUnknownAndIsLeftOutOfItsList() {
    Tagged<MovementReport> mine = opened();
    city.callers.actAs(OTHER_HEAD);
    reports.open(PLAN, new OpenReport(OTHER, 2024, List.of(), "", null));

    assertThatThrownBy(() -> reports.find(PLAN, mine.value().id()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No movement report " + mine.value().id());
    assertThat(
            reports
                .list(PLAN, new ReportQuery(null, null, null, new PageRequest(0, 20), null))
                .items())
        .extracting(MovementReport::unitCode)
        .containsExactly(OTHER);
    InvalidInputException outside =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                reports.list(
                    PLAN, new ReportQuery(null, WARD, null, new PageRequest(0, 20), null)));
    assertThat(outside.problems()).extracting(Problem::path).containsExactly("unit");

    city.callers.actAs(OFFICER);
    assertThat(
            reports
                .list(PLAN, new ReportQuery("DRAFT", null, 2024, new PageRequest(0, 20), null))
                .items())
        .extracting(MovementReport::unitCode)
        .containsExactly(WARD, OTHER);
    assertThat(
            reports
                .list(PLAN, new ReportQuery(null, null, 2023, new PageRequest(0, 20), null))
                .items())
        .isEmpty();
  }
}
