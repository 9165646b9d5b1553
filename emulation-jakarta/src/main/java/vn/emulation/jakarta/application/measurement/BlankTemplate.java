package vn.emulation.jakarta.application.measurement;

import java.util.List;
import java.util.Objects;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.jakarta.application.upload.UploadFormat;

/**
 * The blank upload file to fill in, as {@link MeasurementTemplates} decides it: what goes in it,
 * not how a CSV or XLSX file says it ({@code format.template.TemplateFiles} writes it). Immutable.
 *
 * @param plan the plan the file reports on; its indicators are listed in the XLSX
 * @param format the file's format
 * @param year the year of the example rows, within the plan period
 * @param exampleUnit the unit of the example rows, or {@code null} for none
 * @param exampleIndicators the indicators of the example rows: those that unit may report at its
 *     level (the core's {@code ReportingRule}), every indicator when its level is unknown
 * @param listedUnits the units of the year listed beside the data (XLSX only), by code
 */
public record BlankTemplate(
    Plan plan,
    UploadFormat format,
    int year,
    String exampleUnit,
    List<Indicator> exampleIndicators,
    List<OrgUnit> listedUnits) {

  public BlankTemplate {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(format, "format");
    exampleIndicators = List.copyOf(exampleIndicators);
    listedUnits = List.copyOf(listedUnits);
  }

  /** The example unit as a list: empty or one code. */
  public List<String> exampleUnits() {
    return exampleUnit == null ? List.of() : List.of(exampleUnit);
  }
}
