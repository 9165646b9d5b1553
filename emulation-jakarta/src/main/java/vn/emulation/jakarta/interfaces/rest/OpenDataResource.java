package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.workspace.ProgressParameters;
import vn.emulation.jakarta.application.workspace.ProgressReports;
import vn.emulation.jakarta.format.opendata.OpenDataWriter;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * Progress published as open data (seed III.6): read only and public, one row per unit and target
 * for a unit and the units directly under it, as CSV (UTF-8 with a byte-order mark, so that Excel
 * shows Vietnamese names) or JSON. The same question always gives the same bytes.
 */
@Path("/open-data/{plan}")
@RequestScoped
@Tag(name = "open data", description = "Dữ liệu mở: tiến độ thực hiện chỉ tiêu (CSV, JSON)")
public class OpenDataResource {

  static final String CSV = "text/csv; charset=UTF-8";

  private final OpenDataWriter writer = new OpenDataWriter();

  @Inject ProgressReports progress;

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

  /** plan-unit-milestone-year, with anything unsafe in a header replaced. */
  static String fileName(List<ProgressReport> reports) {
    ProgressReport r = reports.get(0);
    String name =
        r.planCode() + "-progress-" + r.unitCode() + "-" + r.milestoneYear() + "-" + r.year();
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
