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
import java.util.List;
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
import vn.emulation.jakarta.application.procedure.AwardCommands.AnnulAward;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.ProposeRevocation;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordRecovery;
import vn.emulation.jakarta.application.procedure.PlanRevocation;
import vn.emulation.jakarta.application.procedure.Revocations;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.AwardViews.GroundView;
import vn.emulation.jakarta.interfaces.rest.AwardViews.RevocationView;

/**
 * The revocation of an award (Law chapter VII, step 8): Home Affairs proposes it on a ground of
 * art. 93.2; the Chairman, for the office that decided, annuls it (the awardee's history marks the
 * award revoked) or dismisses it; Home Affairs records the recovery. A unit's staff read their own
 * awardees'. Every command names the version it read in If-Match (the case's ETag); 428 without it,
 * 412 when stale, 409 naming the allowed commands in a state that does not allow it (ADR 0037, ADR
 * 0040).
 */
@Path("/plans/{plan}/revocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "revocations",
    description = "Revocation of an award (Law chapter VII): annulment and recovery")
public class RevocationResource {

  private static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN = "The caller's roles do not give this command";
  private static final String NONE = "No such plan or revocation";

  @Inject Revocations cases;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

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
      summary = "The plan's revocations, oldest first, a page at a time",
      description = "A unit's staff see their own unit's awardees' only.")
  @APIResponse(responseCode = "200", description = "A page of revocations")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<RevocationView> list(
      @QueryParam("state")
          @Parameter(description = "Only this state: PROPOSED, ANNULLED, RECOVERED, DISMISSED")
          String state,
      @QueryParam("unit") @Parameter(description = "Only the awardees of this unit (its code)")
          String unit,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    if (read.unread().any()) {
      throw new vn.emulation.core.common.InvalidInputException("query", read.unread().problems());
    }
    return cases
        .list(plan, QueryReader.text(state), QueryReader.text(unit), request)
        .map(RevocationView::of);
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
  @Path("/grounds")
  @Operation(
      summary = "The grounds of Law art. 93.2 on which an award is revoked, in the law's order",
      description =
          "Each with the code a proposal names, its point of art. 93.2, what it is and the"
              + " provision, in both languages; a page offers these rather than writing them down.")
  @APIResponse(responseCode = "200", description = "The grounds (GroundView each)")
  @APIResponse(responseCode = "404", description = "No such plan")
  public List<GroundView> grounds() {
    return cases.grounds(plan).stream().map(GroundView::of).toList();
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
  @Path("/{id}")
  @Operation(summary = "One revocation with its transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The revocation; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "RevocationView")))
  @APIResponse(responseCode = "404", description = NONE + " (another unit's reads as none)")
  public Response get(@PathParam("id") @Parameter(description = "The revocation's id") String id) {
    return CaseResponses.ok(cases.find(plan, id), RevocationView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose to annul one awardee's award of a submission's decision",
      description =
          "The submission, the form decided, the awardee (by nomination), the ground of Law art. 93.2 and the facts.")
  @RequestBody(content = @Content(schema = @Schema(ref = "ProposeRevocation")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "RevocationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(ProposeRevocation body) {
    Tagged<PlanRevocation> c = cases.propose(plan, Bodies.required(body));
    return CaseResponses.created(
        uri, c, RevocationView::of, "plans", plan, "revocations", c.value().revocation().id());
  }

  @POST
  @RolesAllowed({Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/annul")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The office that decided annuls the award on a day; the awardee's history marks it revoked")
  @RequestBody(content = @Content(schema = @Schema(ref = "AnnulAward")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "RevocationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response annul(
      @PathParam("id") @Parameter(description = "The revocation's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      AnnulAward body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(cases.annul(plan, id, Bodies.required(body), seen), RevocationView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/recovery")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record what was recovered: the artefact, the money in dong")
  @RequestBody(content = @Content(schema = @Schema(ref = "RecordRecovery")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "RevocationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response recordRecovery(
      @PathParam("id") @Parameter(description = "The revocation's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      RecordRecovery body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.recordRecovery(plan, id, Bodies.required(body), seen), RevocationView::of);
  }

  @POST
  @RolesAllowed({Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dismiss the proposal, with the reason: the award stands")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseReason")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "RevocationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response dismiss(
      @PathParam("id") @Parameter(description = "The revocation's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CaseReason body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.dismiss(plan, id, Bodies.required(body), seen), RevocationView::of);
  }
}
