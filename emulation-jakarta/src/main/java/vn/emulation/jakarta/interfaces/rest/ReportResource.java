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
import vn.emulation.core.procedure.report.MovementReport;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.MovementReports;
import vn.emulation.jakarta.application.procedure.ReportCommands.AmendReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.OpenReport;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportAnswer;
import vn.emulation.jakarta.application.procedure.ReportCommands.ReportQuery;
import vn.emulation.jakarta.application.procedure.ReportCommands.SubmitReport;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.ReportViews.ReportView;

/**
 * Units' yearly movement reports (báo cáo phong trào, plan VI.1; step 2 of the procedure): a unit's
 * head or reporter opens the unit's report for a year, names its figures (stored measurements of
 * that unit and year, at the version read) and writes its narrative, and submits it; Home Affairs
 * approves it (locking it), returns it with a reason, or reopens an approved one with a reason.
 * Every command names the version it read in If-Match (the report's ETag).
 */
@Path("/plans/{plan}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "reports",
    description =
        "Báo cáo phong trào thi đua hằng năm của đơn vị: mở, sửa, gửi; Phòng Nội vụ duyệt (khóa),"
            + " trả lại hoặc mở lại có lý do")
public class ReportResource {

  private static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN =
      "The report's unit is not the caller's, or the caller is not its head or reporter";
  private static final String HOME_AFFAIRS_ONLY = "Only Home Affairs (officer, administrator)";
  private static final String NO_SUCH = "No such plan or report (another unit's reads as none)";

  @Inject MovementReports reports;
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
      summary = "The plan's yearly movement reports the caller may see, by unit, a page at a time",
      description = "A unit's staff see their own unit's only.")
  @APIResponse(responseCode = "200", description = "A page of reports")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<ReportView> list(
      @QueryParam("state")
          @Parameter(
              description = "Only this state: DRAFT, SUBMITTED, APPROVED, RETURNED, REOPENED")
          String state,
      @QueryParam("unit") @Parameter(description = "Only this unit's (its code)") String unit,
      @QueryParam("year") @Parameter(description = "Only this year's") String year,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    Integer y = read.integer("year", year);
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    return reports
        .list(
            plan,
            new ReportQuery(
                QueryReader.text(state), QueryReader.text(unit), y, request, read.unread()))
        .map(ReportView::of);
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
  @Operation(summary = "One report with its figures and transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The report; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "404", description = NO_SUCH)
  public Response get(@PathParam("id") @Parameter(description = "The report's id") String id) {
    return ok(reports.find(plan, id));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open the unit's report for a year, a draft",
      description =
          "The unit (the caller's own) and a year of the plan; figures name stored measurements of"
              + " that unit and year (indicator, breakdown, the version read — absent for the"
              + " version stored now); the narrative may come later. One report a unit and year.")
  @RequestBody(content = @Content(schema = @Schema(ref = "OpenReport")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(responseCode = "409", description = "The unit already has a report for that year")
  public Response open(OpenReport body) {
    Tagged<MovementReport> r = reports.open(plan, Bodies.required(body));
    return CaseResponses.created(uri, r, ReportView::of, "plans", plan, "reports", r.value().id());
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD})
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Amend a report the unit holds (draft, returned, reopened): figures and narrative",
      description = "An approved report is locked: amending it answers 409 naming reopen.")
  @RequestBody(content = @Content(schema = @Schema(ref = "AmendReport")))
  @APIResponse(
      responseCode = "200",
      description = "Amended; ETag its new version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response amend(
      @PathParam("id") @Parameter(description = "The report's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      AmendReport body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(reports.amend(plan, id, Bodies.required(body), seen));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD})
  @Path("/{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send the report to Home Affairs",
      description = "It needs a figure and a narrative. The body is {}.")
  @RequestBody(description = "{}: what is sent is the report at the version in If-Match")
  @APIResponse(
      responseCode = "200",
      description = "Sent; ETag its new version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(
      responseCode = "400",
      description = "What it lacks, each named; or the body is not {} (a field is named)")
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response submit(
      @PathParam("id") @Parameter(description = "The report's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      SubmitReport body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return ok(reports.submit(plan, id, seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Home Affairs approves the report sent, with an optional note; it is then locked")
  @RequestBody(content = @Content(schema = @Schema(ref = "ReportAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Approved and locked; ETag its new version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS_ONLY)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response approve(
      @PathParam("id") @Parameter(description = "The report's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      ReportAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(reports.approve(plan, id, answer(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Home Affairs returns the report sent, with the reason (required)")
  @RequestBody(content = @Content(schema = @Schema(ref = "ReportAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Returned; ETag its new version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "400", description = "No reason, or a bad one")
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS_ONLY)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response returnForCorrection(
      @PathParam("id") @Parameter(description = "The report's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      ReportAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(reports.returnForCorrection(plan, id, answer(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Home Affairs reopens an approved report, with the reason (required)",
      description = "The one way to unlock an approved report; it stays in the history for good.")
  @RequestBody(content = @Content(schema = @Schema(ref = "ReportAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Reopened; ETag its new version",
      content = @Content(schema = @Schema(ref = "ReportView")))
  @APIResponse(responseCode = "400", description = "No reason, or a bad one")
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS_ONLY)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response reopen(
      @PathParam("id") @Parameter(description = "The report's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      ReportAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(reports.reopen(plan, id, answer(body), seen));
  }

  /** An answer sent without a body gives no reason: the core says where one is required. */
  private static ReportAnswer answer(ReportAnswer body) {
    return body == null ? new ReportAnswer(null, null) : body;
  }

  private static Response ok(Tagged<MovementReport> r) {
    return CaseResponses.ok(r, ReportView::of);
  }
}
