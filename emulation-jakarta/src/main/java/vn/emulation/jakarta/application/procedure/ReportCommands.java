package vn.emulation.jakarta.application.procedure;

import java.util.ArrayList;
import java.util.List;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Unread;

/** What a client asks of yearly movement reports, as the edge read it; the core checks values. */
public final class ReportCommands {

  private ReportCommands() {}

  /**
   * One figure a report rests on: a stored measurement of the report's unit and year, named by its
   * indicator and breakdown, at the version the unit read.
   *
   * @param breakdown the breakdown, empty for the overall figure
   * @param measurementVersion the version read; absent for the version stored now
   */
  public record FigureInput(String indicatorCode, String breakdown, Long measurementVersion) {

    public FigureInput {
      breakdown = breakdown == null ? "" : breakdown;
    }
  }

  /**
   * A unit opens its report for a year of the plan.
   *
   * @param unitCode the reporting unit: the caller's own
   * @param figures the figures so far, possibly none yet
   * @param narrative the text so far, possibly none yet
   * @param unread the fields the edge could not read (then absent here)
   */
  public record OpenReport(
      String unitCode, Integer year, List<FigureInput> figures, String narrative, Unread unread) {

    public OpenReport {
      figures = figures == null ? List.of() : new ArrayList<>(figures);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The figures and narrative of a report the unit holds replaced (draft, returned, reopened).
   *
   * @param unread the fields the edge could not read (then absent here)
   */
  public record AmendReport(List<FigureInput> figures, String narrative, Unread unread) {

    public AmendReport {
      figures = figures == null ? List.of() : new ArrayList<>(figures);
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /** The unit sends its report: what is sent is the report at the version in If-Match; body {}. */
  public record SubmitReport() {}

  /**
   * Home Affairs' act on a report: a reason, required to return or reopen it, a note optional to
   * approve it.
   *
   * @param unread the fields the edge could not read (then absent here)
   */
  public record ReportAnswer(String reason, Unread unread) {

    public ReportAnswer {
      unread = unread == null ? Unread.none() : unread;
    }
  }

  /**
   * The list's filters: a state, a unit, a year, the page.
   *
   * @param unread the parameters the edge could not read
   */
  public record ReportQuery(
      String state, String unit, Integer year, PageRequest page, Unread unread) {

    public ReportQuery {
      unread = unread == null ? Unread.none() : unread;
    }
  }
}
