package vn.emulation.jakarta.format.opendata;

import static vn.emulation.jakarta.format.opendata.OpenDataColumn.AS_OF;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.COMPARATOR;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.COVERAGE_EXPECTED;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.COVERAGE_MISSING;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.COVERAGE_REPORTED;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.FIGURES_YEAR;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.GAP;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.HIGH;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.INCOMPLETE;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.INDICATOR_CODE;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.LOW;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.MET;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.METHOD;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.MILESTONE_YEAR;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.NOT_MET;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.NO_DATA;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.OUTLOOK;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.PARENT_UNIT_CODE;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.PLAN_CODE;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.POINTS;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.PROJECTED;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.RANK;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.REASON_EN;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.REASON_VI;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.SECTION;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.STATUS;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.TARGETS;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.THRESHOLD;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.THROUGH_YEAR;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.UNIT_CODE;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.UNIT_LEVEL;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.UNIT_NAME;
import static vn.emulation.jakarta.format.opendata.OpenDataColumn.VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.emulation.core.target.Forecast;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.ProgressSummary;
import vn.emulation.jakarta.application.progress.TargetProgress;
import vn.emulation.jakarta.application.progress.UnitRank;
import vn.emulation.jakarta.application.workspace.TargetForecasts;

/**
 * The published views as tables ({@link OpenDataTable}), from what the use cases answer: the same
 * figures as the JSON API, each in its own column, so the CSV and XLSX files of a view hold the
 * API's numbers and not the dashboard's formatted text. Stateless.
 */
public final class OpenDataTables {

  /**
   * The progress columns: the open-data contract of {@code progress.csv} since it was first out.
   */
  public static final List<OpenDataColumn> PROGRESS =
      List.of(
          PLAN_CODE,
          UNIT_CODE,
          UNIT_NAME,
          INDICATOR_CODE,
          MILESTONE_YEAR,
          FIGURES_YEAR,
          AS_OF,
          COMPARATOR,
          THRESHOLD,
          VALUE,
          GAP,
          STATUS,
          COVERAGE_REPORTED,
          COVERAGE_EXPECTED,
          COVERAGE_MISSING);

  /** The ranking's columns: one row per unit under the unit ranked. */
  public static final List<OpenDataColumn> RANKING =
      List.of(
          PLAN_CODE,
          PARENT_UNIT_CODE,
          MILESTONE_YEAR,
          FIGURES_YEAR,
          AS_OF,
          RANK,
          UNIT_CODE,
          UNIT_NAME,
          UNIT_LEVEL,
          TARGETS,
          MET,
          NOT_MET,
          INCOMPLETE,
          NO_DATA,
          COVERAGE_REPORTED,
          COVERAGE_EXPECTED);

  /** The forecast's columns: the unit's own targets ({@code targets}), then those at risk. */
  public static final List<OpenDataColumn> FORECAST =
      List.of(
          PLAN_CODE,
          MILESTONE_YEAR,
          THROUGH_YEAR,
          SECTION,
          UNIT_CODE,
          UNIT_NAME,
          INDICATOR_CODE,
          COMPARATOR,
          THRESHOLD,
          METHOD,
          POINTS,
          PROJECTED,
          LOW,
          HIGH,
          OUTLOOK,
          REASON_VI,
          REASON_EN);

  /** The {@code section} of a forecast row of the unit's own targets. */
  public static final String OWN_TARGETS = "targets";

  /** The {@code section} of a forecast row of a unit under it at risk. */
  public static final String AT_RISK = "at_risk";

  private OpenDataTables() {}

  /** One row per unit and target of {@code reports}, in their order and the plan's. */
  public static OpenDataTable progress(List<ProgressReport> reports) {
    return new OpenDataTable(OpenDataTable.View.PROGRESS, PROGRESS, progressRows(reports));
  }

  /** A unit's reports year by year: the progress columns, one row per year and target. */
  public static OpenDataTable trend(List<ProgressReport> years) {
    return new OpenDataTable(OpenDataTable.View.TREND, PROGRESS, progressRows(years));
  }

  /** The units directly under {@code parent}, best first, as the API's ranking answers them. */
  public static OpenDataTable ranking(ProgressReport parent) {
    Map<String, String> levels =
        parent.children().stream()
            .collect(Collectors.toMap(ProgressReport::unitCode, r -> r.level().name()));
    List<List<Object>> rows = new ArrayList<>();
    for (UnitRank r : parent.ranking()) {
      ProgressSummary s = r.summary();
      rows.add(
          OpenDataTable.row(
              parent.planCode(),
              parent.unitCode(),
              parent.milestoneYear(),
              parent.year(),
              parent.date(),
              r.rank(),
              r.unitCode(),
              r.unitName(),
              levels.get(r.unitCode()),
              s.targets(),
              s.met(),
              s.notMet(),
              s.incomplete(),
              s.noData(),
              s.coverage().reported(),
              s.coverage().expected()));
    }
    return new OpenDataTable(OpenDataTable.View.RANKING, RANKING, rows);
  }

  /** The unit's targets, then the targets of the units under it at risk, as the API's forecast. */
  public static OpenDataTable forecast(TargetForecasts.Outlook outlook) {
    ProgressReport r = outlook.report();
    List<List<Object>> rows = new ArrayList<>();
    for (TargetForecasts.TargetForecast f : outlook.targets()) {
      rows.add(forecastRow(r, outlook.throughYear(), OWN_TARGETS, f));
    }
    for (TargetForecasts.TargetForecast f : outlook.atRisk()) {
      rows.add(forecastRow(r, outlook.throughYear(), AT_RISK, f));
    }
    return new OpenDataTable(OpenDataTable.View.FORECAST, FORECAST, rows);
  }

  private static List<Object> forecastRow(
      ProgressReport r, int through, String section, TargetForecasts.TargetForecast f) {
    Forecast x = f.forecast();
    return OpenDataTable.row(
        r.planCode(),
        r.milestoneYear(),
        through,
        section,
        f.unitCode(),
        f.unitName(),
        f.target().indicatorCode(),
        f.target().comparatorSymbol(),
        plain(f.target().threshold()),
        x.method().name(),
        x.points(),
        x.projected(),
        x.low(),
        x.high(),
        x.outlook().name(),
        x.reason().vi(),
        x.reason().en());
  }

  private static List<List<Object>> progressRows(List<ProgressReport> reports) {
    List<List<Object>> rows = new ArrayList<>();
    for (ProgressReport report : reports) {
      for (TargetProgress row : report.rows()) {
        rows.add(
            OpenDataTable.row(
                report.planCode(),
                report.unitCode(),
                report.unitName(),
                row.indicatorCode(),
                row.milestoneYear(),
                report.year(),
                report.date(),
                row.comparatorSymbol(),
                plain(row.threshold()),
                row.value(),
                row.gap(),
                row.status().name(),
                row.coverage().reported(),
                row.coverage().expected(),
                String.join(" ", row.coverage().missing())));
      }
    }
    return rows;
  }

  /** 100, not 1E+2 nor 100.00: thresholds as the plan writes them. */
  static BigDecimal plain(BigDecimal threshold) {
    BigDecimal stripped = threshold.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
