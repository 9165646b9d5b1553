package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.DecideForm;
import vn.emulation.jakarta.application.procedure.AwardCommands.NoFields;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareSubmission;
import vn.emulation.jakarta.application.procedure.DossierExport;
import vn.emulation.jakarta.application.procedure.Dossiers;
import vn.emulation.jakarta.application.procedure.PlanSubmission;
import vn.emulation.jakarta.application.procedure.Submissions;
import vn.emulation.jakarta.format.dossier.DossierWriter;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.infrastructure.config.SignatureSettings;
import vn.emulation.jakarta.interfaces.rest.AwardViews.SubmissionView;

/**
 * The submission (tờ trình) of a council's approved nominees to an office, by form, and the
 * decisions on it (step 7): forms within the office's authority are decided by the Chairman (the
 * decision appends to each awardee's history); the others are proposals to the level above. Every
 * command names the version it read in If-Match (the case's ETag); 428 without it, 412 when stale,
 * 409 naming the allowed commands in a state that does not allow it (ADR 0037, ADR 0040).
 */
@Path("/plans/{plan}/submissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "submissions",
    description = "The submission to the deciding office, the decisions and the proposals upward")
public class SubmissionResource {

  private static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN =
      "The caller's roles do not give this command (the Chairman decides)";
  private static final String NONE = "No such plan or submission";

  private static final String DOSSIER_ZIP = "application/zip";

  @Inject Submissions cases;
  @Inject Dossiers dossiers;
  @Inject SignatureSettings signatures;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Operation(summary = "The plan's submissions, oldest first, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of submissions")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<SubmissionView> list(
      @QueryParam("state") @Parameter(description = "Only this state: SUBMITTED, CLOSED, RETURNED")
          String state,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    if (read.unread().any()) {
      throw new vn.emulation.core.common.InvalidInputException("query", read.unread().problems());
    }
    return cases.list(plan, QueryReader.text(state), request).map(SubmissionView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(summary = "One submission with its transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The submission; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "SubmissionView")))
  @APIResponse(responseCode = "404", description = NONE)
  public Response get(@PathParam("id") @Parameter(description = "The submission's id") String id) {
    return CaseResponses.ok(cases.find(plan, id), SubmissionView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/dossier.zip")
  @Produces({DOSSIER_ZIP, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "The electronic dossier of the submission's proposals to the level above",
      description =
          "A ZIP in the format emulation-dossier/1 (docs/dossier-format.md): the submission as a"
              + " PDF, each nominee proposed upward with the files of their dossier, and"
              + " manifest.json listing every file with its size and SHA-256, signed by"
              + " manifest.json.p7s (detached CMS, the configured signing key). The same"
              + " submission gives the same bytes.")
  @APIResponse(
      responseCode = "200",
      description = "The dossier",
      content =
          @Content(
              mediaType = DOSSIER_ZIP,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                      format = "binary")))
  @APIResponse(responseCode = "403", description = "Only Home Affairs or the Chairman")
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(
      responseCode = "409",
      description = "The submission proposes nothing upward, or a file's bytes are not kept")
  public Response dossier(
      @PathParam("id") @Parameter(description = "The submission's id") String id) {
    DossierExport export = dossiers.export(plan, id);
    byte[] zip = DossierWriter.write(export, signatures.signingKey());
    return Response.ok(zip, DOSSIER_ZIP)
        .header("Content-Disposition", "attachment; filename=\"ho-so-" + id + ".zip\"")
        .build();
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Draw up the submission of a closed meeting's approved nominees to an office",
      description =
          "Grouped by form; for each the law in force on the day says whether the office may decide it, and which offices may (a proposal upward).")
  @RequestBody(content = @Content(schema = @Schema(ref = "PrepareSubmission")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "SubmissionView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(PrepareSubmission body) {
    Tagged<PlanSubmission> c = cases.prepare(plan, Bodies.required(body));
    return CaseResponses.created(
        uri, c, SubmissionView::of, "plans", plan, "submissions", c.value().submission().id());
  }

  @POST
  @RolesAllowed({Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The Chairman decides one form within the office's authority: number, day, signer, type, awardees; each awardee's history gets the award")
  @RequestBody(content = @Content(schema = @Schema(ref = "DecideForm")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "SubmissionView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response decide(
      @PathParam("id") @Parameter(description = "The submission's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      DecideForm body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.decide(plan, id, Bodies.required(body), seen), SubmissionView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the submission once every form within the authority is decided")
  @RequestBody(content = @Content(schema = @Schema(ref = "NoFields")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "SubmissionView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response close(
      @PathParam("id") @Parameter(description = "The submission's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      NoFields body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return CaseResponses.ok(cases.close(plan, id, seen), SubmissionView::of);
  }

  @POST
  @RolesAllowed({Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The Chairman returns the submission to Home Affairs, with the reason, before any decision")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseReason")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "SubmissionView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response returnToHomeAffairs(
      @PathParam("id") @Parameter(description = "The submission's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CaseReason body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.returnToHomeAffairs(plan, id, Bodies.required(body), seen), SubmissionView::of);
  }
}
