package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.audit.AuditAnchors;
import vn.emulation.jakarta.application.audit.AuditLog;
import vn.emulation.jakarta.application.audit.AuditQuery.Listing;
import vn.emulation.jakarta.application.procedure.AwardCommands.NoFields;
import vn.emulation.jakarta.interfaces.rest.AuditView.EntryView;
import vn.emulation.jakarta.interfaces.rest.AuditView.VerificationView;

/**
 * The audit log, for administrators: every write with who made it and the state before and after,
 * and the verification of its hash chain. Read-only: the log has no endpoint that changes it.
 */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "Nhật ký kiểm toán: mọi thao tác ghi, chuỗi băm và kiểm tra")
public class AuditResource {

  private static final String NO_TOKEN = "No valid token";
  private static final String NOT_ADMIN = "The token's roles do not include admin";

  @Inject AuditLog log;
  @Inject AuditAnchors anchors;
  @Context HttpHeaders headers;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "The audit log, newest first, a page at a time",
      description =
          "Each entry: who (user, role, unit), when, what (action, target), the state"
              + " before and after, and the hashes that chain it to the entry before.")
  @APIResponse(responseCode = "200", description = "A page of entries")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = NOT_ADMIN)
  public Page<EntryView> entries(
      @QueryParam("action")
          @Parameter(
              description =
                  "Only this action, e.g. unit.close," + " measurement.upload, plan.import")
          String action,
      @QueryParam("actor") @Parameter(description = "Only this user") String actor,
      @QueryParam("target")
          @Parameter(
              description =
                  "Only this target and what lies below it,"
                      + " e.g. units/30730 or plans/rach-gia-2022-2025")
          String target,
      @QueryParam("from")
          @Parameter(
              description =
                  "Recorded on or after this day (YYYY-MM-DD,"
                      + " in Vietnam) or instant (ISO-8601 with offset)")
          String from,
      @QueryParam("to")
          @Parameter(description = "Recorded on or before this day, or before" + " this instant")
          String to,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 50 by default") String size) {
    QueryReader read = new QueryReader();
    Listing q =
        new Listing(
            QueryReader.trimmed(action),
            QueryReader.trimmed(actor),
            QueryReader.trimmed(target),
            read.moment("from", from),
            read.moment("to", to),
            read.page(page, size, AuditLog.DEFAULT_PAGE_SIZE, log.maxPageSize()));
    return log.entries(q, read.unread()).map(EntryView::of);
  }

  @GET
  @Path("/verification")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Verify the audit log's hash chain",
      description =
          "Reads every entry from the first and recomputes its hash; names the first"
              + " entry that was changed, removed or reordered, with the reason in the language of"
              + " Accept-Language. Detects tampering; it cannot prevent it.")
  @APIResponse(
      responseCode = "200",
      description =
          "Whether the chain is intact, how many entries"
              + " were checked, and the first broken entry (null when intact)",
      content = @Content(schema = @Schema(implementation = VerificationView.class)))
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = NOT_ADMIN)
  public Response verification() {
    Locale locale = Language.of(headers);
    return Response.ok(VerificationView.of(log.verify(), locale))
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .build();
  }

  @POST
  @Path("/anchors")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Take an anchor of the audit head now",
      description =
          "Keeps the head's last entry and its hash as an anchor (audited audit.anchor), published"
              + " at /api/open-data/audit/anchors.json and .csv; the daily run takes one every"
              + " day by itself (ADR 0045).")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequestBody(
      description = "{}: an anchor has no parameters",
      content = @Content(schema = @Schema(ref = "NoFields")))
  @APIResponse(
      responseCode = "201",
      description = "The anchor taken",
      content = @Content(schema = @Schema(implementation = AnchorViews.AnchorView.class)))
  @APIResponse(responseCode = "400", description = "The body is not {}; the field is named")
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = NOT_ADMIN)
  public Response takeAnchor(NoFields body) {
    Bodies.required(body);
    AnchorViews.AnchorView view = AnchorViews.AnchorView.of(anchors.take());
    return Response.status(Response.Status.CREATED)
        .entity(view)
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("/anchors/verification")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Verify the audit log against its published anchors",
      description =
          "Verifies the chain, then compares each anchor with the entry it names: the first anchor"
              + " whose entry is gone or hashes otherwise is named. A chain rewritten with its head"
              + " verifies by itself but no longer matches the anchors published before.")
  @APIResponse(
      responseCode = "200",
      description = "Whether chain and anchors agree",
      content =
          @Content(schema = @Schema(implementation = AnchorViews.AnchorVerificationView.class)))
  @APIResponse(responseCode = "401", description = NO_TOKEN)
  @APIResponse(responseCode = "403", description = NOT_ADMIN)
  public Response anchorVerification() {
    Locale locale = Language.of(headers);
    return Response.ok(AnchorViews.AnchorVerificationView.of(anchors.verify(), locale))
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .build();
  }
}
