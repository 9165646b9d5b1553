package vn.emulation.jakarta.application.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.common.Problem;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.testing.InMemoryCity;

class ProgressQuestionTest {

  private static final Plan PLAN = rachGia();
  private static final LocalDate KNOWN = LocalDate.of(2004, 1, 1);
  private static final OrgHierarchy CITY =
      OrgHierarchy.of(
          List.of(
              OrgUnit.open("91", "Tỉnh Kiên Giang", UnitLevel.PROVINCE, null, KNOWN),
              OrgUnit.open("899", "Thành phố Rạch Giá", UnitLevel.DISTRICT, "91", KNOWN),
              OrgUnit.open("30730", "Phường Vĩnh Thanh Vân", UnitLevel.COMMUNE, "899", KNOWN),
              OrgUnit.open("30733", "Phường Vĩnh Thanh", UnitLevel.COMMUNE, "899", KNOWN),
              OrgUnit.open(
                  "new-ward", "Phường Mới", UnitLevel.COMMUNE, "899", LocalDate.of(2024, 1, 1))));

  private final ProblemCollector problems = new ProblemCollector();

  private static Plan rachGia() {
    return InMemoryCity.plan();
  }

  private Optional<ProgressQuestion> ask(
      String unit, Integer milestone, Integer year, String date, String today) {
    return ProgressQuestion.resolve(
        PLAN,
        CITY,
        () -> List.of("30730", "30733"),
        new ProgressParameters(unit, milestone, year, date == null ? null : LocalDate.parse(date)),
        Unread.none(),
        LocalDate.parse(today),
        problems);
  }

  private List<String> fields() {
    return problems.problems().stream().map(Problem::path).toList();
  }

  @ParameterizedTest(name = "milestone {0}, year {1}, asked on {2}: {3}/{4} on {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // milestone, year, today, → milestone, year, date
        "-,    -,    2026-11-27, 2025, 2025, 2025-12-31", // after the plan: its last milestone
        "-,    -,    2024-03-10, 2025, 2025, 2024-03-10", // the next milestone; the hierarchy today
        "-,    -,    2021-05-01, 2023, 2023, 2021-05-01", // before the plan: its first milestone
        "-,    2022, 2026-11-27, 2023, 2022, 2022-12-31", // a year: the next milestone from it
        "-,    2024, 2026-11-27, 2025, 2024, 2024-12-31",
        "-,    2023, 2026-11-27, 2023, 2023, 2023-12-31", // a milestone year is its own milestone
        "2023, -,    2026-11-27, 2023, 2023, 2023-12-31", // a milestone: its year
        "2025, 2022, 2026-11-27, 2025, 2022, 2022-12-31", // both: as asked
        "2025, -,    2025-06-30, 2025, 2025, 2025-06-30"
      })
  void fillsTheGapsWithTheNextMilestoneItsYearAndTheEndOfThatYear(
      Integer milestone,
      Integer year,
      String today,
      int expectedMilestone,
      int expectedYear,
      String expectedDate) {
    ProgressQuestion q = ask(null, milestone, year, null, today).orElseThrow();

    assertThat(q)
        .isEqualTo(
            new ProgressQuestion(
                expectedMilestone, "899", expectedYear, LocalDate.parse(expectedDate)));
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aDateAndAUnitAskedForAreKept() {
    assertThat(ask("30733", 2023, 2023, "2023-06-30", "2026-11-27"))
        .contains(new ProgressQuestion(2023, "30733", 2023, LocalDate.of(2023, 6, 30)));
  }

  @Test
  void theDefaultUnitIsThePlansWholeCityOnTheDay() {
    assertThat(ask(null, 2023, null, null, "2026-11-27").orElseThrow().unitCode()).isEqualTo("899");
  }

  @Test
  void aParameterTheEdgeCouldNotReadLeavesNoQuestionButTheOthersAreStillChecked() {
    Unread unread =
        new Unread(
            List.of(
                new Problem("date", LocalizedText.of("Ngày không hợp lệ", "Not a valid date"))));

    Optional<ProgressQuestion> q =
        ProgressQuestion.resolve(
            PLAN,
            CITY,
            () -> List.of("30730", "30733"),
            new ProgressParameters("no-such-unit", 2024, null, null),
            unread,
            LocalDate.of(2026, 11, 27),
            problems);

    assertThat(q).isEmpty();
    assertThat(fields()).containsExactly("milestone", "unit");
  }

  @Test
  void aMilestoneThePlanDoesNotHaveAndAYearOutsideItsPeriodAreNamed() {
    assertThat(ask(null, 2024, 2021, null, "2026-11-27")).isEmpty();

    assertThat(fields()).containsExactly("milestone", "year");
    assertThat(problems.problems().get(0).reason().en())
        .isEqualTo("The plan has no milestone 2024; its milestones: 2023, 2025");
    assertThat(problems.problems().get(1).reason().en())
        .isEqualTo("Year 2021 lies outside the plan's period 2022–2025");
  }

  @Test
  void aUnitAskedForOnADayItDidNotExistIsNamed() {
    assertThat(ask("new-ward", 2023, null, null, "2026-11-27")).isEmpty();

    assertThat(fields()).containsExactly("unit");
    assertThat(problems.problems().get(0).reason().en())
        .isEqualTo("Unit new-ward did not exist on 2023-12-31");
  }

  @Test
  void withoutAnyUnitOfThePlanAUnitMustBeNamed() {
    Optional<ProgressQuestion> q =
        ProgressQuestion.resolve(
            PLAN,
            CITY,
            List::of,
            ProgressParameters.defaults(),
            Unread.none(),
            LocalDate.of(2026, 11, 27),
            problems);

    assertThat(q).isEmpty();
    assertThat(fields()).containsExactly("unit");
    assertThat(problems.problems().get(0).reason().en())
        .isEqualTo("Name a unit: no unit of the plan existed on 2025-12-31");
  }

  @Test
  void theUnitsOfThePlanAreNotReadWhenAUnitIsNamed() {
    Optional<ProgressQuestion> q =
        ProgressQuestion.resolve(
            PLAN,
            CITY,
            () -> {
              throw new AssertionError("read the plan's units");
            },
            new ProgressParameters("30730", null, null, null),
            Unread.none(),
            LocalDate.of(2026, 11, 27),
            problems);

    assertThat(q).isPresent();
  }
}
