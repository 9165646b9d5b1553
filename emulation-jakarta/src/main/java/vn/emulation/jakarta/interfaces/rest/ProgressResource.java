package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.UnitRank;
import vn.emulation.jakarta.application.workspace.ProgressParameters;
import vn.emulation.jakarta.application.workspace.ProgressReports;
import vn.emulation.jakarta.application.workspace.UnitPage;
import vn.emulation.jakarta.infrastructure.config.EmulationSettings;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * Progress against a plan's targets: a unit's figures target by target, the units under it, and
 * their ranking. City figures are aggregated from the wards' counts, never averaged.
 */
@Path("/plans/{plan}/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "progress",
    description = "Tiến độ thực hiện chỉ tiêu: đơn vị, đơn vị trực thuộc, xếp hạng")
public class ProgressResource {

  /** The size of a page of child units when the client names none. */
  static final int DEFAULT_PAGE_SIZE = 20;

  /**
   * Whether each row lists the stored reports behind its figure. They are most of an answer's bytes
   * (a province's city: about 2,700 of them, 376 KB of 380) and a dashboard shows none of them, so
   * it asks without; by default they are there, as the API has always answered.
   */
  static final String PARTS = "parts";

  static final String PARTS_DESCRIPTION =
      "true (the default): each row lists the stored reports behind its figure; false: it"
          + " does not (parts is null), which makes a city's answer a fraction of its size";

  @Inject ProgressReports reports;
  @Inject EmulationSettings settings;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(
      summary = "Where a unit stands against each target of a milestone",
      description =
          "One row per target that applies at the unit's level: threshold, value, gap,"
              + " the counts behind a share, met / not met / no data, and coverage.")
  @APIResponse(responseCode = "200", description = "The unit's report")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public ProgressView.Report progress(
      @BeanParam ProgressQuery query,
      @QueryParam(PARTS) @Parameter(description = PARTS_DESCRIPTION) String parts) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    boolean withParts = read.flag(PARTS, parts, true);
    return ProgressView.Report.of(reports.progress(query.plan(), asked, read.unread()), withParts);
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/children")
  @Operation(
      summary = "Drill-down: the reports of the units directly under a unit",
      description = "A page of the child units on the date, by code, each with its rows.")
  @APIResponse(responseCode = "200", description = "The unit and a page of its children")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public ProgressView.Children<ProgressView.Report> children(
      @BeanParam ProgressQuery query,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size,
      @QueryParam(PARTS) @Parameter(description = PARTS_DESCRIPTION) String parts) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    PageRequest request = read.page(page, size, DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    boolean withParts = read.flag(PARTS, parts, true);
    return ProgressView.Children.of(
        reports.drillDown(query.plan(), asked, request, read.unread()),
        r -> ProgressView.Report.of(r, withParts));
  }

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Path("/ranking")
  @Operation(
      summary = "The units directly under a unit, ranked",
      description =
          "Most targets met first, then the larger share of data coverage; units equal"
              + " on both share a rank (1, 1, 3).")
  @APIResponse(responseCode = "200", description = "The unit and a page of the ranking")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public ProgressView.Children<ProgressView.Rank> ranking(
      @BeanParam ProgressQuery query,
      @QueryParam("page") @Parameter(description = "Page number, from 0") String page,
      @QueryParam("size") @Parameter(description = "Page size, 20 by default") String size) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    PageRequest request = read.page(page, size, DEFAULT_PAGE_SIZE, settings.pageMaxSize());
    UnitPage<UnitRank> ranks = reports.ranking(query.plan(), asked, request, read.unread());
    Map<String, String> levels =
        ranks.parent().children().stream()
            .collect(Collectors.toMap(ProgressReport::unitCode, r -> r.level().name()));
    return ProgressView.Children.of(ranks, r -> ProgressView.Rank.of(r, levels.get(r.unitCode())));
  }
}
