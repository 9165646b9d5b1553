package vn.emulation.jakarta.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;
import vn.emulation.jakarta.application.procedure.ReportRepository;

/** The {@link ReportRepository} port in memory, stored on the version read like the JDBC one. */
public final class InMemoryReportRepository extends InMemoryCases<MovementReport>
    implements ReportRepository {

  public InMemoryReportRepository() {
    super(MovementReport::id, MovementReport::version);
  }

  @Override
  public List<MovementReport> list(
      String planCode, ReportState state, Collection<String> unitCodes, Integer year) {
    return all(
            r ->
                r.planCode().equals(planCode)
                    && (state == null || r.state() == state)
                    && (unitCodes == null || unitCodes.contains(r.unitCode()))
                    && (year == null || r.year() == year))
        .stream()
        .sorted(
            Comparator.comparing(MovementReport::unitCode).thenComparing(MovementReport::openedAt))
        .toList();
  }
}
