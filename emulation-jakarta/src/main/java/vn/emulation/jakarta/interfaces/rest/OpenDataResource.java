package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.plan.Plan;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.workspace.ProgressParameters;
import vn.emulation.jakarta.application.workspace.ProgressReports;
import vn.emulation.jakarta.application.workspace.TargetForecasts;
import vn.emulation.jakarta.format.opendata.OpenDataTable;
import vn.emulation.jakarta.format.opendata.OpenDataTables;
import vn.emulation.jakarta.format.opendata.OpenDataWorkbook;
import vn.emulation.jakarta.format.opendata.OpenDataWriter;
import vn.emulation.jakarta.format.opendata.Provenance;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * Progress published as open data (seed III.6): read only and public, one row per unit and target
 * for a unit and the units directly under it, as CSV (UTF-8 with a byte-order mark, so that Excel
 * shows Vietnamese names), XLSX or JSON; and, for the dashboard's other views (ADR 0028,
 * "Downloads"), the unit's trend over the years, the ranking of the units under it and the forecast
 * with the units at risk, as CSV and XLSX. Each file answers the question of the JSON endpoint it
 * mirrors, read the same way ({@link ProgressQuery}, {@link QueryReader}), and holds the same
 * figures; the same question always gives the same bytes.
 */
@Path("/open-data/{plan}")
@RequestScoped
@Tag(
    name = "open data",
    description = "Dữ liệu mở: tiến độ, diễn biến, xếp hạng, dự báo (CSV, XLSX, JSON)")
public class OpenDataResource {

  static final String CSV = "text/csv; charset=UTF-8";
  static final String XLSX = MeasurementResource.XLSX;

  private static final String COMMON =
      " The same parameters as the JSON endpoint it mirrors, read the same way: a wrong one is a"
          + " 400 naming it. Columns are the stable machine names; the XLSX file holds the same"
          + " rows as the CSV (numbers as numbers) and a second sheet, Giải thích (About), naming"
          + " the plan, its version, the unit, the day and the source, and what each column means.";

  private final OpenDataWriter writer = new OpenDataWriter();

  @Inject ProgressReports progress;
  @Inject TargetForecasts forecasts;
  @Inject PlanCatalog catalog;

  @Context UriInfo uri;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/progress.csv")
  @Produces(CSV)
  @Operation(
      summary = "Progress as CSV: the unit (the whole city by default) and its children",
      description =
          "Columns: "
              + "plan_code, unit_code, unit_name, indicator_code,"
              + " milestone_year, figures_year, as_of, comparator, threshold, value, status,"
              + " coverage_reported, coverage_expected. RFC 4180, UTF-8 with a byte-order mark;"
              + " no data is an empty cell.")
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response csv(@BeanParam ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    List<ProgressReport> reports = progress.openData(query.plan(), asked, read.unread());
    StreamingOutput body = out -> writer.writeCsv(reports, out);
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName(reports) + ".csv\"")
        .build();
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/progress.json")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Progress as JSON: the unit (the whole city by default) and its children",
      description =
          "{\"format\": \"emulation-progress/1\", \"rows\": [...]}, each row with the"
              + " keys of the CSV's columns; numbers as numbers, no data as null.")
  @APIResponse(
      responseCode = "200",
      description = "The JSON document",
      content = @Content(schema = @Schema(ref = "OpenDataProgress")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response json(@BeanParam ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    List<ProgressReport> reports = progress.openData(query.plan(), asked, read.unread());
    StreamingOutput body = out -> writer.writeJson(reports, out);
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "inline; filename=\"" + fileName(reports) + ".json\"")
        .build();
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/progress.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "Progress as XLSX: the unit (the whole city by default) and its children",
      description = "The rows and columns of progress.csv." + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The XLSX file",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response progressXlsx(@BeanParam ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    List<ProgressReport> reports = progress.openData(query.plan(), asked, read.unread());
    ProgressReport unit = reports.get(0);
    return xlsx(
        OpenDataTables.progress(reports),
        provenance(unit, String.valueOf(unit.year())),
        fileName(reports));
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/trend.csv")
  @Produces(CSV)
  @Operation(
      summary = "The trend as CSV: the unit's figures year by year against a milestone",
      description =
          "The columns of progress.csv, one row per year and target of the unit (not its"
              + " children): from the plan's first year to `year` (the milestone's by default,"
              + " never past this year); a year the unit did not exist in has no rows."
              + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response trendCsv(@BeanParam ProgressQuery query) {
    Trend t = trend(query);
    return csv(t.table(), t.fileName());
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/trend.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "The trend as XLSX: the unit's figures year by year against a milestone",
      description = "The rows and columns of trend.csv." + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The XLSX file",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response trendXlsx(@BeanParam ProgressQuery query) {
    Trend t = trend(query);
    return xlsx(t.table(), t.provenance(), t.fileName());
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/ranking.csv")
  @Produces(CSV)
  @Operation(
      summary = "The ranking as CSV: the units directly under a unit, best first",
      description =
          "Every unit of /plans/{plan}/progress/ranking (not a page): plan_code,"
              + " parent_unit_code, milestone_year, figures_year, as_of, rank, unit_code,"
              + " unit_name, unit_level, targets, met, not_met, incomplete, no_data,"
              + " coverage_reported, coverage_expected."
              + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response rankingCsv(@BeanParam ProgressQuery query) {
    ProgressReport parent = report(query);
    return csv(OpenDataTables.ranking(parent), name(parent, "ranking", parent.year()));
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/ranking.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "The ranking as XLSX: the units directly under a unit, best first",
      description = "The rows and columns of ranking.csv." + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The XLSX file",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response rankingXlsx(@BeanParam ProgressQuery query) {
    ProgressReport parent = report(query);
    return xlsx(
        OpenDataTables.ranking(parent),
        provenance(parent, String.valueOf(parent.year())),
        name(parent, "ranking", parent.year()));
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/forecast.csv")
  @Produces(CSV)
  @Operation(
      summary = "The forecast as CSV: each target at the milestone, and the units at risk",
      description =
          "The answer of /plans/{plan}/forecast, one row per target: plan_code, milestone_year,"
              + " through_year, section (targets: the unit's own; at_risk: a unit under it at"
              + " risk), unit_code, unit_name, indicator_code, comparator, threshold, method,"
              + " points, projected, low, high (empty: unbounded), outlook, reason_vi, reason_en."
              + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The CSV file",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response forecastCsv(@BeanParam ProgressQuery query) {
    TargetForecasts.Outlook o = outlook(query);
    return csv(OpenDataTables.forecast(o), name(o.report(), "forecast", o.throughYear()));
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/forecast.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "The forecast as XLSX: each target at the milestone, and the units at risk",
      description = "The rows and columns of forecast.csv." + COMMON)
  @APIResponse(
      responseCode = "200",
      description = "The XLSX file",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response forecastXlsx(@BeanParam ProgressQuery query) {
    TargetForecasts.Outlook o = outlook(query);
    ProgressReport r = o.report();
    Plan plan = catalog.inForceOn(r.planCode(), r.date());
    // the forecast rests on the figures of every year from the plan's first to throughYear
    int first = plan.identity().period().first();
    return xlsx(
        OpenDataTables.forecast(o),
        provenance(r, span(first, o.throughYear()), plan),
        name(r, "forecast", o.throughYear()));
  }

  /** The unit's report, read as the JSON endpoints read the question. */
  private ProgressReport report(ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    return progress.progress(query.plan(), asked, read.unread());
  }

  private TargetForecasts.Outlook outlook(ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    return forecasts.forecast(query.plan(), asked, read.unread());
  }

  /** A table with its explanation and the name of its file. */
  private record Trend(OpenDataTable table, Provenance provenance, String fileName) {}

  /** The unit's trend (ProgressReports.trend) as a table. */
  private Trend trend(ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters parameters = query.parameters(read);
    ProgressReports.Trend t = progress.trend(query.plan(), parameters, read.unread());
    ProgressReport asked = t.asked();
    String span = t.firstYear() + "-" + t.lastYear();
    return new Trend(
        OpenDataTables.trend(t.years()),
        provenance(asked, span(t.firstYear(), t.lastYear()), t.plan()),
        name(asked, "trend", span));
  }

  /** "2022–2025", or "2025" for one year. */
  private static String span(int first, int last) {
    return first >= last ? String.valueOf(last) : first + "–" + last;
  }

  private Provenance provenance(ProgressReport r, String figures) {
    return provenance(r, figures, catalog.inForceOn(r.planCode(), r.date()));
  }

  private Provenance provenance(ProgressReport r, String figures, Plan plan) {
    return new Provenance(
        r.planCode(),
        plan.identity().version(),
        r.unitCode(),
        r.unitName(),
        r.milestoneYear(),
        figures,
        r.date(),
        uri.getRequestUri().toString());
  }

  private Response csv(OpenDataTable table, String fileName) {
    StreamingOutput body = out -> writer.writeCsv(table, out);
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".csv\"")
        .build();
  }

  private static Response xlsx(OpenDataTable table, Provenance about, String fileName) {
    byte[] bytes = OpenDataWorkbook.write(table, about);
    return Response.ok(bytes, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + ".xlsx\"")
        .build();
  }

  /** plan-view-unit-milestone-years, with anything unsafe in a header replaced. */
  static String name(ProgressReport r, String view, Object years) {
    String name =
        r.planCode() + "-" + view + "-" + r.unitCode() + "-" + r.milestoneYear() + "-" + years;
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** plan-unit-milestone-year, with anything unsafe in a header replaced. */
  static String fileName(List<ProgressReport> reports) {
    ProgressReport r = reports.get(0);
    String name =
        r.planCode() + "-progress-" + r.unitCode() + "-" + r.milestoneYear() + "-" + r.year();
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
