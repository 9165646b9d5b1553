package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
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
import vn.emulation.jakarta.application.procedure.Announcements;
import vn.emulation.jakarta.application.procedure.AwardCommands.AnswerComment;
import vn.emulation.jakarta.application.procedure.AwardCommands.CaseReason;
import vn.emulation.jakarta.application.procedure.AwardCommands.CloseAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PrepareAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.PublishAnnouncement;
import vn.emulation.jakarta.application.procedure.AwardCommands.RecordComment;
import vn.emulation.jakarta.application.procedure.PlanAnnouncement;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.AwardViews.AnnouncementView;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * The public announcement of an occasion's appraised nominees (công khai, step 5): Home Affairs
 * draws the list up, publishes it for the working days the law asks, records the opinions received
 * and answers each, closes or withdraws it; anyone reads a published list. Every command names the
 * version it read in If-Match (the case's ETag); 428 without it, 412 when stale, 409 naming the
 * allowed commands in a state that does not allow it (ADR 0037, ADR 0040).
 */
@Path("/plans/{plan}/announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "announcements",
    description =
        "Public announcement of the nominees: prepare, publish, record and answer opinions, close")
public class AnnouncementResource {

  private static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN =
      "Only Home Affairs (officer, administrator) keeps the announcement";
  private static final String NONE = "No such plan or announcement";

  @Inject Announcements cases;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Operation(summary = "The plan's announcements, oldest first, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of announcements")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<AnnouncementView> list(
      @QueryParam("state")
          @Parameter(description = "Only this state: PREPARED, PUBLISHED, CLOSED, WITHDRAWN")
          String state,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    if (read.unread().any()) {
      throw new vn.emulation.core.common.InvalidInputException("query", read.unread().problems());
    }
    return cases.list(plan, QueryReader.text(state), request).map(AnnouncementView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/{id}")
  @Operation(summary = "One announcement with its transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The announcement; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "404", description = NONE)
  public Response get(
      @PathParam("id") @Parameter(description = "The announcement's id") String id) {
    return CaseResponses.ok(cases.find(plan, id), AnnouncementView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Draw up the list of an occasion's appraised nominees",
      description =
          "The nominees named, or every nominee the appraisal found eligible; each once. Publish it next.")
  @RequestBody(content = @Content(schema = @Schema(ref = "PrepareAnnouncement")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(PrepareAnnouncement body) {
    Tagged<PlanAnnouncement> c = cases.prepare(plan, Bodies.required(body));
    return CaseResponses.created(
        uri,
        c,
        AnnouncementView::of,
        "plans",
        plan,
        "announcements",
        c.value().announcement().id());
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish the list on a day at a channel; each form's period by the law in force that day, in working days")
  @RequestBody(content = @Content(schema = @Schema(ref = "PublishAnnouncement")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response publish(
      @PathParam("id") @Parameter(description = "The announcement's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      PublishAnnouncement body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.publish(plan, id, Bodies.required(body), seen), AnnouncementView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record an opinion received within the period, as its author signed it")
  @RequestBody(content = @Content(schema = @Schema(ref = "RecordComment")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response comment(
      @PathParam("id") @Parameter(description = "The announcement's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      RecordComment body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.comment(plan, id, Bodies.required(body), seen), AnnouncementView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer an opinion, by its number")
  @RequestBody(content = @Content(schema = @Schema(ref = "AnswerComment")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response answer(
      @PathParam("id") @Parameter(description = "The announcement's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      AnswerComment body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.answer(plan, id, Bodies.required(body), seen), AnnouncementView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close the list on a day after its period, every opinion answered")
  @RequestBody(content = @Content(schema = @Schema(ref = "CloseAnnouncement")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response close(
      @PathParam("id") @Parameter(description = "The announcement's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CloseAnnouncement body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.close(plan, id, Bodies.required(body), seen), AnnouncementView::of);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Withdraw the list, with the reason")
  @RequestBody(content = @Content(schema = @Schema(ref = "CaseReason")))
  @APIResponse(
      responseCode = "200",
      description = "Done; ETag its new version",
      content = @Content(schema = @Schema(ref = "AnnouncementView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NONE)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response withdraw(
      @PathParam("id") @Parameter(description = "The announcement's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CaseReason body) {
    var seen = CaseResponses.ifMatch(ifMatch);
    return CaseResponses.ok(
        cases.withdraw(plan, id, Bodies.required(body), seen), AnnouncementView::of);
  }

  @GET
  @PermitAll
  @PublicRead
  @Path("/published")
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(
      summary = "The plan's published announcements, newest first, as anyone reads them",
      description =
          "Who is proposed for which award, where the list is published and until when opinions"
              + " are taken; how many opinions were received and answered, not who sent them.")
  @APIResponse(responseCode = "200", description = "The published lists")
  @APIResponse(responseCode = "404", description = "No such plan")
  public List<AwardViews.PublishedAnnouncement> published() {
    return cases.publishedAll(plan).stream().map(AwardViews.PublishedAnnouncement::of).toList();
  }

  @GET
  @PermitAll
  @PublicRead
  @Path("/{id}/public")
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(summary = "One published announcement, as anyone reads it")
  @APIResponse(
      responseCode = "200",
      description = "The list as published",
      content = @Content(schema = @Schema(ref = "PublishedAnnouncement")))
  @APIResponse(
      responseCode = "404",
      description = "No such plan or announcement, or one not published (prepared or withdrawn)")
  public AwardViews.PublishedAnnouncement publishedOne(
      @PathParam("id") @Parameter(description = "The announcement's id") String id) {
    return AwardViews.PublishedAnnouncement.of(cases.published(plan, id));
  }
}
