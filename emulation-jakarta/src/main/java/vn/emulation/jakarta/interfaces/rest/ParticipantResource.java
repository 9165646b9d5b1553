package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.participant.ParticipantCommands.EvidenceUpdate;
import vn.emulation.jakarta.application.participant.ParticipantCommands.NewParticipant;
import vn.emulation.jakarta.application.participant.ParticipantCommands.ParticipantQuery;
import vn.emulation.jakarta.application.participant.ParticipantRegistry;
import vn.emulation.jakarta.application.participant.history.ParticipantHistories;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.ParticipantViews.EvidenceView;
import vn.emulation.jakarta.interfaces.rest.ParticipantViews.ParticipantView;

/**
 * The participants of a plan's movement (đối tượng thi đua) and the evidence each keeps for an
 * occasion: answers to declaration criteria, counted achievements, amounts, registration.
 */
@Path("/plans/{plan}/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "participants", description = "Đối tượng thi đua và minh chứng của họ")
public class ParticipantResource {

  private static final String BAD =
      "Something in the request is wrong; each field is named;" + " nothing was stored";

  @Inject ParticipantRegistry registry;
  @Inject EmulationSettings settings;
  @Inject ParticipantHistories histories;
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
  @Operation(summary = "The plan's participants by name, a page at a time")
  @APIResponse(responseCode = "200", description = "A page of participants")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<ParticipantView> list(
      @QueryParam("category")
          @Parameter(description = "Only this participant category (its" + " code)")
          String category,
      @QueryParam("unit") @Parameter(description = "Only participants of this unit (its code)")
          String unit,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request =
        read.page(page, size, ParticipantRegistry.DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    ParticipantQuery q =
        new ParticipantQuery(QueryReader.text(category), QueryReader.text(unit), request);
    return registry.list(plan, q, read.unread()).map(ParticipantView::of);
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
  @Operation(summary = "One participant")
  @APIResponse(responseCode = "200", description = "The participant")
  @APIResponse(responseCode = "404", description = "No such plan or participant")
  public ParticipantView get(
      @PathParam("id") @Parameter(description = "The participant's id") String id) {
    return ParticipantView.of(registry.get(plan, id));
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
  @Path("/{id}/history")
  @Operation(
      summary = "A participant's history: ratings, titles, initiatives, awards",
      description =
          "Its own records and, for a unit's body, those of the bodies of the units merged into"
              + " its unit (the lineage as of today); each record names where it came from.")
  @APIResponse(
      responseCode = "200",
      description = "The history",
      content = @Content(schema = @Schema(ref = "ParticipantHistoryView")))
  @APIResponse(responseCode = "404", description = "No such plan or participant")
  public HistoryViews.ParticipantHistoryView history(
      @PathParam("id") @Parameter(description = "The participant's id") String id) {
    return HistoryViews.ParticipantHistoryView.of(histories.read(plan, id));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register a participant",
      description =
          "Checked as a whole: id unused (generated when absent), kind, name, a"
              + " category of the plan of that kind, a known unit.")
  @RequestBody(description = "The participant")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names it",
      content = @Content(schema = @Schema(ref = "ParticipantView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response create(NewParticipant body) {
    ParticipantView p = ParticipantView.of(registry.create(plan, required(body)));
    return Response.created(uri.getAbsolutePathBuilder().path(p.id()).build()).entity(p).build();
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
  @Path("/{id}/evidence/{occasion}")
  @Operation(
      summary = "The evidence stored for a participant and an occasion",
      description = "What is absent is unknown: the criteria needing it stay undecided.")
  @APIResponse(
      responseCode = "200",
      description =
          "The stored facts; ETag carries their" + " version, for If-Match on a later PUT",
      content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "404", description = "No such plan, participant or occasion")
  public Response evidence(
      @PathParam("id") @Parameter(description = "The participant's id") String id,
      @PathParam("occasion") @Parameter(description = "The occasion's code") String occasion) {
    return EntityTags.ok(registry.taggedEvidence(plan, id, occasion).map(EvidenceView::of));
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/evidence/{occasion}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Store evidence for a participant and an occasion",
      description =
          "Each fact given replaces the stored one of the same key; facts not given"
              + " stay. Answers only to declaration criteria, counts and amounts only under the fact"
              + " keys of count and norm criteria, each applying to the participant's category. The"
              + " registration holds for the whole plan.")
  @RequestBody(description = "The facts")
  @APIResponse(
      responseCode = "200",
      description = "Stored; every fact now known, ETag their" + " new version",
      content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan, participant or occasion")
  @APIResponse(
      responseCode = "412",
      description =
          "The evidence changed since the ETag given in" + " If-Match; nothing was stored")
  public Response putEvidence(
      @PathParam("id") @Parameter(description = "The participant's id") String id,
      @PathParam("occasion") @Parameter(description = "The occasion's code") String occasion,
      @HeaderParam(EntityTags.IF_MATCH)
          @Parameter(
              description =
                  "Optional: the ETag of the"
                      + " evidence as last read; refused (412) if it changed since")
          String ifMatch,
      EvidenceUpdate body) {
    Precondition seen = EntityTags.ifMatch(ifMatch);
    return EntityTags.ok(
        registry.putEvidence(plan, id, occasion, required(body), seen).map(EvidenceView::of));
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw Bodies.missing();
    }
    return body;
  }
}
