package vn.emulation.jakarta.interfaces.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.emulation.jakarta.application.workspace.ProgressParameters;

/**
 * The parameters every progress request shares, taken as text and read by {@link QueryReader} so
 * that a malformed one is reported by name with the others (the HTTP layer's own conversion would
 * answer a bare 404).
 */
public class ProgressQuery {

  @PathParam("plan")
  @Parameter(description = "The plan's code")
  String plan;

  @QueryParam("unit")
  @Parameter(
      description =
          "The unit's code; by default the plan's whole city on the date: the"
              + " smallest unit holding every unit that reported to the plan or has participants in it")
  String unit;

  @QueryParam("milestone")
  @Parameter(
      description =
          "The milestone year whose targets apply; by default the plan's next"
              + " milestone from the year (this year if none is given), else its last")
  String milestone;

  @QueryParam("year")
  @Parameter(
      description =
          "The year whose figures are used, within the plan's period; by default"
              + " the milestone's year")
  String year;

  @QueryParam("date")
  @Parameter(
      description =
          "The day of the hierarchy (names and child units as they stood then),"
              + " YYYY-MM-DD; by default 31 December of the year, or today if that is earlier")
  String date;

  String plan() {
    return plan;
  }

  /** The question, read with {@code read}, which names every parameter it could not read. */
  ProgressParameters parameters(QueryReader read) {
    return new ProgressParameters(
        QueryReader.text(unit),
        read.integer("milestone", milestone),
        read.integer("year", year),
        read.date("date", date));
  }
}
