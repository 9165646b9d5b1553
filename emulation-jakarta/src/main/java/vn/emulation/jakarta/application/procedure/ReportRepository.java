package vn.emulation.jakarta.application.procedure;

import java.util.Collection;
import java.util.List;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;

/**
 * The port where units' yearly movement reports are kept (ADR 0037, 0038): read back as the core's
 * {@link MovementReport}, with every transition; changed only on the version a command read.
 */
public interface ReportRepository extends CaseStore<MovementReport> {

  /**
   * The plan's reports by unit, then opening time.
   *
   * @param state only those in this state; null for any
   * @param unitCodes only those of these units; null for any unit
   * @param year only those of this year; null for any
   */
  List<MovementReport> list(
      String planCode, ReportState state, Collection<String> unitCodes, Integer year);
}
