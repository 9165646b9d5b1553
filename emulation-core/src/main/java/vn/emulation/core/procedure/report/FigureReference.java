package vn.emulation.core.procedure.report;

import java.util.Objects;

/**
 * A figure a report rests on: the stored measurement of an indicator, at the version the unit read,
 * so that the report says which figure it meant even if the figure is corrected later. Immutable.
 *
 * @param indicatorCode the plan's indicator
 * @param measurementId the stored measurement's identifier
 * @param measurementVersion its version when the report referred to it, at least 1
 */
public record FigureReference(String indicatorCode, String measurementId, long measurementVersion) {

  public FigureReference {
    Objects.requireNonNull(indicatorCode, "indicatorCode");
    Objects.requireNonNull(measurementId, "measurementId");
  }
}
