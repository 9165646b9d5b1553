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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.unit.HierarchyChanges;
import vn.emulation.jakarta.application.unit.UnitCommands.CloseUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.MergeUnits;
import vn.emulation.jakarta.application.unit.UnitCommands.MoveUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.OpenUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.SplitUnit;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitQuery;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitTreeQuery;
import vn.emulation.jakarta.application.unit.UnitDirectory;
import vn.emulation.jakarta.application.unit.UnitHistory;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.UnitViews.UnitSummary;
import vn.emulation.jakarta.interfaces.rest.UnitViews.UnitTree;

/**
 * The administrative units: the hierarchy on any day, each unit's history, and the changes Home
 * Affairs records — opening, closing, renaming or moving, merging and splitting. Units are never
 * deleted: a closed unit keeps its history and names its successors.
 */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "units",
    description =
        "Đơn vị hành chính: cây đơn vị theo ngày, lịch sử, thành lập,"
            + " giải thể, sáp nhập, chia tách")
public class UnitResource {

  private static final String BAD =
      "Something in the request is wrong; each field is named;" + " nothing was stored";
  static final String IF_MATCH =
      "Optional: the ETag of the unit as last read; the change is"
          + " refused (412) if the unit changed since";
  static final String STALE =
      "The unit changed since the ETag given in If-Match; nothing was" + " stored";

  @Inject UnitDirectory directory;
  @Inject HierarchyChanges changes;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;

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
      summary = "The units existing on a day, by code, a page at a time",
      description = "Each with its name and parent as they stood that day.")
  @APIResponse(responseCode = "200", description = "A page of units")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  public Page<UnitSummary> list(
      @QueryParam("date") @Parameter(description = "The day, YYYY-MM-DD; today by default")
          String date,
      @QueryParam("level")
          @Parameter(description = "Only units of this level: PROVINCE," + " DISTRICT or COMMUNE")
          String level,
      @QueryParam("parent")
          @Parameter(description = "Only units directly under this unit that" + " day (its code)")
          String parent,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    UnitQuery q =
        new UnitQuery(
            read.date("date", date),
            read.choice("level", level, UnitLevel.class),
            QueryReader.text(parent),
            read.page(page, size, UnitDirectory.DEFAULT_PAGE_SIZE, settings.pageMaxSize()));
    return UnitViews.list(directory.list(q, read.unread()));
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
  @Path("/tree")
  @Operation(
      summary = "The hierarchy as it stood on a day",
      description =
          "Every top unit of that day (or the unit named) with the units under it, each"
              + " with the name and parent it had that day.")
  @APIResponse(responseCode = "200", description = "The tree")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  public UnitTree tree(
      @QueryParam("date") @Parameter(description = "The day, YYYY-MM-DD; today by default")
          String date,
      @QueryParam("root")
          @Parameter(description = "Start from this unit instead of the top" + " units (its code)")
          String root) {
    QueryReader read = new QueryReader();
    UnitTreeQuery q = new UnitTreeQuery(read.date("date", date), QueryReader.text(root));
    return UnitViews.tree(directory.tree(q, read.unread()));
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
  @Path("/{code}")
  @Operation(
      summary = "One unit with its whole history",
      description =
          "Its names and parents over time, when it opened and closed, the units that"
              + " took it over and those it took over, and what each reorganisation was (a"
              + " merger, a split, a taking over, a dissolution).")
  @APIResponse(
      responseCode = "200",
      description = "The unit; ETag carries its version, for" + " If-Match on a later edit",
      content = @Content(schema = @Schema(implementation = UnitViews.UnitDetail.class)))
  @APIResponse(responseCode = "404", description = "No unit with that code")
  public Response get(@PathParam("code") @Parameter(description = "The unit's code") String code) {
    return EntityTags.ok(directory.record(code).map(UnitViews.UnitDetail::of));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a unit",
      description =
          "The whole request is checked at once: code given and never used, name,"
              + " level below the parent's, a parent existing on the opening day, the date.")
  @RequestBody(description = "The new unit")
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it",
      content = @Content(schema = @Schema(ref = "UnitHistory")))
  @APIResponse(responseCode = "400", description = BAD)
  public Response open(OpenUnit body) {
    UnitHistory unit = changes.open(required(body));
    return created(unit.code(), unit);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{code}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close (dissolve) a unit from a day",
      description = "Refused while units still lie under it from that day.")
  @RequestBody(description = "The first day it no longer exists")
  @APIResponse(
      responseCode = "200",
      description = "Closed; its history, ETag its new version",
      content = @Content(schema = @Schema(implementation = UnitHistory.class)))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No unit with that code")
  @APIResponse(responseCode = "412", description = STALE)
  public Response close(
      @PathParam("code") @Parameter(description = "The unit's code") String code,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      CloseUnit body) {
    Precondition seen = EntityTags.ifMatch(ifMatch);
    return EntityTags.ok(changes.close(code, required(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{code}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Rename a unit and/or place it under another parent from a day",
      description =
          "Its earlier names and parents stay in its history; a later change already"
              + " recorded after that day is replaced.")
  @RequestBody(description = "The day, and the new name and/or parent")
  @APIResponse(
      responseCode = "200",
      description = "Changed; its history, ETag its new version",
      content = @Content(schema = @Schema(implementation = UnitHistory.class)))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No unit with that code")
  @APIResponse(responseCode = "412", description = STALE)
  public Response move(
      @PathParam("code") @Parameter(description = "The unit's code") String code,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      MoveUnit body) {
    Precondition seen = EntityTags.ifMatch(ifMatch);
    return EntityTags.ok(changes.move(code, required(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Merge two or more units into a new one",
      description =
          "The sources close on the day and name the new unit as their successor, which"
              + " inherits their history; the units under them move under it.")
  @RequestBody(description = "The sources, the new unit and the day")
  @APIResponse(
      responseCode = "201",
      description = "Merged; the new unit with its predecessors",
      content = @Content(schema = @Schema(ref = "UnitHistory")))
  @APIResponse(responseCode = "400", description = BAD)
  public Response merge(MergeUnits body) {
    UnitHistory unit = changes.merge(required(body));
    return created(unit.code(), unit);
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/split")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Split a unit into two or more new ones",
      description =
          "The source closes on the day and names the new units as its successors."
              + " Refused while units still lie under it.")
  @RequestBody(description = "The source, the new units and the day")
  @APIResponse(
      responseCode = "201",
      description = "Split; the new units",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UnitHistory.class)))
  @APIResponse(responseCode = "400", description = BAD)
  public Response split(SplitUnit body) {
    List<UnitHistory> units = changes.split(required(body));
    return created(units.get(0).code(), units);
  }

  private Response created(String code, Object entity) {
    return Response.created(uri.getBaseUriBuilder().path("units").path(code).build())
        .entity(entity)
        .build();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw Bodies.missing();
    }
    return body;
  }
}
