package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.evaluation.EvaluationRuns;
import vn.emulation.jakarta.application.workspace.LiveVerdicts;
import vn.emulation.jakarta.application.workspace.VerdictFilter;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;

/**
 * Award verdicts on an occasion: for every participant (a page at a time, with the counts per award
 * form), or for one participant with the criterion-by-criterion explanation. Texts are in the
 * language of {@code Accept-Language}: Vietnamese by default, English for {@code en}.
 */
@Path("/plans/{plan}/occasions/{occasion}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "Xét khen thưởng: kết quả và giải thích theo tiêu chuẩn")
public class EvaluationResource {

  @Inject LiveVerdicts live;
  @Inject EmulationSettings settings;

  @Context HttpHeaders headers;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @PathParam("occasion")
  @Parameter(description = "The occasion's code (ANNUAL-2023, INTERIM-2023, FINAL-2025 …)")
  String occasion;

  @GET
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN
  })
  @Path("/verdicts")
  @Operation(
      summary = "The outcome of every participant for each award form offered to it",
      description =
          "A page of participants (by id), optionally only those offered an award form"
              + " and/or with an outcome, and the counts per award form over all participants.")
  @APIResponse(
      responseCode = "200",
      description = "A page of outcomes and the counts",
      content = @Content(schema = @Schema(ref = "VerdictPage")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan or occasion")
  public Response verdicts(
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size,
      @QueryParam("awardForm")
          @Parameter(description = "Only participants offered this award" + " form (its code)")
          String awardForm,
      @QueryParam("outcome")
          @Parameter(
              description =
                  "Only participants with this outcome:"
                      + " ELIGIBLE, NOT_ELIGIBLE or INCOMPLETE (for the award form named, else for any)")
          String outcome) {
    Locale l = Language.of(headers);
    QueryReader read = new QueryReader();
    PageRequest request =
        read.page(page, size, EvaluationRuns.DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    VerdictFilter filter = new VerdictFilter(QueryReader.text(awardForm), read.outcome(outcome));
    var verdicts = live.verdicts(plan, occasion, filter, request, read.unread());
    return localized(EvaluationView.VerdictPage.of(verdicts, l), l);
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
  @Path("/verdicts/{participant}")
  @Operation(
      summary = "One participant's verdicts, criterion by criterion",
      description =
          "For each award form offered: the outcome and, for every criterion that"
              + " applies, its status and the figure or evidence that decided it.")
  @APIResponse(
      responseCode = "200",
      description = "The verdicts with their explanations",
      content = @Content(schema = @Schema(ref = "ParticipantVerdicts")))
  @APIResponse(responseCode = "404", description = "No such plan, occasion or participant")
  public Response verdict(
      @PathParam("participant") @Parameter(description = "The participant's id") String id) {
    Locale l = Language.of(headers);
    return localized(
        EvaluationView.ParticipantVerdicts.of(live.evaluate(plan, occasion, id), l), l);
  }

  @GET
  @RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.CHAIRMAN, Roles.ADMIN})
  @Path("/summary")
  @Operation(
      summary =
          "How many participants are eligible, not eligible or incomplete, per" + " award form")
  @APIResponse(
      responseCode = "200",
      description = "The counts per award form",
      content = @Content(schema = @Schema(ref = "EvaluationViewSummary")))
  @APIResponse(responseCode = "404", description = "No such plan or occasion")
  public Response summary() {
    Locale l = Language.of(headers);
    return localized(EvaluationView.Summary.of(live.summary(plan, occasion), l), l);
  }

  private static Response localized(Object body, Locale l) {
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, l.getLanguage())
        .build();
  }
}
