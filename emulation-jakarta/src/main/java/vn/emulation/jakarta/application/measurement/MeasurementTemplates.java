package vn.emulation.jakarta.application.measurement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.common.YearPeriod;
import vn.emulation.core.plan.Plan;
import vn.emulation.core.plan.ReportingRule;
import vn.emulation.core.target.Indicator;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Callers;
import vn.emulation.jakarta.application.plan.PlanCatalog;
import vn.emulation.jakarta.application.plan.PlanUnitRepository;
import vn.emulation.jakarta.application.unit.TopUnit;
import vn.emulation.jakarta.application.unit.UnitRepository;
import vn.emulation.jakarta.application.unit.UnitScopes;
import vn.emulation.jakarta.application.upload.UnitYears;
import vn.emulation.jakarta.application.upload.UploadFormat;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The blank upload file of a plan for one unit and year: a row per indicator that unit may report
 * at its level (the plan's whole city unless another is asked for) with the figures to fill in. The
 * XLSX also lists the plan's units of that year on a sheet, so that whoever fills it in for several
 * units finds their codes. The use case decides what the file holds ({@link BlankTemplate}); the
 * edge writes it in its format.
 */
@ApplicationScoped
public class MeasurementTemplates {

  @Inject PlanCatalog plans;
  @Inject UnitRepository units;
  @Inject PlanUnitRepository planUnits;
  @Inject UnitScopes scopes;
  @Inject Callers callers;

  /** This year, in Vietnam: the default year of a template. */
  @Inject Clock clock;

  /** The parameters of a template, in the order their problems are named. */
  static final List<String> FIELDS = List.of("year", "unit");

  /** The blank file to fill in, for a unit and a year, both read without problems. */
  public BlankTemplate template(String planCode, UploadFormat format, String unit, Integer year) {
    return template(planCode, format, unit, year, Unread.none());
  }

  /**
   * The blank file to fill in, for a unit and a year: by default the plan's whole city, or for a
   * ward's or an office's user their own unit; the problems of reading the query ({@code unread})
   * are answered with those of the unit and year named.
   */
  public BlankTemplate template(
      String planCode, UploadFormat format, String unit, Integer year, Unread unread) {
    Plan plan = plans.inForceToday(planCode);
    Caller caller = callers.current();
    String asked = unit;
    if (caller.unitScoped()) {
      if (asked == null) {
        asked = caller.unitCode();
      } else if (!scopes.of(caller).includes(asked)) {
        throw AccessDeniedException.outsideScope(asked);
      }
    }
    return build(plan, format, asked, year, unread);
  }

  /** The template, or an {@code InvalidInputException} for a bad unit or year. */
  BlankTemplate build(Plan plan, UploadFormat format, String unit, Integer year, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    Integer asked = MeasurementFilters.year(plan, year, problems);
    int theYear = asked != null ? asked : defaultYear(plan.identity().period());
    OrgHierarchy hierarchy = units.hierarchy();
    String code = unit;
    if (code != null) {
      Optional<OrgUnit> found = hierarchy.find(code);
      if (found.isEmpty()) {
        problems.add("unit", AdapterMessages.text("participant.noUnitCode", code));
      } else if (asked != null && !found.get().years().contains(theYear)) {
        YearPeriod years = found.get().years();
        problems.add(
            "unit",
            AdapterMessages.text(
                "upload.unitDidNotExist",
                code,
                theYear,
                UnitYears.describe(years, true),
                UnitYears.describe(years, false)));
      }
    }
    unread.throwWith(problems, "template request", FIELDS);
    Set<String> planCodes = planUnits.codes(plan.code());
    String example =
        code != null
            ? code
            : TopUnit.of(hierarchy, planCodes, LocalDate.of(theYear, 1, 1)).orElse(null);
    // a ward's template has no row for what only the city reports (G7, E1)
    UnitLevel level =
        example == null ? null : hierarchy.find(example).map(OrgUnit::level).orElse(null);
    List<Indicator> rows =
        level == null ? plan.indicators() : ReportingRule.of(plan).reportableAt(level);
    List<OrgUnit> listed =
        format == UploadFormat.XLSX ? listed(hierarchy, planCodes, example, theYear) : List.of();
    return new BlankTemplate(plan, format, theYear, example, rows, listed);
  }

  /** The plan's units existing in the year, by code; every such unit while the plan has none. */
  private static List<OrgUnit> listed(
      OrgHierarchy hierarchy, Set<String> planCodes, String example, int year) {
    return hierarchy.all().stream()
        .filter(
            u -> planCodes.isEmpty() || planCodes.contains(u.code()) || u.code().equals(example))
        .filter(u -> u.years().contains(year))
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /** This year while the plan runs, else its nearest end. */
  int defaultYear(YearPeriod period) {
    int now = LocalDate.now(clock).getYear();
    return Math.max(period.first(), Math.min(period.last(), now));
  }
}
