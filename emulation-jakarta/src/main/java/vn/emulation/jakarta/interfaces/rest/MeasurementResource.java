package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.measurement.BlankTemplate;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementQuery;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.UploadedFile;
import vn.emulation.jakarta.application.measurement.MeasurementReports;
import vn.emulation.jakarta.application.measurement.MeasurementSheets;
import vn.emulation.jakarta.application.measurement.MeasurementTemplates;
import vn.emulation.jakarta.application.measurement.MeasurementUploads;
import vn.emulation.jakarta.application.measurement.Reported;
import vn.emulation.jakarta.application.measurement.Uploaded;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.format.template.TemplateFiles;
import vn.emulation.jakarta.format.upload.MeasurementFile;
import vn.emulation.jakarta.format.upload.UploadLimits;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.MeasurementViews.MeasurementView;
import vn.emulation.jakarta.interfaces.rest.MeasurementViews.UploadView;
import vn.emulation.jakarta.interfaces.rest.SheetViews.HistoryView;
import vn.emulation.jakarta.interfaces.rest.SheetViews.SheetView;

/**
 * The reports of results (báo cáo kết quả) of a plan: one value at a time, a whole CSV or XLSX file
 * at once (all or nothing, the same file stored once), the stored values a page at a time, and the
 * blank file to fill in.
 */
@Path("/plans/{plan}/measurements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "measurements",
    description =
        "Báo cáo kết quả thực hiện chỉ tiêu: từng số liệu," + " tải tệp CSV/XLSX, tệp mẫu")
public class MeasurementResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String BAD =
      "Something in the request is wrong; each field (or row of"
          + " the file: rows[N].column) is named; nothing was stored";

  @Inject MeasurementReports reports;
  @Inject MeasurementUploads uploads;
  @Inject MeasurementTemplates templates;
  @Inject MeasurementSheets sheets;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Report one value",
      description =
          "A ratio of counts (numerator, denominator) or, for indicators not summed"
              + " up as a ratio of sums, a plain value. Checked as a whole: an indicator of the plan,"
              + " a unit existing during the year, a year of the plan period, numerator within"
              + " denominator, nothing negative, a percentage not above 100. A second report for the"
              + " same indicator, unit, year and breakdown corrects the first.")
  @RequestBody(description = "The value reported")
  @APIResponse(
      responseCode = "201",
      description = "Stored as a new value",
      content = @Content(schema = @Schema(ref = "MeasurementView")))
  @APIResponse(
      responseCode = "200",
      description = "Stored as a correction of the value before",
      content = @Content(schema = @Schema(ref = "MeasurementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(
      responseCode = "412",
      description =
          "The figure changed since the version given in If-Match (its ETag, or the"
              + " version of the sheet's row); nothing was stored")
  public Response report(
      MeasurementReport body,
      @HeaderParam(EntityTags.IF_MATCH)
          @Parameter(
              description =
                  "The version of the stored figure the correction was made on (\"3\"; \"0\""
                      + " for a figure not stored yet): a later change refuses it (412)")
          String ifMatch) {
    if (body == null) {
      throw Bodies.missing();
    }
    Reported r = reports.report(plan, body, EntityTags.ifMatch(ifMatch));
    MeasurementView m = MeasurementView.of(r.measurement());
    String etag = EntityTags.quoted(String.valueOf(m.version()));
    if (!r.created()) {
      return Response.ok(m).header(HttpHeaders.ETAG, etag).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder()
                .queryParam("unit", m.unitCode())
                .queryParam("indicator", m.indicatorCode())
                .queryParam("year", m.year())
                .build())
        .header(HttpHeaders.ETAG, etag)
        .entity(m)
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Path("/sheet")
  @Operation(
      summary = "A unit's reporting sheet for a year",
      description =
          "Every indicator the unit may report at its level (the rows of its template), the"
              + " threshold of the target that concerns it at the year's milestone, the figure"
              + " stored so far (who, when, its version for If-Match) and the unit's attainment"
              + " with the year's figures. A unit's user reads their own unit by default.")
  @APIResponse(
      responseCode = "200",
      description = "The sheet",
      content = @Content(schema = @Schema(ref = "SheetView")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "403", description = "The unit is outside the caller's own")
  @APIResponse(responseCode = "404", description = "No such plan")
  public SheetView sheet(
      @QueryParam("unit")
          @Parameter(description = "The unit (its code); a unit's user's own by default")
          String unit,
      @QueryParam("year")
          @Parameter(description = "The year, within the plan period; this year by default")
          String year) {
    QueryReader read = new QueryReader();
    String u = QueryReader.text(unit);
    Integer y = read.integer("year", year);
    return SheetView.of(sheets.sheet(plan, u, y, read.unread()));
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Path("/history")
  @Operation(
      summary = "The history of corrections of one figure",
      description =
          "The stored value, then every value a correction replaced, newest first, each with"
              + " who reported it and when.")
  @APIResponse(
      responseCode = "200",
      description = "The history; no revisions when nothing is stored",
      content = @Content(schema = @Schema(ref = "HistoryView")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "403", description = "The unit is outside the caller's own")
  @APIResponse(responseCode = "404", description = "No such plan")
  public HistoryView history(
      @QueryParam("unit")
          @Parameter(description = "The unit (its code); a unit's user's own by default")
          String unit,
      @QueryParam("indicator") @Parameter(description = "The indicator") String indicator,
      @QueryParam("year") @Parameter(description = "The year") String year,
      @QueryParam("breakdown")
          @Parameter(description = "The breakdown; the overall figure by default")
          String breakdown) {
    QueryReader read = new QueryReader();
    String u = QueryReader.text(unit);
    String i = QueryReader.text(indicator);
    Integer y = read.integer("year", year);
    return HistoryView.of(
        sheets.history(plan, u, i, y, QueryReader.text(breakdown), read.unread()));
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Operation(
      summary = "The plan's stored values, a page at a time",
      description =
          "By indicator, unit, year and breakdown; optionally only one unit,"
              + " indicator and/or year.")
  @APIResponse(responseCode = "200", description = "A page of values")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<MeasurementView> list(
      @QueryParam("unit") @Parameter(description = "Only this unit's values (its code)")
          String unit,
      @QueryParam("indicator") @Parameter(description = "Only this indicator's values")
          String indicator,
      @QueryParam("year") @Parameter(description = "Only this year's values") String year,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 50 by default") String size) {
    QueryReader read = new QueryReader();
    // read in the order of MeasurementQuery.FIELDS: the answer names them so
    PageRequest request =
        read.page(page, size, MeasurementReports.DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    MeasurementQuery q =
        new MeasurementQuery(
            QueryReader.text(unit),
            QueryReader.text(indicator),
            read.integer("year", year),
            request);
    return reports.list(plan, q, read.unread()).map(MeasurementView::of);
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/uploads")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload a CSV or XLSX file of values",
      description =
          "The file is the request body (Content-Type text/csv or the XLSX type), its"
              + " name in the filename parameter or Content-Disposition. Columns indicator, unit,"
              + " year, breakdown, numerator, denominator, value (see the template). All or"
              + " nothing: every row is checked first and every problem returned with its row"
              + " (rows[7].numerator; the header is row 1). Rows for keys already stored correct"
              + " them. The same file sent again is recognised and stored once.")
  @RequestBody(
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names the upload",
      content = @Content(schema = @Schema(ref = "UploadView")))
  @APIResponse(
      responseCode = "200",
      description = "This file was already stored: the earlier" + " upload, nothing stored again",
      content = @Content(schema = @Schema(ref = "UploadView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  @APIResponse(responseCode = "415", description = "Neither a CSV nor an XLSX media type")
  public Response upload(
      InputStream body,
      @QueryParam("filename") @Parameter(description = "The file's name (bao-cao.xlsx)")
          String filename,
      @HeaderParam("Content-Disposition") String disposition) {
    return UploadBodies.receivedBody(
        body,
        headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
        headers.getLength(),
        filename,
        disposition,
        settings.uploadMaxBytes(),
        settings.uploadTempDir(),
        (content, name, type) -> stored(measurementFile().uploaded(content, name, type)));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/uploads")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a CSV or XLSX file of values from an HTML form",
      description =
          "The same as sending the file as the body, from a multipart/form-data part"
              + " named file.")
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names the upload",
      content = @Content(schema = @Schema(ref = "UploadView")))
  @APIResponse(
      responseCode = "200",
      description = "This file was already stored",
      content = @Content(schema = @Schema(ref = "UploadView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  public Response uploadForm(@FormParam("file") EntityPart file) {
    return UploadBodies.receivedPart(
        file,
        settings.uploadMaxBytes(),
        settings.uploadTempDir(),
        (content, name, type) -> stored(measurementFile().uploaded(content, name, type)));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/uploads/{id}")
  @Operation(summary = "One upload: its file's name, fingerprint and row count")
  @APIResponse(responseCode = "200", description = "The upload")
  @APIResponse(responseCode = "404", description = "No such plan or upload")
  public UploadView upload(@PathParam("id") @Parameter(description = "The upload's id") String id) {
    return UploadView.stored(uploads.upload(plan, id));
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Path("/template.csv")
  @Produces("text/csv")
  @Operation(
      summary = "The CSV template to fill in",
      description = "UTF-8 with a byte-order mark; a row per indicator for the unit and year.")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  public Response csvTemplate(
      @QueryParam("unit")
          @Parameter(
              description = "The unit of the example rows; the plan's" + " whole city by default")
          String unit,
      @QueryParam("year")
          @Parameter(description = "The year of the example rows; this year" + " by default")
          String year) {
    return file(TemplateFiles.write(template(UploadFormat.CSV, unit, year)), UploadFormat.CSV);
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Path("/template.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "The XLSX template to fill in",
      description =
          "Sheet Số liệu to fill in, a row per indicator for the unit and year; sheet"
              + " Chỉ tiêu with the plan's indicators and thresholds; sheet Đơn vị with the units.")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  public Response xlsxTemplate(
      @QueryParam("unit")
          @Parameter(
              description = "The unit of the example rows; the plan's" + " whole city by default")
          String unit,
      @QueryParam("year")
          @Parameter(description = "The year of the example rows; this year" + " by default")
          String year) {
    return file(TemplateFiles.write(template(UploadFormat.XLSX, unit, year)), UploadFormat.XLSX);
  }

  /** The blank file of the plan for the unit and year asked for. */
  private BlankTemplate template(UploadFormat format, String unit, String year) {
    QueryReader read = new QueryReader();
    Integer y = read.integer("year", year);
    return templates.template(plan, format, QueryReader.text(unit), y, read.unread());
  }

  /** The measurement file format within the server's limits. */
  private MeasurementFile measurementFile() {
    return new MeasurementFile(
        new UploadLimits(settings.uploadMaxBytes(), settings.uploadMaxRows()));
  }

  private Response stored(UploadedFile file) {
    Uploaded u = uploads.upload(plan, file);
    if (!u.created()) {
      return Response.ok(UploadView.alreadyStored(u.upload())).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("plans")
                .path(plan)
                .path("measurements")
                .path("uploads")
                .path(u.upload().id())
                .build())
        .entity(UploadView.stored(u.upload()))
        .build();
  }

  private Response file(byte[] content, UploadFormat format) {
    return Response.ok(
            content, format.mediaType() + (format == UploadFormat.CSV ? "; charset=UTF-8" : ""))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + plan + "-mau" + format.extension() + "\"")
        .build();
  }
}
