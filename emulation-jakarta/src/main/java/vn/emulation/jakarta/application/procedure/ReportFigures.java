package vn.emulation.jakarta.application.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.measurement.MeasurementRepository;
import vn.emulation.jakarta.application.measurement.StoredMeasurement;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The figures a report names, checked against the stored measurements (ADR 0038): each is a stored
 * measurement of the report's plan, unit and year, at a version it has or had (the version stored
 * now when none is named), and becomes the core's {@link FigureReference} whose measurement id is
 * the measurement's key within the plan, {@code indicator.unit.year[.breakdown]} (measurements are
 * keyed by their natural key, ADR 0035). Stateless.
 */
public final class ReportFigures {

  private ReportFigures() {}

  /** The id a report gives the measurement of {@code indicator}, unit, year and breakdown. */
  static String measurementId(String indicator, String unit, int year, String breakdown) {
    String key = indicator + "." + unit + "." + year;
    return breakdown.isEmpty() ? key : key + "." + breakdown;
  }

  /** The breakdown of the measurement a figure of {@code report} names; empty for the overall. */
  public static String breakdownOf(MovementReport report, FigureReference f) {
    String key = f.indicatorCode() + "." + report.unitCode() + "." + report.year();
    String id = f.measurementId();
    return id.length() > key.length() + 1 && id.startsWith(key + ".")
        ? id.substring(key.length() + 1)
        : "";
  }

  /**
   * The references of {@code figures}, each checked against what is stored; the problems of the
   * edge's reading (at {@code figures…}) and of each lookup are added to {@code problems} at {@code
   * figures[i]…}. A figure whose fields did not read is left to those problems.
   */
  static List<FigureReference> resolve(
      ProblemCollector problems,
      Unread unread,
      MeasurementRepository measurements,
      String planCode,
      String unitCode,
      Integer year,
      List<ReportCommands.FigureInput> figures) {
    for (Problem p : unread.problems()) {
      if (p.path().equals("figures") || p.path().startsWith("figures[")) {
        problems.add(p.path(), p.reason());
      }
    }
    List<FigureReference> refs = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      ReportCommands.FigureInput f = figures.get(i);
      String path = "figures[" + i + "]";
      if (f == null) {
        continue; // not an object: the edge said so
      }
      if (f.indicatorCode() == null) {
        if (!unread.take(new ProblemCollector(), path + ".indicatorCode")) {
          problems.add(path + ".indicatorCode", AdapterMessages.text("report.indicatorRequired"));
        }
        continue;
      }
      // every figure goes to the core, at its index, so that its problems name the right one
      Long asked = f.measurementVersion();
      long version = asked == null ? 1 : asked;
      if (unitCode != null && year != null && (asked == null || asked >= 1)) {
        Optional<StoredMeasurement> now =
            measurements.find(planCode, f.indicatorCode(), unitCode, year, f.breakdown());
        if (now.isEmpty()) {
          problems.add(
              path,
              AdapterMessages.text(
                  "report.figureNotStored", f.indicatorCode(), f.breakdown(), unitCode, year));
        } else {
          long current = now.get().version();
          version = asked == null ? current : asked;
          long wanted = version;
          boolean had =
              wanted == current
                  || measurements
                      .superseded(planCode, f.indicatorCode(), unitCode, year, f.breakdown())
                      .stream()
                      .anyMatch(m -> m.version() == wanted);
          if (!had) {
            problems.add(
                path + ".measurementVersion",
                AdapterMessages.text(
                    "report.figureNoSuchVersion",
                    f.indicatorCode(),
                    unitCode,
                    year,
                    wanted,
                    current));
          }
        }
      }
      refs.add(
          new FigureReference(
              f.indicatorCode(),
              measurementId(
                  f.indicatorCode(),
                  unitCode == null ? "" : unitCode,
                  year == null ? 0 : year,
                  f.breakdown()),
              version));
    }
    return refs;
  }
}
