package vn.emulation.jakarta.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import vn.emulation.core.procedure.report.FigureReference;
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.core.procedure.report.ReportState;

/**
 * A yearly movement report as a stored case of kind "report" and back: its own fields (year,
 * figures as references, narrative) as the JSON body; the shared columns and the log are {@link
 * CaseRows}'. Reading back goes through {@link MovementReport#restore}, which refuses a log no
 * command could have made. Stateless.
 */
final class ReportCases {

  static final String KIND = MovementReport.LIFECYCLE.kind();

  /** The mapping {@link JdbcReportRepository} stores with. */
  static final CaseMapper<MovementReport> MAPPER =
      new CaseMapper<>() {
        @Override
        public String kind() {
          return KIND;
        }

        @Override
        public CaseRepository.StoredCase stored(MovementReport r) {
          return ReportCases.stored(r);
        }

        @Override
        public MovementReport restored(CaseRepository.StoredCase stored) {
          return report(stored);
        }
      };

  private ReportCases() {}

  static CaseRepository.StoredCase stored(MovementReport r) {
    JsonArrayBuilder figures = Json.createArrayBuilder();
    for (FigureReference f : r.figures()) {
      figures.add(
          Json.createObjectBuilder()
              .add("indicatorCode", f.indicatorCode())
              .add("measurementId", f.measurementId())
              .add("measurementVersion", f.measurementVersion()));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("year", r.year())
            .add("figures", figures)
            .add("narrative", r.narrative());
    return CaseRows.stored(
        KIND, r.id(), r.planCode(), r.unitCode(), r.openedBy(), r.openedAt(), r.log(), body);
  }

  static MovementReport report(CaseRepository.StoredCase c) {
    JsonObject body = CaseRows.body(c);
    List<FigureReference> figures =
        body.getJsonArray("figures").getValuesAs(JsonObject.class).stream()
            .map(
                f ->
                    new FigureReference(
                        f.getString("indicatorCode"),
                        f.getString("measurementId"),
                        f.getJsonNumber("measurementVersion").longValueExact()))
            .toList();
    return MovementReport.restore(
        c.id(),
        c.planCode(),
        c.unitCode(),
        body.getInt("year"),
        figures,
        body.getString("narrative"),
        c.openedBy(),
        c.openedAt(),
        CaseRows.log(c, ReportState.class));
  }
}
