package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.DocumentFile;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.SubmissionDocuments;
import vn.emulation.jakarta.application.procedure.Submissions;

/**
 * The documents of a stored submission (issue 13, ADR 0051): its tờ trình and each decision as
 * signed when the act was done (the same bytes at every download), each awardee's certificate and
 * the attached lists as XLSX rendered from the stored decision. Read by whoever reads the
 * submission; the strong ETag is the file's SHA-256 (304 on If-None-Match); the file name is
 * Vietnamese (RFC 6266 with its RFC 5987 {@code filename*}, an ASCII fallback beside it).
 */
@Path("/plans/{plan}/submissions/{id}/documents")
@RequestScoped
@Tag(name = "documents")
public class SubmissionDocumentResource {

  private static final String NONE = "No such plan, submission, form or awardee";
  private static final String UNISSUED =
      "The submission has no document issued yet, or the form is not decided yet";
  private static final String PDF = DocumentFile.PDF;
  private static final String XLSX = DocumentFile.XLSX;

  @Inject Submissions cases;
  @Inject SubmissionDocuments documents;
  @Context Request request;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @PathParam("id")
  @Parameter(description = "The submission's id")
  String id;

  private PlanSubmission held() {
    return cases.find(plan, id).value();
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/submission.pdf")
  @Produces(PDF)
  @Operation(
      summary = "The submission, signed when it was drawn up",
      description =
          "PAdES-signed PDF in the layout of Decree 30/2020, with the lists attached; the bytes"
              + " kept when it was signed, so every download is the same file (ETag its SHA-256).")
  @APIResponse(
      responseCode = "200",
      description = "The signed PDF",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = UNISSUED)
  public Response submission() {
    return file(documents.submission(held()));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/submission.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The lists attached to the submission, as XLSX")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = UNISSUED)
  public Response submissionList() {
    return file(documents.submissionList(held()));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/decisions/{form}.pdf")
  @Produces(PDF)
  @Operation(
      summary = "The decision on a form, with its list, signed when it was made",
      description =
          "PAdES-signed PDF; it prints the audit log's head (entry number and SHA-256 hash) of the"
              + " anchor taken as the decision was made, as /api/open-data/audit/anchors.json"
              + " publishes it. The bytes kept when it was signed (ETag its SHA-256).")
  @APIResponse(
      responseCode = "200",
      description = "The signed PDF",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = UNISSUED)
  public Response decision(
      @PathParam("form") @Parameter(description = "The law's code of the form") String form) {
    return file(documents.decision(held(), form));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/decisions/{form}.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The list attached to the decision on a form, as XLSX")
  @APIResponse(
      responseCode = "200",
      description = "The workbook",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = UNISSUED)
  public Response decisionList(
      @PathParam("form") @Parameter(description = "The law's code of the form") String form) {
    return file(documents.decisionList(held(), form));
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/decisions/{form}/certificates/{nomination}.pdf")
  @Produces(PDF)
  @Operation(
      summary = "An awardee's certificate under the decision on a form",
      description = "Rendered from the stored decision, dated its day; not signed of its own.")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content =
          @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "304", description = "Not modified (If-None-Match)")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = UNISSUED)
  public Response certificate(
      @PathParam("form") @Parameter(description = "The law's code of the form") String form,
      @PathParam("nomination") @Parameter(description = "The awardee's nomination id")
          String nomination) {
    return file(documents.certificate(held(), form, nomination));
  }

  private Response file(DocumentFile f) {
    EntityTag tag = new EntityTag(f.sha256());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
    if (unchanged != null) {
      return unchanged.tag(tag).build();
    }
    return Response.ok(f.content(), f.mediaType())
        .tag(tag)
        .header("Content-Disposition", disposition(f.fileName()))
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  /**
   * RFC 6266: an ASCII fallback (diacritics dropped, đ as d) and the Vietnamese name in {@code
   * filename*} (RFC 5987, UTF-8 percent-encoded).
   */
  static String disposition(String fileName) {
    String ascii =
        Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded =
        URLEncoder.encode(
                Normalizer.normalize(fileName, Normalizer.Form.NFC), StandardCharsets.UTF_8)
            .replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
