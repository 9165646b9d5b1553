package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;
import vn.emulation.jakarta.application.procedure.ReportRepository;

/**
 * Yearly movement reports as procedure cases of kind "report" (V10, {@link ReportCases}). The year
 * is the body's: the list filters state and units in SQL and the year in Java (ADR 0037: a step
 * adds columns when it must filter on them in SQL).
 */
@ApplicationScoped
public class JdbcReportRepository extends JdbcCaseStore<MovementReport>
    implements ReportRepository {

  protected JdbcReportRepository() {}

  /** A repository on a given case store: for tests outside a container. */
  JdbcReportRepository(JdbcCaseRepository cases) {
    super(cases);
  }

  @Override
  CaseMapper<MovementReport> mapper() {
    return ReportCases.MAPPER;
  }

  @Override
  public List<MovementReport> list(
      String planCode, ReportState state, Collection<String> unitCodes, Integer year) {
    return listed(planCode, state, unitCodes).stream()
        .filter(r -> year == null || r.year() == year)
        .toList();
  }
}
