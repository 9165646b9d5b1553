package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanCommands.ChangeStatus;
import vn.emulation.jakarta.application.plan.StoredPlan;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/** Plans: import a plan file, list plans, read any version back in the same format. */
@Path("/plans")
@RequestScoped
@Tag(
    name = "plans",
    description = "Kế hoạch thi đua: import, list, versions and their status, export")
public class PlanResource {

  /** A plan file is tens of kilobytes; anything far larger is not a plan. */
  static final int MAX_PLAN_CHARS = 5_000_000;

  @Inject PlanCatalog catalog;
  @Inject EmulationSettings settings;

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import a plan file (format emulation-plan/1)",
      description =
          "Validated as a whole: every problem is returned at once and nothing is"
              + " stored. Importing the same version again with the same content changes nothing.")
  @RequestBody(
      description = "The plan file, see docs/plan-format.md",
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ContractDocumentation.PLAN_FILE)))
  @APIResponse(
      responseCode = "201",
      description = "Stored as a new version",
      content = @Content(schema = @Schema(ref = "StoredPlan")))
  @APIResponse(
      responseCode = "200",
      description = "This exact version was already stored",
      content = @Content(schema = @Schema(ref = "StoredPlan")))
  @APIResponse(responseCode = "400", description = "Problems in the file, with their paths")
  @APIResponse(responseCode = "409", description = "That version exists with other content")
  @Timed(name = "planImports", description = "Plan file imports, valid or not")
  public Response importPlan(String json, @jakarta.ws.rs.core.Context UriInfo uri) {
    if (json == null || json.isBlank()) {
      throw Bodies.missing();
    }
    if (json.length() > MAX_PLAN_CHARS) {
      throw Bodies.tooLarge(MAX_PLAN_CHARS);
    }
    PlanCatalog.Imported imported = catalog.importPlan(json);
    StoredPlan p = imported.plan();
    if (!imported.created()) {
      return Response.ok(p).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("plans")
                .path(p.code())
                .path("versions")
                .path(String.valueOf(p.version()))
                .build())
        .entity(p)
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The latest version of every plan, a page at a time")
  public Page<StoredPlan> list(
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    read.unread().throwWith(new ProblemCollector(), "query", List.of("page", "size"));
    return catalog.list(request);
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Path("/{code}/versions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Every version of a plan, oldest first",
      description =
          "Each with its status (DRAFT, IN_FORCE, SUPERSEDED, CLOSED), the days it governed,"
              + " its document's number and day of issue, and the statuses a change of status"
              + " may ask for next (allowedNext)")
  @APIResponse(
      responseCode = "200",
      description = "Every version, oldest first",
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = PlanVersionView.class)))
  @APIResponse(responseCode = "404", description = "No such plan")
  public List<PlanVersionView> versions(@PathParam("code") String code) {
    return catalog.describedVersions(code).stream().map(PlanVersionView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{code}/versions/{version}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Bring a version into force, or close the plan",
      description =
          "IN_FORCE brings a draft into force from the day given (by default the day its own"
              + " data names: its amendment's decision, its issue, or its period's first day) and"
              + " supersedes the version in force from that day; CLOSED ends the version in force"
              + " from the day given (today by default). Every read of the plan's rules takes the"
              + " version in force on the day it is about. A change the version's life does not"
              + " allow is a 409 naming the statuses allowed (DRAFT → IN_FORCE; IN_FORCE →"
              + " SUPERSEDED by a later version, or CLOSED; nothing after SUPERSEDED or CLOSED).")
  @RequestBody(
      description = "The status asked for and its day",
      required = true,
      content = @Content(schema = @Schema(ref = "ChangeStatus")))
  @APIResponse(
      responseCode = "200",
      description = "Changed; every version of the plan with its status, oldest first",
      content =
          @Content(
              schema =
                  @Schema(
                      // "ref" would drop every other attribute: the answer is an array of them
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = PlanVersionView.class)))
  @APIResponse(responseCode = "400", description = "Problems in the body, each with its field")
  @APIResponse(responseCode = "404", description = "No such plan or version")
  @APIResponse(
      responseCode = "409",
      description = "The version's life does not allow it; the problem names the statuses allowed")
  @Timed(name = "planStatusChanges", description = "Changes of a plan version's status")
  public List<PlanVersionView> changeStatus(
      @PathParam("code") @Parameter(description = "The plan's code") String code,
      @PathParam("version") @Parameter(description = "The version") int version,
      ChangeStatus body) {
    if (body == null) {
      throw Bodies.missing();
    }
    return catalog.described(catalog.changeStatus(code, version, body)).stream()
        .map(PlanVersionView::of)
        .toList();
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Path("/{code}/versions/{version}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One version in the plan file format")
  @APIResponse(
      responseCode = "200",
      description = "The plan file",
      content = @Content(schema = @Schema(ref = ContractDocumentation.PLAN_FILE)))
  @APIResponse(responseCode = "404", description = "No such plan or version")
  public Response version(@PathParam("code") String code, @PathParam("version") int version) {
    return Response.ok(catalog.document(code, version), MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, ContentLanguage.BOTH)
        .build();
  }

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Path("/{code}/export")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The latest version as a plan file to download")
  @APIResponse(
      responseCode = "200",
      description = "The plan file",
      content = @Content(schema = @Schema(ref = ContractDocumentation.PLAN_FILE)))
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response export(@PathParam("code") String code) {
    var versions = catalog.versions(code);
    int latest = versions.get(versions.size() - 1).version();
    return Response.ok(catalog.document(code, latest), MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, ContentLanguage.BOTH)
        .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + latest + ".json\"")
        .build();
  }
}
