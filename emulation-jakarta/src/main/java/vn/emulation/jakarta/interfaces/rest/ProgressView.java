package vn.emulation.jakarta.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.core.target.Coverage;
import vn.emulation.core.target.FigurePart;
import vn.emulation.core.target.Quantity;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.progress.ProgressReport;
import vn.emulation.jakarta.application.progress.ProgressSummary;
import vn.emulation.jakarta.application.progress.TargetProgress;
import vn.emulation.jakarta.application.progress.UnitRank;
import vn.emulation.jakarta.application.workspace.UnitPage;

/** The JSON shapes of the progress endpoints: records made from the application's reports. */
public final class ProgressView {

  private ProgressView() {}

  /**
   * Where a unit stands.
   *
   * @param plan the plan's code
   * @param milestone the milestone whose targets apply
   * @param year the year whose figures are used
   * @param date the day of the hierarchy (names and children as they stood then)
   * @param unit the unit
   * @param summary targets met, not met, without data, and the coverage over them
   * @param rows one per target that applies at the unit's level, in the plan's order
   */
  public record Report(
      String plan,
      int milestone,
      int year,
      LocalDate date,
      UnitRef unit,
      Summary summary,
      List<Row> rows) {

    static Report of(ProgressReport r) {
      return of(r, true);
    }

    /** The report, its rows listing their parts or not ({@code parts=false}: null). */
    static Report of(ProgressReport r, boolean withParts) {
      return new Report(
          r.planCode(),
          r.milestoneYear(),
          r.year(),
          r.date(),
          new UnitRef(r.unitCode(), r.unitName(), r.level().name()),
          Summary.of(r.summary()),
          r.rows().stream().map(t -> Row.of(t, withParts)).toList());
    }
  }

  /**
   * A unit as it stood on the report's date.
   *
   * @param code its code
   * @param name its name that day
   * @param level PROVINCE, DISTRICT or COMMUNE
   */
  public record UnitRef(String code, String name, String level) {}

  /**
   * The counts of a report.
   *
   * @param targets targets reported on
   * @param met targets met
   * @param notMet targets not met, the incomplete ones included
   * @param incomplete of those, targets whose figure still misses some units' reports
   * @param noData targets without data
   * @param coverage reporting units summed over the targets, out of those expected
   */
  public record Summary(
      int targets, int met, int notMet, int incomplete, int noData, CoverageView coverage) {

    static Summary of(ProgressSummary s) {
      return new Summary(
          s.targets(),
          s.met(),
          s.notMet(),
          s.incomplete(),
          s.noData(),
          CoverageView.of(s.coverage()));
    }
  }

  /**
   * How many of the units expected to report did.
   *
   * @param reported units whose reports went into the figure
   * @param expected units that should have reported
   * @param complete whether every expected unit reported
   * @param missing the codes of the units that have not reported (for a summary: not listed)
   */
  public record CoverageView(int reported, int expected, boolean complete, List<String> missing) {

    static CoverageView of(Coverage c) {
      return new CoverageView(c.reported(), c.expected(), c.isComplete(), c.missing());
    }
  }

  /**
   * One target. Numerator and denominator are the summed counts behind a share, so that a reader
   * can check a city's figure against its wards'; they are {@code null} for amounts and when there
   * is no data, as are value and gap.
   *
   * @param indicator the indicator's code
   * @param pillar DIGITAL_GOVERNMENT, DIGITAL_ECONOMY or DIGITAL_SOCIETY
   * @param name what it measures, in Vietnamese and English
   * @param comparator AT_LEAST, GREATER_THAN or EQUAL
   * @param symbol the comparator's symbol (≥, &gt;, =)
   * @param threshold the threshold
   * @param value the figure: two decimals, more (up to six) where rounding would hide why it misses
   *     (99.999 against "= 100")
   * @param gap value minus threshold (negative: short of it)
   * @param shortfall for a share of counts, how many more counted items it needed to meet the
   *     target at the same denominator (0 when met): what a gap of 0 against "&gt; 90" means
   * @param numerator the count that satisfies the indicator
   * @param denominator the count it is a share of
   * @param status MET, NOT_MET, INCOMPLETE (units have not reported: not met until they do) or
   *     NO_DATA
   * @param statusLabel the status in Vietnamese and English
   * @param coverage units that reported, out of those expected, and the codes of those missing
   * @param parts the stored reports behind the figure, each counted, an earlier state (of a stock)
   *     or set aside, with why; {@code null} when the request asked {@code parts=false}
   */
  @JsonbNillable
  public record Row(
      String indicator,
      String pillar,
      LocalizedText name,
      String comparator,
      String symbol,
      BigDecimal threshold,
      BigDecimal value,
      BigDecimal gap,
      Long shortfall,
      Long numerator,
      Long denominator,
      String status,
      LocalizedText statusLabel,
      CoverageView coverage,
      List<Part> parts) {

    static Row of(TargetProgress t, boolean withParts) {
      Quantity.Ratio ratio = t.ratio().orElse(null);
      return new Row(
          t.indicatorCode(),
          t.pillar().name(),
          t.name(),
          t.comparator().name(),
          t.comparatorSymbol(),
          t.threshold(),
          t.value(),
          t.gap(),
          t.shortfall(),
          ratio == null ? null : ratio.numerator(),
          ratio == null ? null : ratio.denominator(),
          t.status().name(),
          t.status().label(),
          CoverageView.of(t.coverage()),
          withParts ? t.parts().stream().map(Part::of).toList() : null);
    }
  }

  /**
   * One stored report behind a figure.
   *
   * @param unit the unit that reported it
   * @param from the first day it covers ({@code null}: its unit did not exist that year)
   * @param to the last day it covers
   * @param numerator the counts of a share, {@code null} for an amount
   * @param denominator likewise
   * @param amount the value of an amount, {@code null} for a share
   * @param use COUNTED, EARLIER_STATE or SET_ASIDE
   * @param reason why, in Vietnamese and English
   */
  @JsonbNillable
  public record Part(
      String unit,
      LocalDate from,
      LocalDate to,
      Long numerator,
      Long denominator,
      BigDecimal amount,
      String use,
      LocalizedText reason) {

    static Part of(FigurePart p) {
      Long n = p.quantity() instanceof Quantity.Ratio r ? r.numerator() : null;
      Long d = p.quantity() instanceof Quantity.Ratio r ? r.denominator() : null;
      BigDecimal amount = p.quantity() instanceof Quantity.Amount a ? a.amount() : null;
      return new Part(
          p.unitCode(),
          p.period() == null ? null : p.period().from(),
          p.period() == null ? null : p.period().to(),
          n,
          d,
          amount,
          p.use().name(),
          p.reason());
    }
  }

  /**
   * A unit's place among its siblings.
   *
   * @param rank from 1; equal for ties
   * @param unit the unit
   * @param summary its counts
   */
  public record Rank(int rank, UnitRef unit, Summary summary) {

    static Rank of(UnitRank r, String level) {
      return new Rank(
          r.rank(), new UnitRef(r.unitCode(), r.unitName(), level), Summary.of(r.summary()));
    }
  }

  /**
   * A page of the units under one unit.
   *
   * @param parent the unit drilled into, with what was asked (milestone, year, date)
   * @param items this page
   * @param page the page number, from 0
   * @param size the page size asked for
   * @param total how many units there are under it
   */
  public record Children<T>(Parent parent, List<T> items, int page, int size, long total) {

    static <A, T> Children<T> of(UnitPage<A> p, java.util.function.Function<A, T> f) {
      Page<A> c = p.children();
      ProgressReport r = p.parent();
      return new Children<>(
          new Parent(
              r.planCode(),
              r.milestoneYear(),
              r.year(),
              r.date(),
              new UnitRef(r.unitCode(), r.unitName(), r.level().name()),
              Summary.of(r.summary())),
          c.items().stream().map(f).toList(),
          c.page(),
          c.size(),
          c.total());
    }
  }

  /**
   * The unit drilled into.
   *
   * @param plan the plan's code
   * @param milestone the milestone whose targets apply
   * @param year the year whose figures are used
   * @param date the day of the hierarchy
   * @param unit the unit
   * @param summary its own counts
   */
  public record Parent(
      String plan, int milestone, int year, LocalDate date, UnitRef unit, Summary summary) {}
}
