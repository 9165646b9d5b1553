package vn.emulation.jakarta.application.measurement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.FigureRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The rules a reported value obeys, the same as for a row of an upload file: an indicator of the
 * plan that a unit of its level may report (the core's {@link ReportingRule}), a unit existing
 * during the year, a year of the plan period, and a figure by the core's {@link FigureRule}.
 * Stateless.
 */
final class MeasurementRules {

  private MeasurementRules() {}

  /** The measurement reported, or an {@code InvalidInputException} naming every bad field. */
  static Measurement check(Plan plan, OrgHierarchy units, MeasurementReport r) {
    ProblemCollector problems = new ProblemCollector();
    Indicator indicator = indicator(plan, r.indicatorCode(), problems);
    Integer year = year(plan, r.year(), problems);
    String unit = unit(units, r.unitCode(), year, problems);
    if (indicator != null && unit != null) {
      // a ward does not report a city-level figure (G7, E1): stored, it would never be read
      UnitLevel level = units.get(unit).level();
      ReportingRule.of(plan)
          .refusal(indicator, level)
          .ifPresent(
              why ->
                  problems.add(
                      "indicatorCode",
                      AdapterMessages.text("upload.unit", why.vi(), unit, why.en())));
    }
    // a breakdown is a code (the sectors of E2), by the one rule a file's rows follow too
    String breakdown = r.breakdown() == null ? "" : r.breakdown().strip();
    if (!breakdown.isEmpty()) {
      TextRules.checkCode(problems, "breakdown", breakdown);
    }
    problems.addAll(FigureRule.problems(indicator, r.numerator(), r.denominator(), r.value()));
    problems.throwIfAny("measurement");
    Quantity quantity =
        FigureRule.quantity(indicator, r.numerator(), r.denominator(), r.value()).orElseThrow();
    return new Measurement(indicator.code(), unit, year, breakdown, quantity);
  }

  /** Every unit with its level, by which it may report an indicator or not. */
  static Map<String, UnitLevel> unitLevels(OrgHierarchy units) {
    Map<String, UnitLevel> levels = new HashMap<>();
    units.all().forEach(u -> levels.put(u.code(), u.level()));
    return levels;
  }

  /** Every unit with the years it existed in, at least in part. */
  static Map<String, YearPeriod> unitYears(OrgHierarchy units) {
    Map<String, YearPeriod> years = new HashMap<>();
    units.all().forEach(u -> years.put(u.code(), u.years()));
    return years;
  }

  private static Indicator indicator(Plan plan, String code, ProblemCollector problems) {
    if (code == null || code.isBlank()) {
      problems.add("indicatorCode", AdapterMessages.text("measurement.indicatorCodeRequired"));
      return null;
    }
    Optional<Indicator> indicator = plan.indicator(code.strip());
    if (indicator.isEmpty()) {
      problems.add(
          "indicatorCode", AdapterMessages.text("measurement.planNoIndicator", plan.code(), code));
    }
    return indicator.orElse(null);
  }

  private static Integer year(Plan plan, Integer year, ProblemCollector problems) {
    YearPeriod period = plan.identity().period();
    if (year == null) {
      problems.add("year", AdapterMessages.text("measurement.yearRequiredWithin", period));
      return null;
    }
    if (!period.contains(year)) {
      problems.add("year", AdapterMessages.text("upload.yearOutsidePlanPeriod", year, period));
      return null;
    }
    return year;
  }

  private static String unit(
      OrgHierarchy units, String code, Integer year, ProblemCollector problems) {
    if (code == null || code.isBlank()) {
      problems.add("unitCode", AdapterMessages.text("measurement.unitCodeRequired"));
      return null;
    }
    Optional<OrgUnit> unit = units.find(code.strip());
    if (unit.isEmpty()) {
      problems.add("unitCode", AdapterMessages.text("participant.noUnitCode", code));
      return null;
    }
    YearPeriod years = unit.get().years();
    if (year != null && !years.contains(year)) {
      problems.add(
          "unitCode",
          AdapterMessages.text(
              "upload.unitDidNotExist",
              code,
              year,
              UnitYears.describe(years, true),
              UnitYears.describe(years, false)));
    }
    return unit.get().code();
  }
}
