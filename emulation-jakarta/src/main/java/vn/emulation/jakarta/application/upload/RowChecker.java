package vn.emulation.jakarta.application.upload;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.TextRules;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.upload.SheetRow.NumberCell;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Checks the data rows of one file against a plan and the known units: every cell of every row,
 * that the unit existed in the year reported, that its level may report the indicator (the core's
 * {@link ReportingRule}), and that no key (indicator, unit, year, breakdown) comes twice. One
 * checker per file; not thread-safe.
 */
final class RowChecker {

  // Breakdowns are few (sectors); sharing their strings keeps a large file small in memory.
  private static final int SHARED_BREAKDOWNS = 10_000;

  private final Plan plan;
  private final Map<String, String> units = new HashMap<>();
  private final Map<String, YearPeriod> unitYears;
  private final Map<String, String> breakdowns = new HashMap<>();
  private final Map<RowKey, Integer> firstRows = new HashMap<>();
  // the same, packed, wherever the plan and the units are few enough (always, in practice)
  private final FirstRows packedFirstRows;
  private final Map<String, Integer> indicatorNumbers = new HashMap<>();
  private final Map<String, Integer> unitNumbers = new HashMap<>();
  private final Map<String, Integer> breakdownNumbers = new HashMap<>();
  private final FigureChecker figures;
  private final Map<String, UnitLevel> unitLevels;
  private final ReportingRule reporting;
  private final Map<UnitLevel, Map<String, Optional<LocalizedText>>> refusals =
      new EnumMap<>(UnitLevel.class);

  /**
   * @param unitYears the units that may report, each with the years it existed in (in part)
   * @param unitLevels the level of each unit, by which it may report an indicator or not; a unit
   *     missing here is not checked for that
   */
  RowChecker(Plan plan, Map<String, YearPeriod> unitYears, Map<String, UnitLevel> unitLevels) {
    this.plan = plan;
    this.unitYears = unitYears;
    unitYears.keySet().forEach(code -> units.put(code, code));
    this.figures = new FigureChecker();
    this.unitLevels = unitLevels;
    plan.indicators().forEach(i -> indicatorNumbers.put(i.code(), indicatorNumbers.size()));
    unitYears.keySet().forEach(code -> unitNumbers.put(code, unitNumbers.size()));
    YearPeriod period = plan.identity().period();
    this.packedFirstRows =
        FirstRows.fits(
                indicatorNumbers.size(), unitNumbers.size(), period.last() - period.first() + 1)
            ? new FirstRows()
            : null;
    this.reporting = ReportingRule.of(plan);
  }

  /** The measurement row a sheet row makes, or empty with every problem of the row recorded. */
  Optional<MeasurementRow> check(SheetRow cells, ProblemCollector problems) {
    int row = cells.number();
    Optional<Indicator> indicator = indicator(row, cells.indicator(), problems);
    Optional<String> unit = unit(row, cells.unit(), problems);
    Optional<Integer> year = year(row, cells.year(), problems);
    String breakdown = breakdown(row, cells.breakdown(), problems);
    Optional<Quantity> quantity =
        figures.check(
            row,
            cells.numerator(),
            cells.denominator(),
            cells.value(),
            indicator.orElse(null),
            problems);
    cells
        .stray()
        .ifPresent(
            stray ->
                problems.add(
                    Paths.row(row),
                    AdapterMessages.text(
                        "upload.columnHoldsButNo",
                        (stray.column() + 1),
                        UploadProblems.shown(stray.text()))));
    if (indicator.isEmpty()
        || unit.isEmpty()
        || year.isEmpty()
        || !existed(row, unit.get(), year.get(), problems)
        || !mayReport(row, indicator.get(), unit.get(), problems)) {
      return Optional.empty();
    }
    RowKey key = new RowKey(indicator.get().code(), unit.get(), year.get(), breakdown);
    Integer first = firstRow(key, row);
    if (first != null) {
      problems.add(
          Paths.of(row, Column.INDICATOR),
          AdapterMessages.text(
              "upload.duplicatesRowSame", first, key.describe(true), key.describe(false)));
      return Optional.empty();
    }
    return quantity.map(
        q ->
            new MeasurementRow(
                row, key.indicatorCode(), key.unitCode(), key.year(), key.breakdown(), q));
  }

  /** The row where the key came first, or null when it is new. */
  private Integer firstRow(RowKey key, int row) {
    if (packedFirstRows == null) {
      return firstRows.putIfAbsent(key, row);
    }
    int breakdown = breakdownNumbers.computeIfAbsent(key.breakdown(), b -> breakdownNumbers.size());
    if (!FirstRows.fitsBreakdown(breakdown)) {
      throw UploadProblems.single("rows", AdapterMessages.text("upload.fileTooManyDifferent"));
    }
    int first =
        packedFirstRows.putIfAbsent(
            FirstRows.key(
                indicatorNumbers.get(key.indicatorCode()),
                unitNumbers.get(key.unitCode()),
                key.year() - plan.identity().period().first(),
                breakdown),
            row);
    return first == 0 ? null : first;
  }

  private Optional<Indicator> indicator(int row, String code, ProblemCollector problems) {
    if (code.isEmpty()) {
      Paths.blank(problems, row, Column.INDICATOR);
      return Optional.empty();
    }
    Optional<Indicator> indicator = plan.indicator(code);
    if (indicator.isEmpty()) {
      problems.add(
          Paths.of(row, Column.INDICATOR),
          AdapterMessages.text("upload.indicatorNotPlan", UploadProblems.shown(code), plan.code()));
    }
    return indicator;
  }

  private Optional<String> unit(int row, String code, ProblemCollector problems) {
    if (code.isEmpty()) {
      Paths.blank(problems, row, Column.UNIT);
      return Optional.empty();
    }
    Optional<String> unit = Optional.ofNullable(units.get(code));
    if (unit.isEmpty()) {
      problems.add(
          Paths.of(row, Column.UNIT),
          AdapterMessages.text("upload.unitUnknown", UploadProblems.shown(code)));
    }
    return unit;
  }

  // A unit reports only for a year it existed in, at least in part: one opened in mid-2025 may
  // report 2025, one closed by a merger in mid-2025 may still report 2025, neither 2022.
  private boolean existed(int row, String unit, int year, ProblemCollector problems) {
    YearPeriod years = unitYears.get(unit);
    if (years.contains(year)) {
      return true;
    }
    problems.add(
        Paths.of(row, Column.UNIT),
        AdapterMessages.text(
            "upload.unitDidNotExist",
            UploadProblems.shown(unit),
            year,
            UnitYears.describe(years, true),
            UnitYears.describe(years, false)));
    return false;
  }

  // A ward does not report a city-level figure (G7, E1): stored, it would never be read.
  private boolean mayReport(int row, Indicator indicator, String unit, ProblemCollector problems) {
    UnitLevel level = unitLevels.get(unit);
    if (level == null) {
      return true;
    }
    Optional<LocalizedText> refusal =
        refusals
            .computeIfAbsent(level, l -> new HashMap<>())
            .computeIfAbsent(indicator.code(), code -> reporting.refusal(indicator, level));
    refusal.ifPresent(
        why ->
            problems.add(
                Paths.of(row, Column.INDICATOR),
                AdapterMessages.text("upload.unit", why.vi(), unit, why.en())));
    return refusal.isEmpty();
  }

  private Optional<Integer> year(int row, NumberCell cell, ProblemCollector problems) {
    String text = cell.text();
    if (text.isEmpty()) {
      Paths.blank(problems, row, Column.YEAR);
      return Optional.empty();
    }
    Optional<BigDecimal> number = cell.number();
    YearPeriod period = plan.identity().period();
    if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
      problems.add(
          Paths.of(row, Column.YEAR),
          AdapterMessages.text(
              "upload.yearWholeNumberSuch", UploadProblems.shown(text), period.first()));
      return Optional.empty();
    }
    BigDecimal year = number.get();
    if (year.compareTo(BigDecimal.valueOf(period.first())) < 0
        || year.compareTo(BigDecimal.valueOf(period.last())) > 0) {
      problems.add(
          Paths.of(row, Column.YEAR),
          AdapterMessages.text("upload.yearOutsidePlanPeriod", UploadProblems.shown(text), period));
      return Optional.empty();
    }
    return Optional.of(year.intValueExact());
  }

  /** The breakdown (empty: overall), a code by the core's rule as in a single report. */
  private String breakdown(int row, String text, ProblemCollector problems) {
    String shared = breakdowns.get(text);
    if (shared != null) {
      return shared;
    }
    if (!text.isEmpty() && !TextRules.checkCode(problems, Paths.of(row, Column.BREAKDOWN), text)) {
      return text;
    }
    if (breakdowns.size() < SHARED_BREAKDOWNS) {
      breakdowns.put(text, text);
    }
    return text;
  }

  /** What makes a row unique in a file. */
  private record RowKey(String indicatorCode, String unitCode, int year, String breakdown) {

    String describe(boolean vi) {
      LocalizedText overall = AdapterMessages.text("upload.row.overall");
      String b =
          breakdown.isEmpty()
              ? (vi ? overall.vi() : overall.en())
              : UploadProblems.shown(breakdown);
      LocalizedText row = AdapterMessages.text("upload.row.key", indicatorCode, unitCode, year, b);
      return vi ? row.vi() : row.en();
    }
  }
}
