package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.procedure.Appraisals;
import vn.emulation.jakarta.application.procedure.NominationCommands.BatchAppraisalCommand;
import vn.emulation.jakarta.application.procedure.Nominations;
import vn.emulation.jakarta.interfaces.rest.NominationViews.BatchAppraisalView;
import vn.emulation.jakarta.interfaces.rest.NominationViews.NominationView;

/**
 * Home Affairs' batch appraisal (thẩm định, step 4) over its desk's filtered list: every item names
 * a nomination at the version read, the conclusion and why; all are appraised or none.
 */
@Path("/plans/{plan}/appraisals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "nominations",
    description =
        "Hồ sơ đề nghị khen thưởng của đơn vị: mở, bổ sung hồ sơ và tệp minh chứng, gửi; Phòng"
            + " Nội vụ thẩm định: đủ điều kiện, không đủ điều kiện, trả lại để bổ sung")
public class AppraisalResource {

  @Inject Appraisals appraisals;
  @Inject Nominations nominations;
  @Context HttpHeaders headers;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Appraise many nominations at once, all or none",
      description =
          "Each item: the nomination, its version as read (its ETag), the decision (ELIGIBLE,"
              + " NOT_ELIGIBLE, RETURN_FOR_CORRECTION), the reason (required unless eligible) and"
              + " the departure's reason where the conclusion departs from the stored verdict;"
              + " correctionWorkingDays for those returned. In one transaction: if any item"
              + " fails, nothing is appraised and every problem of every item is named at"
              + " items[i]….")
  @RequestBody(content = @Content(schema = @Schema(ref = "BatchAppraisalCommand")))
  @APIResponse(
      responseCode = "200",
      description = "Every nomination appraised, in the items' order",
      content = @Content(schema = @Schema(ref = "BatchAppraisalView")))
  @APIResponse(
      responseCode = "400",
      description = "Every problem of every item at items[i]…; nothing stored")
  @APIResponse(responseCode = "403", description = "Only Home Affairs (officer, administrator)")
  @APIResponse(responseCode = "404", description = "No such plan")
  @APIResponse(
      responseCode = "412",
      description = "A nomination changed since the version its item names; nothing stored")
  public Response appraise(BatchAppraisalCommand body) {
    Locale l = Language.of(headers);
    BatchAppraisalView view =
        new BatchAppraisalView(
            appraisals.batch(plan, Bodies.required(body)).stream()
                .map(s -> NominationView.of(nominations.detail(s), l))
                .toList());
    return Response.ok(view, MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, l.getLanguage())
        .build();
  }
}
