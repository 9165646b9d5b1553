package vn.emulation.jakarta.application.measurement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Aggregation;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.target.UnitOfMeasure;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.application.upload.UnitYears;

/**
 * The rules a reported value obeys, the same as for a row of an upload file: an indicator of the
 * plan that a unit of its level may report (the core's {@link ReportingRule}), a unit existing
 * during the year, a year of the plan period, and a figure that is either a ratio of counts
 * (numerator within denominator) or a plain value (not negative, a percentage not above 100) — a
 * ratio only for an indicator summed up as a ratio of sums. Stateless.
 */
final class MeasurementRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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
                      why.vi() + " (đơn vị " + unit + ")",
                      why.en() + " (unit " + unit + ")"));
    }
    // a breakdown is a code (the sectors of E2), by the one rule a file's rows follow too
    String breakdown = r.breakdown() == null ? "" : r.breakdown().strip();
    if (!breakdown.isEmpty()) {
      TextRules.checkCode(problems, "breakdown", breakdown);
    }
    Optional<Quantity> quantity =
        FigureRules.check(r.numerator(), r.denominator(), r.value(), indicator, problems);
    problems.throwIfAny("measurement");
    return new Measurement(indicator.code(), unit, year, breakdown, quantity.orElseThrow());
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
      problems.add("indicatorCode", "Thiếu mã chỉ tiêu", "The indicator code is required");
      return null;
    }
    Optional<Indicator> indicator = plan.indicator(code.strip());
    if (indicator.isEmpty()) {
      problems.add(
          "indicatorCode",
          "Kế hoạch " + plan.code() + " không có chỉ tiêu " + code,
          "Plan " + plan.code() + " has no indicator " + code);
    }
    return indicator.orElse(null);
  }

  private static Integer year(Plan plan, Integer year, ProblemCollector problems) {
    YearPeriod period = plan.identity().period();
    if (year == null) {
      problems.add(
          "year",
          "Thiếu năm (trong " + period + ")",
          "The year is required (within " + period + ")");
      return null;
    }
    if (!period.contains(year)) {
      problems.add(
          "year",
          "Năm " + year + " nằm ngoài thời gian của kế hoạch (" + period + ")",
          "The year " + year + " is outside the plan period " + period);
      return null;
    }
    return year;
  }

  private static String unit(
      OrgHierarchy units, String code, Integer year, ProblemCollector problems) {
    if (code == null || code.isBlank()) {
      problems.add("unitCode", "Thiếu mã đơn vị", "The unit code is required");
      return null;
    }
    Optional<OrgUnit> unit = units.find(code.strip());
    if (unit.isEmpty()) {
      problems.add("unitCode", "Không có đơn vị mã " + code, "No unit with code " + code);
      return null;
    }
    YearPeriod years = unit.get().years();
    if (year != null && !years.contains(year)) {
      problems.add(
          "unitCode",
          "Đơn vị "
              + code
              + " không tồn tại trong năm "
              + year
              + " ("
              + UnitYears.describe(years, true)
              + ")",
          "Unit "
              + code
              + " did not exist in "
              + year
              + " ("
              + UnitYears.describe(years, false)
              + ")");
    }
    return unit.get().code();
  }

  /** The figure: a ratio or a value, never both, by the indicator's unit and aggregation. */
  private static final class FigureRules {

    static Optional<Quantity> check(
        Long numerator,
        Long denominator,
        BigDecimal value,
        Indicator indicator,
        ProblemCollector problems) {
      boolean ratio = numerator != null || denominator != null;
      if (ratio && value != null) {
        problems.add(
            "value",
            "Có cả tử số/mẫu số và giá trị: chỉ nhập một trong hai cách",
            "Both numerator/denominator and value are given: give one or the other");
        return Optional.empty();
      }
      if (!ratio && value == null) {
        problems.add(
            "value",
            "Thiếu số liệu: nhập tử số và mẫu số, hoặc giá trị",
            "No figure: give numerator and denominator, or a value");
        return Optional.empty();
      }
      return ratio ? ratio(numerator, denominator, problems) : amount(value, indicator, problems);
    }

    private static Optional<Quantity> ratio(Long n, Long d, ProblemCollector problems) {
      int before = problems.problems().size();
      count("numerator", "tử số", n, problems);
      count("denominator", "mẫu số", d, problems);
      if (problems.problems().size() > before) {
        return Optional.empty();
      }
      if (n > d) {
        problems.add(
            "numerator",
            "Tử số " + n + " lớn hơn mẫu số " + d,
            "The numerator " + n + " exceeds the denominator " + d);
        return Optional.empty();
      }
      return Optional.of(new Quantity.Ratio(n, d));
    }

    private static void count(String path, String vi, Long count, ProblemCollector problems) {
      if (count == null) {
        problems.add(path, "Thiếu " + vi, "The " + path + " is required");
      } else if (count < 0) {
        problems.add(
            path,
            "Không được âm: " + vi + " là " + count,
            "The " + path + " cannot be negative, was " + count);
      }
    }

    private static Optional<Quantity> amount(
        BigDecimal value, Indicator indicator, ProblemCollector problems) {
      if (indicator != null && indicator.aggregation() == Aggregation.RATIO_OF_SUMS) {
        // a bare share cannot be summed up the hierarchy: these indicators take the two counts
        problems.add(
            "value",
            "Chỉ tiêu "
                + indicator.code()
                + " được tổng hợp theo tử số và"
                + " mẫu số: nhập tử số và mẫu số thay cho giá trị",
            "Indicator "
                + indicator.code()
                + " is summed up as numerator and denominator:"
                + " give those instead of a value");
        return Optional.empty();
      }
      if (value.signum() < 0) {
        problems.add(
            "value",
            "Giá trị không được âm, đang là " + value.toPlainString(),
            "The value cannot be negative, was " + value.toPlainString());
        return Optional.empty();
      }
      Optional<vn.emulation.core.common.LocalizedText> imprecise =
          Quantity.Amount.precisionProblem(value);
      if (imprecise.isPresent()) {
        problems.add("value", imprecise.get().vi(), imprecise.get().en());
        return Optional.empty();
      }
      if (indicator != null
          && indicator.unit() == UnitOfMeasure.PERCENT
          && value.compareTo(HUNDRED) > 0) {
        problems.add(
            "value",
            "Giá trị "
                + value.toPlainString()
                + " vượt quá 100: chỉ tiêu "
                + indicator.code()
                + " tính theo phần trăm",
            "The value "
                + value.toPlainString()
                + " exceeds 100: indicator "
                + indicator.code()
                + " is a percentage");
        return Optional.empty();
      }
      return Optional.of(new Quantity.Amount(value));
    }
  }
}
