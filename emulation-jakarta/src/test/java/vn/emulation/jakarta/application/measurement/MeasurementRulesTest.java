package vn.emulation.jakarta.application.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.target.Measurement;
import vn.emulation.core.target.Quantity;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.measurement.MeasurementCommands.MeasurementReport;
import vn.emulation.jakarta.testing.InMemoryCity;

/** A value reported on its own obeys the same rules as a row of an upload file. */
class MeasurementRulesTest {

  private static final Plan PLAN = plan();
  private static final LocalDate OPENED = LocalDate.of(2020, 1, 1);
  private static final OrgHierarchy UNITS =
      OrgHierarchy.of(
          List.of(
              OrgUnit.open("899", "Thành phố Rạch Giá", UnitLevel.DISTRICT, null, OPENED),
              OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "899", OPENED)
                  .closeOn(LocalDate.of(2025, 7, 1), Set.of("NEW")),
              OrgUnit.open(
                  "NEW", "Phường Rạch Giá", UnitLevel.COMMUNE, null, LocalDate.of(2025, 7, 1)),
              OrgUnit.open("OLD", "Phường Cũ", UnitLevel.COMMUNE, "899", OPENED)
                  .closeOn(LocalDate.of(2024, 1, 1), Set.of())));

  private static Plan plan() {
    return InMemoryCity.plan();
  }

  private static List<Problem> problems(MeasurementReport r) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> MeasurementRules.check(PLAN, UNITS, r));
    assertThat(e).as("refused").isNotNull();
    return e.problems();
  }

  @Test
  void acceptsARatioAndAValueWithTheirBreakdown() {
    assertThat(
            MeasurementRules.check(
                PLAN, UNITS, new MeasurementReport(" G2 ", "30730", 2025, null, 152L, 190L, null)))
        .isEqualTo(Measurement.ratio("G2", "30730", 2025, 152, 190));
    assertThat(
            MeasurementRules.check(
                PLAN,
                UNITS,
                new MeasurementReport(
                    "E2", "899", 2023, "NONG_NGHIEP", null, null, BigDecimal.TEN)))
        .isEqualTo(
            new Measurement("E2", "899", 2023, "NONG_NGHIEP", new Quantity.Amount(BigDecimal.TEN)));
  }

  @Test
  void reportsEveryProblemOfTheRequestAtOnce() {
    List<Problem> problems =
        problems(new MeasurementReport("G99", "NOWHERE", 2021, "x".repeat(101), -1L, null, null));

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(
            tuple("indicatorCode", "Plan rach-gia-2022-2025 has no indicator G99"),
            tuple("year", "The year 2021 is outside the plan period 2022–2025"),
            tuple("unitCode", "No unit with code NOWHERE"),
            tuple(
                "breakdown",
                "A code is 1 to 64 unaccented letters, digits or . _ -, starting with"
                    + " a letter or digit (^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$), was \""
                    + "x".repeat(101)
                    + "\""),
            tuple("numerator", "The numerator cannot be negative, was -1"),
            tuple("denominator", "The denominator is required"));
    assertThat(problems).allSatisfy(p -> assertThat(p.reason().vi()).isNotEqualTo(p.reason().en()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "numerator above denominator | G2 | 30730 | 2023 | 5  | 4  |      | numerator"
            + " | The numerator 5 exceeds the denominator 4",
        "negative denominator        | G2 | 30730 | 2023 | 0  | -4 |      | denominator"
            + " | The denominator cannot be negative, was -4",
        "both forms                  | E1 | 899   | 2023 | 1  | 2  | 50   | value"
            + " | Both numerator/denominator and value are given: give either numerator and"
            + " denominator, or a value",
        "neither form                | E1 | 899   | 2023 |    |    |      | value"
            + " | No figure: give numerator and denominator, or a value",
        "negative value              | E1 | 899   | 2023 |    |    | -0.5 | value"
            + " | The value cannot be negative, was -0.5",
        "percentage above 100        | E1 | 899   | 2023 |    |    | 100.5 | value"
            + " | The value 100.5 exceeds 100: indicator E1 is a percentage",
        "value for a ratio of sums   | G2 | 899   | 2023 |    |    | 60   | value"
            + " | Indicator G2 is summed up as numerator and denominator: give those instead of the"
            + " value 60",
        "unit closed before the year | G2 | OLD   | 2024 | 1  | 2  |      | unitCode"
            + " | Unit OLD did not exist in 2024 (it existed 2020–2023)",
        "unit opened after the year  | G2 | NEW   | 2024 | 1  | 2  |      | unitCode"
            + " | Unit NEW did not exist in 2024 (it exists from 2025)",
        "no year                     | G2 | 899   |      | 1  | 2  |      | year"
            + " | The year is required (within 2022–2025)"
      })
  void refuses(
      String what,
      String indicator,
      String unit,
      Integer year,
      Long numerator,
      Long denominator,
      BigDecimal value,
      String field,
      String reason) {
    assertThat(
            problems(
                new MeasurementReport(indicator, unit, year, null, numerator, denominator, value)))
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple(field, reason));
  }

  @ParameterizedTest(name = "{0} from ward 30730")
  @CsvSource(
      delimiter = '|',
      value = {
        "E1 | Indicator E1 is reported only at district or city level (one figure for the whole"
            + " area, not summed up from below), not at ward or commune level (unit 30730)",
        "G7 | Indicator G7 applies only at district or city level, it is not reported at ward or"
            + " commune level (unit 30730)"
      })
  void refusesACityLevelFigureFromAWard(String indicator, String reason) {
    MeasurementReport fromWard =
        indicator.equals("E1")
            ? new MeasurementReport(indicator, "30730", 2023, null, null, null, BigDecimal.TEN)
            : new MeasurementReport(indicator, "30730", 2023, null, 1L, 2L, null);

    List<Problem> problems = problems(fromWard);

    assertThat(problems)
        .extracting(Problem::path, p -> p.reason().en())
        .containsExactly(tuple("indicatorCode", reason));
    assertThat(problems.get(0).reason().vi())
        .startsWith("Chỉ tiêu " + indicator + " chỉ ")
        .contains("cấp huyện (thành phố thuộc tỉnh)")
        .endsWith("(đơn vị 30730)");
  }

  @Test
  void takesTheSameCityLevelFiguresFromTheCity() {
    assertThat(
            MeasurementRules.check(
                PLAN,
                UNITS,
                new MeasurementReport("E1", "899", 2023, null, null, null, BigDecimal.TEN)))
        .isEqualTo(Measurement.amount("E1", "899", 2023, BigDecimal.TEN));
    assertThat(
            MeasurementRules.check(
                PLAN, UNITS, new MeasurementReport("G7", "899", 2023, null, 1L, 2L, null)))
        .isEqualTo(Measurement.ratio("G7", "899", 2023, 1, 2));
    assertThat(MeasurementRules.unitLevels(UNITS))
        .containsEntry("899", UnitLevel.DISTRICT)
        .containsEntry("30730", UnitLevel.COMMUNE)
        .hasSize(4);
  }

  @Test
  void aUnitReportsForEveryYearItExistedInEvenInPart() {
    assertThat(MeasurementRules.unitYears(UNITS))
        .containsEntry("30730", new YearPeriod(2020, 2025))
        .containsEntry("OLD", new YearPeriod(2020, 2023))
        .hasSize(4);
  }
}
