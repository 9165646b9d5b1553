package vn.emulation.jakarta.application.measurement;

import java.util.List;

/**
 * The history of one figure: the value stored now and every value a correction replaced, newest
 * first (the revisions kept since V5). Immutable.
 *
 * @param indicatorCode the indicator
 * @param unitCode the unit
 * @param year the year
 * @param breakdown the breakdown, empty for the overall figure
 * @param current the value stored now, or {@code null} when none is
 * @param superseded the values it replaced, each with the version it had, newest first
 */
public record FigureHistory(
    String indicatorCode,
    String unitCode,
    int year,
    String breakdown,
    StoredMeasurement current,
    List<StoredMeasurement> superseded) {

  public FigureHistory {
    superseded = List.copyOf(superseded);
  }
}
