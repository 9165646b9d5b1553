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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.application.evaluation.EvaluationCommands.StartRun;
import vn.emulation.jakarta.application.evaluation.EvaluationRuns;
import vn.emulation.jakarta.application.workspace.VerdictFilter;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.rest.EvaluationRunView.RunView;

/**
 * Stored evaluation runs of an occasion: start one (the verdicts of every participant, computed now
 * and kept), list them, read one, its verdicts a page at a time and one participant's with their
 * explanations, exactly as the run computed them. Texts are in the language of {@code
 * Accept-Language}: Vietnamese by default, English for {@code en}.
 */
@Path("/plans/{plan}/occasions/{occasion}/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation", description = "Xét khen thưởng: kết quả và giải thích theo tiêu chuẩn")
public class EvaluationRunResource {

  @Inject EvaluationRuns runs;
  @Inject EmulationSettings settings;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @PathParam("occasion")
  @Parameter(description = "The occasion's code (ANNUAL-2023, INTERIM-2023, FINAL-2025 …)")
  String occasion;

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start an evaluation run: judge and keep every participant's verdicts, as a job",
      description =
          "Opens a run of every participant the occasion judges, with the plan version that"
              + " judges the occasion (in force on the last day of its window), and starts the"
              + " batch job that judges them unit by unit on the figures and evidence stored, and"
              + " stores each verdict with its explanation; later changes of figures or evidence"
              + " never change a stored verdict. Answers at once, the run RUNNING: follow its"
              + " Location until its status is COMPLETE. The body is {}.")
  @RequestBody(description = "{}: a run has no parameters")
  @APIResponse(
      responseCode = "202",
      description = "Started; Location names the run, whose status and progress it answers",
      content = @Content(schema = @Schema(ref = "RunView")))
  @APIResponse(
      responseCode = "400",
      description = "The body is not {} (a field is named); nothing was stored")
  @APIResponse(responseCode = "404", description = "No such plan or occasion")
  public Response start(StartRun body) {
    if (body == null) {
      throw Bodies.missing();
    }
    RunView run = RunView.of(runs.start(plan, occasion, body));
    return Response.accepted(run)
        .location(uri.getAbsolutePathBuilder().path(run.id()).build())
        .build();
  }

  @POST
  @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("/{run}/restart")
  @Operation(
      summary = "Restart a run that stopped or failed, from its last checkpoint",
      description =
          "For a run that is not COMPLETE and whose job is not running (it failed, was stopped,"
              + " or its server ended under it): its job resumes each unit after the last"
              + " participant committed; what the run stored stays, once. The body is {}.")
  @RequestBody(description = "{}: a restart has no parameters, like a start")
  @APIResponse(
      responseCode = "202",
      description = "Restarted; Location names the run",
      content = @Content(schema = @Schema(ref = "RunView")))
  @APIResponse(responseCode = "400", description = "The body is not {} (a field is named)")
  @APIResponse(
      responseCode = "409",
      description = "The run is COMPLETE, or its job is still running")
  @APIResponse(responseCode = "404", description = "No such plan, occasion or run")
  public Response restart(
      @PathParam("run") @Parameter(description = "The run's id") String run, StartRun body) {
    if (body == null) {
      throw Bodies.missing();
    }
    RunView restarted = RunView.of(runs.restart(plan, occasion, run));
    return Response.accepted(restarted)
        .location(
            uri.getBaseUriBuilder()
                .path(EvaluationRunResource.class)
                .path(run)
                .build(plan, occasion))
        .build();
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
  @Operation(summary = "The occasion's evaluation runs, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of runs",
      content = @Content(schema = @Schema(ref = "PageRunView")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan or occasion")
  public Page<RunView> list(
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    PageRequest request =
        read.page(page, size, EvaluationRuns.DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    return runs.runs(plan, occasion, request, read.unread()).map(RunView::of);
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
  @Path("/{run}")
  @Operation(
      summary = "One evaluation run, with its status and progress",
      description =
          "status RUNNING (its job judging, or its server ended under it: restart it), COMPLETE,"
              + " FAILED or STOPPED; judged: the participants judged and stored so far, of"
              + " participants. Its verdicts are served once it is COMPLETE.")
  @APIResponse(
      responseCode = "200",
      description = "The run",
      content = @Content(schema = @Schema(ref = "RunView")))
  @APIResponse(responseCode = "404", description = "No such plan, occasion or run")
  public RunView run(@PathParam("run") @Parameter(description = "The run's id") String run) {
    return RunView.of(runs.run(plan, occasion, run));
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
  @Path("/{run}/verdicts")
  @Operation(
      summary = "A run's stored outcome of every participant for each award form offered to it",
      description =
          "As the live verdict list, but as the run computed them: a page of participants (by"
              + " id), optionally only those offered an award form and/or with an outcome, and"
              + " the counts per award form over all of them.")
  @APIResponse(
      responseCode = "200",
      description = "A page of stored outcomes and the counts",
      content = @Content(schema = @Schema(ref = "StoredVerdictPage")))
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan, occasion or run")
  @APIResponse(
      responseCode = "409",
      description = "The run is not COMPLETE: its verdicts so far are not final, none is served")
  public Response verdicts(
      @PathParam("run") @Parameter(description = "The run's id") String run,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size,
      @QueryParam("awardForm")
          @Parameter(description = "Only participants offered this award form (its code)")
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
    var verdicts = runs.verdicts(plan, occasion, run, filter, request, read.unread());
    return localized(EvaluationRunView.StoredVerdictPage.of(verdicts, l), l);
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
  @Path("/{run}/verdicts/{participant}")
  @Operation(
      summary = "One participant's stored verdicts, criterion by criterion",
      description =
          "For each award form offered: the outcome and, for every criterion that applied, its"
              + " status and the figure or evidence that decided it, as the run computed them.")
  @APIResponse(
      responseCode = "200",
      description = "The stored verdicts with their explanations",
      content = @Content(schema = @Schema(ref = "StoredParticipantVerdicts")))
  @APIResponse(responseCode = "404", description = "No such plan, occasion, run or participant")
  @APIResponse(
      responseCode = "409",
      description = "The run is not COMPLETE: its verdicts so far are not final, none is served")
  public Response verdict(
      @PathParam("run") @Parameter(description = "The run's id") String run,
      @PathParam("participant") @Parameter(description = "The participant's id") String id) {
    Locale l = Language.of(headers);
    return localized(
        EvaluationRunView.StoredParticipantVerdicts.of(runs.verdict(plan, occasion, run, id), l),
        l);
  }

  private static Response localized(Object body, Locale l) {
    return Response.ok(body, MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, l.getLanguage())
        .build();
  }
}
