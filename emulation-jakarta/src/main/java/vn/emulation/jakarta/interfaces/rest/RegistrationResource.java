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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.procedure.FileReference;
import vn.emulation.core.procedure.registration.Registration;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.AmendRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.OpenRegistration;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.RegistrationAnswer;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.RegistrationQuery;
import vn.emulation.jakarta.application.procedure.RegistrationCommands.SubmitRegistration;
import vn.emulation.jakarta.application.procedure.Registrations;
import vn.emulation.jakarta.format.upload.PlanDocument;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.RegistrationViews.OverdueList;
import vn.emulation.jakarta.interfaces.rest.RegistrationViews.OverdueUnit;
import vn.emulation.jakarta.interfaces.rest.RegistrationViews.RegistrationView;

/**
 * Units' registrations for a plan (đăng ký thi đua, step 1 of the procedure): a unit's staff open
 * their unit's registration, attach its own emulation plan, amend and submit it; Home Affairs
 * accepts it or returns it with a reason; Home Affairs lists the units overdue. Every command names
 * the version it read in If-Match (the registration's ETag).
 */
@Path("/plans/{plan}/registrations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "registrations",
    description =
        "Đăng ký thi đua của đơn vị: mở, đính kèm kế hoạch của đơn vị, gửi; Phòng Nội vụ tiếp"
            + " nhận hoặc trả lại; danh sách đơn vị chưa đăng ký")
public class RegistrationResource {

  static final String IF_MATCH = CaseResponses.IF_MATCH;
  private static final String BAD = CaseResponses.BAD;
  private static final String REFUSED = CaseResponses.REFUSED;
  private static final String STALE = CaseResponses.STALE;
  private static final String REQUIRED = CaseResponses.REQUIRED;
  private static final String FORBIDDEN = "The registration's unit is not the caller's";

  /** Media types a PDF or Word file arrives with; the content decides. */
  private static final Set<String> PLAN_FILE_TYPES =
      Set.of(
          "application/pdf", PlanDocument.DOCX, "application/msword", "application/octet-stream");

  @Inject Registrations registrations;
  @Inject EmulationSettings settings;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

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
      summary = "The plan's registrations the caller may see, by unit, a page at a time",
      description = "A unit's staff see their own unit's only.")
  @APIResponse(responseCode = "200", description = "A page of registrations")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<RegistrationView> list(
      @QueryParam("state")
          @Parameter(description = "Only this state: DRAFT, SUBMITTED, ACCEPTED, RETURNED")
          String state,
      @QueryParam("unit") @Parameter(description = "Only this unit's (its code)") String unit,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    return registrations
        .list(
            plan,
            new RegistrationQuery(
                QueryReader.text(state), QueryReader.text(unit), request, read.unread()))
        .map(RegistrationView::of);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/overdue")
  @Operation(
      summary = "The units overdue with their registration on a day",
      description =
          "The units taking part in the plan (with participants or reports) that, at the end of"
              + " the day, have no registration Home Affairs holds: none opened, never sent, or"
              + " returned and not sent again. Empty on or before the plan's deadline.")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(schema = @Schema(ref = "OverdueList")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public OverdueList overdue(
      @QueryParam("on") @Parameter(description = "The day, YYYY-MM-DD; today by default")
          String on) {
    QueryReader read = new QueryReader();
    java.time.LocalDate day = read.date("on", on);
    if (read.unread().any()) {
      throw new vn.emulation.core.common.InvalidInputException("query", read.unread().problems());
    }
    Registrations.OverdueOn o = registrations.overdue(plan, day);
    return new OverdueList(o.on(), o.dueOn(), o.units().stream().map(OverdueUnit::of).toList());
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
  @Operation(summary = "One registration with its transitions; ETag its version")
  @APIResponse(
      responseCode = "200",
      description = "The registration; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(
      responseCode = "404",
      description = "No such plan or registration (another unit's reads as none)")
  public Response get(
      @PathParam("id") @Parameter(description = "The registration's id") String id) {
    return ok(registrations.find(plan, id));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a unit's registration, a draft",
      description =
          "The unit (a unit's staff: their own) and its participants; the deadline is the"
              + " plan's. Attach the unit's own plan with PUT …/own-plan, then submit.")
  @RequestBody(content = @Content(schema = @Schema(ref = "OpenRegistration")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(OpenRegistration body) {
    Tagged<Registration> r = registrations.open(plan, Bodies.required(body));
    return CaseResponses.created(
        uri, r, RegistrationView::of, "plans", plan, "registrations", r.value().id());
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Amend a draft or returned registration: its participants",
      description = "The unit's own plan is replaced with PUT …/own-plan.")
  @RequestBody(content = @Content(schema = @Schema(ref = "AmendRegistration")))
  @APIResponse(
      responseCode = "200",
      description = "Amended; ETag its new version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan or registration")
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response amend(
      @PathParam("id") @Parameter(description = "The registration's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      AmendRegistration body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(registrations.amend(plan, id, Bodies.required(body), seen));
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/own-plan")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attach the unit's own emulation plan (PDF or DOCX) to a draft or returned one",
      description =
          "The file is the request body, its name in the filename parameter or"
              + " Content-Disposition (filename*=UTF-8''… for Vietnamese names). Its type is told"
              + " by its content, its size limited by emulation.upload.max-bytes; the"
              + " registration keeps its name, type, size and SHA-256.")
  @RequestBody(
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PlanDocument.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Attached; ETag its new version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(responseCode = "400", description = "Neither a PDF nor a DOCX by its content")
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan or registration")
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  @APIResponse(responseCode = "415", description = "Not a PDF or Word media type")
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response ownPlan(
      @PathParam("id") @Parameter(description = "The registration's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      @QueryParam("filename") @Parameter(description = "The file's name (ke-hoach.pdf)")
          String filename,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    requirePlanFileType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    String name = UploadBodies.firstOf(filename, UploadBodies.filename(disposition));
    FileReference file =
        UploadBodies.received(
            body,
            headers.getLength(),
            settings.uploadMaxBytes(),
            settings.uploadTempDir(),
            content -> PlanDocument.of(content, name));
    return ok(registrations.attachOwnPlan(plan, id, file, seen));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send the registration to Home Affairs",
      description =
          "It needs its own plan and a participant. Sent after the plan's deadline it is"
              + " marked late, not refused. The body is {}.")
  @RequestBody(description = "{}: what is sent is the registration at the version in If-Match")
  @APIResponse(
      responseCode = "200",
      description = "Sent; ETag its new version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(
      responseCode = "400",
      description = "What it lacks, each named; or the body is not {} (a field is named)")
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan or registration")
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response submit(
      @PathParam("id") @Parameter(description = "The registration's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      SubmitRegistration body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return ok(registrations.submit(plan, id, seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Home Affairs accepts the registration sent, with an optional note")
  @RequestBody(content = @Content(schema = @Schema(ref = "RegistrationAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Accepted; ETag its new version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(responseCode = "400", description = BAD)
  @APIResponse(responseCode = "404", description = "No such plan or registration")
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response accept(
      @PathParam("id") @Parameter(description = "The registration's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      RegistrationAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(registrations.accept(plan, id, answer(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Home Affairs returns the registration sent, with the reason (required)")
  @RequestBody(content = @Content(schema = @Schema(ref = "RegistrationAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Returned; ETag its new version",
      content = @Content(schema = @Schema(ref = "RegistrationView")))
  @APIResponse(responseCode = "400", description = "No reason, or a bad one")
  @APIResponse(responseCode = "404", description = "No such plan or registration")
  @APIResponse(responseCode = "409", description = REFUSED)
  @APIResponse(responseCode = "412", description = STALE)
  @APIResponse(responseCode = "428", description = REQUIRED)
  public Response returnForCorrection(
      @PathParam("id") @Parameter(description = "The registration's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
      RegistrationAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(registrations.returnForCorrection(plan, id, answer(body), seen));
  }

  /** An answer sent without a body gives no reason: the core says where one is required. */
  private static RegistrationAnswer answer(RegistrationAnswer body) {
    return body == null ? new RegistrationAnswer(null, null) : body;
  }

  private static Response ok(Tagged<Registration> r) {
    return CaseResponses.ok(r, RegistrationView::of);
  }

  private static void requirePlanFileType(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return;
    }
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!PLAN_FILE_TYPES.contains(type)) {
      throw FileRefusedException.unsupported(type);
    }
  }
}
