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
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.participant.history.HistoryFileUpload;
import vn.emulation.jakarta.application.participant.history.HistoryImports;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.format.template.HistoryTemplate;
import vn.emulation.jakarta.format.upload.HistoryFile;
import vn.emulation.jakarta.format.upload.UploadLimits;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.HistoryViews.HistoryImportView;

/**
 * The import of earlier years' history of a plan's participants (ratings, titles, initiatives,
 * awards) from a CSV or XLSX file, all or nothing, the same file stored once; and its blank file. A
 * participant's history is read at {@code participants/{id}/history} ({@link ParticipantResource}).
 */
@Path("/plans/{plan}/participants/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "history",
    description = "Lịch sử thi đua, khen thưởng: nhập các năm trước từ tệp CSV/XLSX, tệp mẫu")
public class HistoryResource {

  private static final String BAD =
      "Something in the file is wrong; every bad row's problem is named (rows[N].column; the"
          + " header is row 1); nothing was stored";

  @Inject HistoryImports imports;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/uploads")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Import earlier years' history from a CSV or XLSX file",
      description =
          "The file is the request body (text/csv or the XLSX type), its name in the filename"
              + " parameter or Content-Disposition. Columns participant, record (rating, title,"
              + " initiative, award), year, value, type, name, decision, date, revoked (see the"
              + " template). All or nothing: every row is checked first and every problem"
              + " returned with its row and column. The same file sent again is recognised by"
              + " its SHA-256 and stored once. Officers and administrators only.")
  @RequestBody(
      content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MeasurementResource.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names the import",
      content = @Content(schema = @Schema(ref = "HistoryImportView")))
  @APIResponse(
      responseCode = "200",
      description = "This file was already imported: the earlier import, nothing stored again",
      content = @Content(schema = @Schema(ref = "HistoryImportView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  @APIResponse(responseCode = "415", description = "Neither a CSV nor an XLSX media type")
  public Response upload(
      InputStream body,
      @QueryParam("filename") @Parameter(description = "The file's name (lich-su.xlsx)")
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
        (content, name, type) -> stored(historyFile().uploaded(content, name, type)));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/uploads")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Import earlier years' history from an HTML form",
      description = "The same as sending the file as the body, from a part named file.")
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names the import",
      content = @Content(schema = @Schema(ref = "HistoryImportView")))
  @APIResponse(
      responseCode = "200",
      description = "This file was already imported",
      content = @Content(schema = @Schema(ref = "HistoryImportView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  public Response uploadForm(@FormParam("file") EntityPart file) {
    return UploadBodies.receivedPart(
        file,
        settings.uploadMaxBytes(),
        settings.uploadTempDir(),
        (content, name, type) -> stored(historyFile().uploaded(content, name, type)));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/uploads/{id}")
  @Operation(summary = "One history import: its file's name, fingerprint and record count")
  @APIResponse(
      responseCode = "200",
      description = "The import",
      content = @Content(schema = @Schema(ref = "HistoryImportView")))
  @APIResponse(responseCode = "404", description = "No such plan or import")
  public HistoryImportView upload(
      @PathParam("id") @Parameter(description = "The import's id") String id) {
    return HistoryImportView.of(imports.find(plan, id), false);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/template.csv")
  @Produces("text/csv")
  @Operation(summary = "The CSV template of a history file, with a bilingual header")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csvTemplate() {
    return file(HistoryTemplate.csv(), UploadFormat.CSV);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/template.xlsx")
  @Produces(MeasurementResource.XLSX)
  @Operation(summary = "The XLSX template of a history file, with a bilingual header")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content =
          @Content(
              mediaType = MeasurementResource.XLSX,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response xlsxTemplate() {
    return file(HistoryTemplate.xlsx(), UploadFormat.XLSX);
  }

  private HistoryFile historyFile() {
    return new HistoryFile(new UploadLimits(settings.uploadMaxBytes(), settings.uploadMaxRows()));
  }

  private Response stored(HistoryFileUpload file) {
    HistoryImports.Imported i = imports.importFile(plan, file);
    if (!i.created()) {
      return Response.ok(HistoryImportView.of(i.history(), true)).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("plans")
                .path(plan)
                .path("participants")
                .path("history")
                .path("uploads")
                .path(i.history().id())
                .build())
        .entity(HistoryImportView.of(i.history(), false))
        .build();
  }

  private Response file(byte[] content, UploadFormat format) {
    return Response.ok(
            content, format.mediaType() + (format == UploadFormat.CSV ? "; charset=UTF-8" : ""))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + plan + "-lich-su-mau" + format.extension() + "\"")
        .build();
  }
}
