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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Precondition;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.Appraisals;
import vn.emulation.jakarta.application.procedure.NominationCommands.AmendNomination;
import vn.emulation.jakarta.application.procedure.NominationCommands.AppraisalAnswer;
import vn.emulation.jakarta.application.procedure.NominationCommands.NominationQuery;
import vn.emulation.jakarta.application.procedure.NominationCommands.OpenNomination;
import vn.emulation.jakarta.application.procedure.NominationCommands.SubmitNomination;
import vn.emulation.jakarta.application.procedure.Nominations;
import vn.emulation.jakarta.application.procedure.StoredNomination;
import vn.emulation.jakarta.format.upload.EvidenceFile;
import vn.emulation.jakarta.format.upload.PlanDocument;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.NominationViews.NominationView;

/**
 * Units' nominations for an occasion (step 3 of the procedure) and Home Affairs' appraisal of each
 * (step 4): a unit's staff open a nomination of one of their participants, put its dossier
 * together, upload the evidence files of each document and send it once complete, the stored
 * verdict attached; Home Affairs finds it eligible or not eligible, or returns it for correction.
 * Every command names the version it read in If-Match (the nomination's ETag). Texts are in the
 * language of Accept-Language.
 */
@Path("/plans/{plan}/nominations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "nominations",
    description =
        "Hồ sơ đề nghị khen thưởng của đơn vị: mở, bổ sung hồ sơ và tệp minh chứng, gửi; Phòng"
            + " Nội vụ thẩm định: đủ điều kiện, không đủ điều kiện, trả lại để bổ sung")
public class NominationResource {

  private static final String FORBIDDEN = "The nomination's unit is not the caller's";
  private static final String NO_SUCH = "No such plan or nomination (another unit's reads as none)";
  private static final String HOME_AFFAIRS = "Only Home Affairs (officer, administrator)";

  /** Media types an evidence file arrives with; the content decides. */
  private static final Set<String> EVIDENCE_TYPES =
      Set.of(
          "application/pdf",
          PlanDocument.DOCX,
          "application/msword",
          "image/jpeg",
          "image/png",
          "application/octet-stream");

  @Inject Nominations nominations;
  @Inject Appraisals appraisals;
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
      summary = "The plan's nominations the caller may see, by unit, a page at a time",
      description =
          "A unit's staff see their own units' only. Home Affairs' desk filters by state, unit,"
              + " occasion and form; the list leaves out completeness and the stored verdict.")
  @APIResponse(responseCode = "200", description = "A page of nominations")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Page<NominationView> list(
      @QueryParam("state")
          @Parameter(
              description = "Only this state: DRAFT, SUBMITTED, ELIGIBLE, NOT_ELIGIBLE, RETURNED")
          String state,
      @QueryParam("unit") @Parameter(description = "Only this unit's (its code)") String unit,
      @QueryParam("occasion") @Parameter(description = "Only this occasion's (its code)")
          String occasion,
      @QueryParam("form") @Parameter(description = "Only this plan's award form (its code)")
          String form,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request = read.page(page, size, 20, settings.pageMaxSize());
    return nominations
        .list(
            plan,
            new NominationQuery(
                QueryReader.text(state),
                QueryReader.text(unit),
                QueryReader.text(occasion),
                QueryReader.text(form),
                request,
                read.unread()))
        .map(NominationView::listed);
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
  @Operation(
      summary = "One nomination: its dossier's completeness today and its stored verdict",
      description =
          "Every gap of the dossier by the law in force today, each at the path that would supply"
              + " it; the stored verdict attached on submission with its explanation; every"
              + " appraisal and transition. ETag its version.")
  @APIResponse(
      responseCode = "200",
      description = "The nomination; ETag carries its version, for If-Match",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "404", description = NO_SUCH)
  public Response get(@PathParam("id") @Parameter(description = "The nomination's id") String id) {
    Locale l = Language.of(headers);
    return localized(nominations.find(plan, id).map(d -> NominationView.of(d, l)), l);
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open a nomination of one of the unit's participants, a draft",
      description =
          "The occasion, the participant (a unit's staff: their own units'), the plan's award"
              + " form and the law's form it is (whose dossier applies), and optionally the sets"
              + " and the documents to come. Upload each document's files with PUT"
              + " …/{id}/documents/{code}/files, then submit.")
  @RequestBody(content = @Content(schema = @Schema(ref = "OpenNomination")))
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names it, ETag its version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "400", description = CaseResponses.BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = "No such plan")
  public Response open(OpenNomination body) {
    Locale l = Language.of(headers);
    Tagged<StoredNomination> n = nominations.open(plan, Bodies.required(body));
    return CaseResponses.created(
        uri, n, s -> view(s, l), "plans", plan, "nominations", n.value().id());
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Amend a draft or returned nomination's dossier: its sets and documents",
      description =
          "A document kept keeps its files; one left out is dropped with them. Files are added"
              + " with PUT …/{id}/documents/{code}/files.")
  @RequestBody(content = @Content(schema = @Schema(ref = "AmendNomination")))
  @APIResponse(
      responseCode = "200",
      description = "Amended; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "400", description = CaseResponses.BAD)
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response amend(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      AmendNomination body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(nominations.amend(plan, id, Bodies.required(body), seen));
  }

  @PUT
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/documents/{code}/files")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Upload an evidence file to a dossier document (PDF, DOCX, JPEG or PNG)",
      description =
          "The file is the request body, its name in the filename parameter or"
              + " Content-Disposition (filename*=UTF-8''… for Vietnamese names). Its type is told"
              + " by its content, its size limited by emulation.upload.max-bytes; the dossier"
              + " keeps its name, type, size and SHA-256. The document is added to the dossier if"
              + " it is not there yet; a file of the same SHA-256 is kept once.")
  @RequestBody(
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = PlanDocument.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Attached; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(
      responseCode = "400",
      description = "Not a PDF, DOCX, JPEG or PNG by its content, or the document code is bad")
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "413", description = "Larger than emulation.upload.max-bytes")
  @APIResponse(responseCode = "415", description = "Not a PDF, Word or image media type")
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response file(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @PathParam("code") @Parameter(description = "The law's dossier item (SUBMISSION)")
          String code,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      @QueryParam("filename") @Parameter(description = "The file's name (to-trinh.pdf)")
          String filename,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    requireEvidenceType(headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
    String name = UploadBodies.firstOf(filename, UploadBodies.filename(disposition));
    // the bytes are kept with the reference, while the received body still exists (ADR 0052)
    return ok(
        UploadBodies.received(
            body,
            headers.getLength(),
            settings.uploadMaxBytes(),
            settings.uploadTempDir(),
            content -> {
              FileReference file = EvidenceFile.of(content, name);
              try (InputStream bytes = content.open()) {
                return nominations.attachFile(plan, id, code, file, bytes, seen);
              } catch (IOException e) {
                throw new UncheckedIOException("reading the uploaded file failed", e);
              }
            }));
  }

  @POST
  @RolesAllowed({Roles.REPORTER, Roles.UNIT_HEAD, Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/submit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Send the nomination to Home Affairs, its stored verdict attached",
      description =
          "Only a complete dossier by the law in force today is sent. The nominee is judged now"
              + " and kept as an evaluation run of one; the nomination carries that verdict. One"
              + " achievement, one award: refused when another nomination holds the participant's"
              + " work of those years. The body is {}.")
  @RequestBody(description = "{}: what is sent is the nomination at the version in If-Match")
  @APIResponse(
      responseCode = "200",
      description = "Sent; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(
      responseCode = "400",
      description = "Every gap of the dossier and every other refusal, each named")
  @APIResponse(responseCode = "403", description = FORBIDDEN)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response submit(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      SubmitNomination body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    Bodies.required(body);
    return ok(nominations.submit(plan, id, seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/eligible")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Home Affairs finds the nomination eligible",
      description =
          "A note is optional; where the stored verdict was not eligible or incomplete the"
              + " departure needs its reason (departureReason).")
  @RequestBody(content = @Content(schema = @Schema(ref = "AppraisalAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Appraised; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "400", description = CaseResponses.BAD)
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response eligible(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      AppraisalAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(appraisals.findEligible(plan, id, answer(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/not-eligible")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Home Affairs finds the nomination not eligible, with the reason",
      description =
          "Where the stored verdict was eligible or incomplete the departure needs its reason"
              + " too (departureReason).")
  @RequestBody(content = @Content(schema = @Schema(ref = "AppraisalAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Appraised; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "400", description = CaseResponses.BAD)
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response notEligible(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      AppraisalAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(appraisals.findNotEligible(plan, id, answer(body), seen));
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Path("/{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Home Affairs returns the nomination for correction",
      description =
          "The reason and the working days the unit has to correct it (correctionWorkingDays)"
              + " are required; the last day is counted on the working-day calendar.")
  @RequestBody(content = @Content(schema = @Schema(ref = "AppraisalAnswer")))
  @APIResponse(
      responseCode = "200",
      description = "Returned; ETag its new version",
      content = @Content(schema = @Schema(ref = "NominationView")))
  @APIResponse(responseCode = "400", description = CaseResponses.BAD)
  @APIResponse(responseCode = "403", description = HOME_AFFAIRS)
  @APIResponse(responseCode = "404", description = NO_SUCH)
  @APIResponse(responseCode = "409", description = CaseResponses.REFUSED)
  @APIResponse(responseCode = "412", description = CaseResponses.STALE)
  @APIResponse(responseCode = "428", description = CaseResponses.REQUIRED)
  public Response returnForCorrection(
      @PathParam("id") @Parameter(description = "The nomination's id") String id,
      @HeaderParam(EntityTags.IF_MATCH) @Parameter(description = CaseResponses.IF_MATCH)
          String ifMatch,
      AppraisalAnswer body) {
    Precondition seen = CaseResponses.ifMatch(ifMatch);
    return ok(appraisals.returnForCorrection(plan, id, answer(body), seen));
  }

  /** An answer sent without a body gives no reason: the core says where one is required. */
  private static AppraisalAnswer answer(AppraisalAnswer body) {
    return body == null ? new AppraisalAnswer(null, null, null, null) : body;
  }

  private Response ok(Tagged<StoredNomination> n) {
    Locale l = Language.of(headers);
    return localized(n.map(s -> view(s, l)), l);
  }

  private NominationView view(StoredNomination s, Locale l) {
    return NominationView.of(nominations.detail(s), l);
  }

  private static Response localized(Tagged<NominationView> v, Locale l) {
    return Response.ok(v.value(), MediaType.APPLICATION_JSON)
        .header(HttpHeaders.ETAG, EntityTags.quoted(v.tag()))
        .header(HttpHeaders.CONTENT_LANGUAGE, l.getLanguage())
        .build();
  }

  private static void requireEvidenceType(String mediaType) {
    if (mediaType == null || mediaType.isBlank()) {
      return;
    }
    String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!EVIDENCE_TYPES.contains(type)) {
      throw FileRefusedException.unsupported(type);
    }
  }
}
