package vn.emulation.jakarta.interfaces.rest;

import java.time.Instant;
import java.util.List;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.jakarta.application.procedure.ReportFigures;
import vn.emulation.jakarta.interfaces.rest.CaseViews.TransitionView;

/** How yearly movement reports are shown over the API. */
final class ReportViews {

  private ReportViews() {}

  /**
   * A unit's yearly movement report (plan VI.1), with every transition it took and the commands its
   * state allows now; its version is also its ETag, for If-Match on the next command.
   *
   * @param locked whether it is approved, so that only a reopening changes it
   * @param figures the stored measurements it rests on, each at the version the unit read
   * @param narrative the text, empty while none is written
   * @param allowed the commands its state allows now
   */
  public record ReportView(
      String id,
      String planCode,
      String unitCode,
      int year,
      String state,
      long version,
      boolean locked,
      List<FigureView> figures,
      String narrative,
      String openedBy,
      Instant openedAt,
      List<String> allowed,
      List<TransitionView> transitions) {

    static ReportView of(MovementReport r) {
      return new ReportView(
          r.id(),
          r.planCode(),
          r.unitCode(),
          r.year(),
          r.state().name(),
          r.version(),
          r.isLocked(),
          r.figures().stream().map(f -> FigureView.of(r, f)).toList(),
          r.narrative(),
          r.openedBy(),
          r.openedAt(),
          r.allowedCommands(),
          CaseViews.transitions(r.log()));
    }
  }

  /**
   * A figure a report rests on: the stored measurement of the report's unit and year for the
   * indicator and breakdown, at the version the unit read.
   *
   * @param breakdown the breakdown, empty for the overall figure
   * @param measurementId the measurement's key in the plan, {@code indicator.unit.year[.breakdown]}
   * @param measurementVersion its version when the report referred to it
   */
  public record FigureView(
      String indicatorCode, String breakdown, String measurementId, long measurementVersion) {
    static FigureView of(MovementReport r, FigureReference f) {
      return new FigureView(
          f.indicatorCode(),
          ReportFigures.breakdownOf(r, f),
          f.measurementId(),
          f.measurementVersion());
    }
  }
}
