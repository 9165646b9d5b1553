package vn.emulation.jakarta.application.upload;

import java.util.Map;
import java.util.Objects;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.unit.UnitLevel;

/**
 * The rules every row of a bulk upload obeys, applied to the rows a file format reads: an indicator
 * of the plan, a known unit that existed in the row's year and whose level may report the indicator
 * (the core's {@link ReportingRule}), a year of the plan, a breakdown that is a code, a figure the
 * core's {@code FigureRule} accepts, and no key twice. All or nothing: either every row becomes a
 * measurement or one {@link InvalidInputException} lists every problem (at most {@value
 * #LISTED_PROBLEMS} by default, and how many more), each at a path such as {@code
 * rows[7].numerator}.
 */
public final class UploadRules {

  /** Problems listed one by one unless said otherwise; the rest are counted in a closing one. */
  public static final int LISTED_PROBLEMS = 100;

  private UploadRules() {}

  /**
   * Reads a file and checks every row.
   *
   * @param sheet the file, as its format reads it
   * @param sha256 the SHA-256 of the file's bytes, by which an upload is idempotent
   * @param plan the plan the measurements report on: its indicators, targets and period
   * @param unitYears the units that may report, each with the years it existed in, at least in part
   *     ({@link UnitYears#ALWAYS} where that does not matter)
   * @param unitLevels the level of each unit; a unit missing here is not checked for its level
   * @param maxListedProblems the most problems listed one by one
   * @return every measurement of the file, its format and its SHA-256
   * @throws InvalidInputException listing every problem, when there is any
   */
  public static ParsedUpload check(
      MeasurementSheet sheet,
      String sha256,
      Plan plan,
      Map<String, YearPeriod> unitYears,
      Map<String, UnitLevel> unitLevels,
      int maxListedProblems) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unitYears, "unitYears");
    Objects.requireNonNull(unitLevels, "unitLevels");
    UploadCollector rows =
        new UploadCollector(new RowChecker(plan, unitYears, unitLevels), maxListedProblems);
    UploadFormat format = sheet.read(rows);
    return new ParsedUpload(format, sha256, rows.finish());
  }

  /** {@link #check(MeasurementSheet, String, Plan, Map, Map, int)} listing the default number. */
  public static ParsedUpload check(
      MeasurementSheet sheet,
      String sha256,
      Plan plan,
      Map<String, YearPeriod> unitYears,
      Map<String, UnitLevel> unitLevels) {
    return check(sheet, sha256, plan, unitYears, unitLevels, LISTED_PROBLEMS);
  }
}
