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
import vn.emulation.jakarta.application.procedure.AwardCommands.CastVote;
import vn.emulation.jakarta.application.procedure.AwardCommands.ConveneCouncil;
import vn.emulation.jakarta.application.procedure.AwardCommands.NoFields;
import vn.emulation.jakarta.application.procedure.CouncilMeetings;
import vn.emulation.jakarta.application.procedure.PlanCouncilMeeting;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.AwardViews.CouncilMeetingView;

/**
 * The emulation and commendation council's meetings (step 6): Home Affairs convenes the council as
 * appointed on a closed announcement, opens and closes the vote; each member votes per nominee; the
 * minutes give the result. Every command names the version it read in If-Match (the case's ETag);
 * 428 without it, 412 when stale, 409 naming the allowed commands in a state that does not allow it
 * (ADR 0037, ADR 0040).
 */
@Path("/plans/{plan}/council-meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "council-meetings",
    description = "The emulation and commendation council: convene, vote per nominee, minutes")
public class CouncilMeetingResource {

  private static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN =
      "The caller's roles do not give this command (a council member votes as themselves)";
  private static final String NONE = "No such plan or council meeting";

  @Inject CouncilMeetings cases;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Operation(summary = "The plan's council meetings, oldest first, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of council meetings")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<CouncilMeetingView> list(
      @QueryParam("state")
          @Parameter(description = "Only this state: CONVENED, VOTING, CLOSED, ADJOURNED")
          String state,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    if (read.unread().any()) {
      throw new vn.emulation.core.common.InvalidInputException("query", read.unread().problems());
    }
    return cases.list(plan, QueryReader.text(state), request).map(CouncilMeetingView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(summary = "One council meeting with its transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The council meeting; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "404", description = NONE)
  public Response get(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id) {
    return CaseResponses.ok(cases.find(plan, id), CouncilMeetingView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Convene the council on a closed announcement",
      description =
          "Its composition (members and seats; quorum and approval shares, the defaults when absent: at least 2/3 present, more than 1/2 of all members for), the day (after the announcement's period), the place, the members present.")
  @RequestBody(content = @Content(schema = @Schema(ref = "ConveneCouncil")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(ConveneCouncil body) {
    Tagged<PlanCouncilMeeting> c = cases.convene(plan, Bodies.required(body));
    return CaseResponses.created(
        uri,
        c,
        CouncilMeetingView::of,
        "plans",
        plan,
        "council-meetings",
        c.value().meeting().id());
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/open-voting")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open the vote; the quorum must be present")
  @RequestBody(content = @Content(schema = @Schema(ref = "NoFields")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response openVoting(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      NoFields body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return CaseResponses.ok(cases.openVoting(plan, id, seen), CouncilMeetingView::of);
  }

  @POST
  @RolesAllowed({Roles.COUNCIL, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/votes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A present member's vote on a nominee: a council member votes as themselves; the secretariat records a member's vote cast at the meeting")
  @RequestBody(content = @Content(schema = @Schema(ref = "CastVote")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response vote(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CastVote body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.vote(plan, id, Bodies.required(body), seen), CouncilMeetingView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/written-votes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "An absent member's written opinion on a nominee")
  @RequestBody(content = @Content(schema = @Schema(ref = "CastVote")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response voteInWriting(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CastVote body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.voteInWriting(plan, id, Bodies.required(body), seen), CouncilMeetingView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the vote: the minutes and the result per nominee")
  @RequestBody(content = @Content(schema = @Schema(ref = "NoFields")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response close(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      NoFields body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return CaseResponses.ok(cases.close(plan, id, seen), CouncilMeetingView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/adjourn")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Adjourn the meeting without a vote, with the reason")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseReason")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "CouncilMeetingView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response adjourn(
      @PathParam("id") @Parameter(description = "The council meeting's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CaseReason body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.adjourn(plan, id, Bodies.required(body), seen), CouncilMeetingView::of);
  }
}
