package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.Forecast;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.workspace.ProgressParameters;
import vn.emulation.jakarta.application.workspace.TargetForecasts;
import vn.emulation.jakarta.interfaces.security.PublicRead;

/**
 * The forecast and early warning of a unit's targets: each target projected to its milestone from
 * the yearly figures so far, with its interval and outlook (core {@link Forecast}; the method in
 * docs/forecast.md), and the units directly under it at risk of missing a target, with why.
 * Published like the progress it is computed from.
 */
@Path("/plans/{plan}/forecast")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "progress")
public class ForecastResource {

  @Inject TargetForecasts forecasts;

  @GET
  @PermitAll
  @PublicRead
  @Extension(name = AccessDocumentation.PUBLISHED, value = "true")
  @Operation(
      summary = "Forecast of each target at the milestone, and the units at risk",
      description =
          "From the complete yearly figures of the plan's first year up to `year` (the"
              + " milestone's by default): a least-squares line and its 95 % prediction interval"
              + " (two points or fewer: the interval is every possible value), the outlook"
              + " ON_TRACK, AT_RISK, OFF_TRACK or UNKNOWN, and why.")
  @APIResponse(responseCode = "200", description = "The forecasts")
  @APIResponse(responseCode = "400", description = "A parameter is wrong; each one is named")
  @APIResponse(responseCode = "404", description = "No such plan")
  public Answer forecast(@BeanParam ProgressQuery query) {
    QueryReader read = new QueryReader();
    ProgressParameters asked = query.parameters(read);
    TargetForecasts.Outlook o = forecasts.forecast(query.plan(), asked, read.unread());
    ProgressReport r = o.report();
    return new Answer(
        r.planCode(),
        r.milestoneYear(),
        o.throughYear(),
        new ProgressView.UnitRef(r.unitCode(), r.unitName(), r.level().name()),
        o.targets().stream().map(TargetView::of).toList(),
        o.atRisk().stream().map(TargetView::of).toList());
  }

  /**
   * The forecasts of a unit.
   *
   * @param plan the plan's code
   * @param milestone the milestone forecast
   * @param throughYear the last year whose figures were used
   * @param unit the unit
   * @param targets its targets, each with its forecast
   * @param atRisk the targets of the units directly under it at risk of missing or off track
   */
  public record Answer(
      String plan,
      int milestone,
      int throughYear,
      ProgressView.UnitRef unit,
      List<TargetView> targets,
      List<TargetView> atRisk) {}

  /**
   * One target's forecast.
   *
   * @param unit the unit's code
   * @param unitName its name
   * @param indicator the indicator's code
   * @param comparator AT_LEAST, GREATER_THAN or EQUAL
   * @param symbol the comparator's symbol
   * @param threshold the threshold
   * @param method OBSERVED, LINEAR_TREND, TWO_POINT_LINE, LAST_VALUE or NONE
   * @param points how many yearly figures it rests on
   * @param projected the projected value ({@code null}: no figure)
   * @param low the interval's lower bound
   * @param high its upper bound ({@code null}: unbounded)
   * @param outlook ON_TRACK, AT_RISK, OFF_TRACK or UNKNOWN
   * @param reason why, in Vietnamese and English
   */
  @JsonbNillable
  public record TargetView(
      String unit,
      String unitName,
      String indicator,
      String comparator,
      String symbol,
      BigDecimal threshold,
      String method,
      int points,
      BigDecimal projected,
      BigDecimal low,
      BigDecimal high,
      String outlook,
      LocalizedText reason) {

    static TargetView of(TargetForecasts.TargetForecast f) {
      Forecast x = f.forecast();
      return new TargetView(
          f.unitCode(),
          f.unitName(),
          f.target().indicatorCode(),
          f.target().comparator().name(),
          f.target().comparatorSymbol(),
          f.target().threshold(),
          x.method().name(),
          x.points(),
          x.projected(),
          x.low(),
          x.high(),
          x.outlook().name(),
          x.reason());
    }
  }
}
