package vn.emulation.jakarta.application.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.emulation.core.common.ProblemCollector;
import vn.emulation.core.unit.OrgHierarchy;
import vn.emulation.core.unit.OrgUnit;
import vn.emulation.core.unit.Reorganisation;
import vn.emulation.core.unit.UnitLevel;
import vn.emulation.jakarta.application.Page;
import vn.emulation.jakarta.application.PageRequest;
import vn.emulation.jakarta.application.Tagged;
import vn.emulation.jakarta.application.Unread;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitQuery;
import vn.emulation.jakarta.application.unit.UnitCommands.UnitTreeQuery;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * The administrative units as Home Affairs keeps them, read: the hierarchy as it stood on any day,
 * the units of a day a page at a time, each unit's history and its version. Units outside the
 * caller's scope are not there. Changing the hierarchy is {@link HierarchyChanges}'.
 */
@ApplicationScoped
public class UnitDirectory {

  /** The size of a page of units when the client names none. */
  public static final int DEFAULT_PAGE_SIZE = 20;

  @Inject UnitRepository units;
  @Inject UnitScopes scopes;

  /** "Today" is the day in Vietnam, wherever the server runs. */
  @Inject Clock clock;

  /** The hierarchy on a day (today when absent), whole or from one unit down. */
  public UnitsOn tree(UnitTreeQuery q) {
    return tree(q, Unread.none());
  }

  /**
   * The hierarchy on a day (today when absent), whole or from one unit down; the problems of
   * reading the query ({@code unread}) are answered with those of the unit named.
   */
  public UnitsOn tree(UnitTreeQuery q, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    LocalDate day = q.date() != null ? q.date() : LocalDate.now(clock);
    OrgHierarchy h = units.hierarchy();
    UnitScope scope = scopes.current();
    String code = q.root();
    Optional<OrgUnit> top =
        code == null ? Optional.empty() : h.find(code).filter(u -> scope.includes(u.code()));
    if (code != null && top.isEmpty()) {
      problems.add("root", AdapterMessages.text("participant.noUnitCode", code));
    } else if (top.isPresent() && !unread.any() && !top.get().existsOn(day)) {
      // (a day that could not be read is no day to check the unit against)
      problems.add("root", AdapterMessages.text("unit.unitDoesNotExist", code, day));
    }
    unread.throwWith(problems, "hierarchy question", UnitTreeQuery.FIELDS);
    List<OrgUnit> roots =
        top.map(List::of)
            .orElseGet(() -> scope.unlimited() ? tops(h, day) : scopeTops(h, scope, day));
    return UnitsOn.all(day, h, roots);
  }

  /** The units existing on a day, by code, a page at a time. */
  public UnitsOn list(UnitQuery q) {
    return list(q, Unread.none());
  }

  /**
   * The units existing on a day (today when absent), by code, a page at a time; the problems of
   * reading the query ({@code unread}) are answered with those of the parent named.
   */
  public UnitsOn list(UnitQuery q, Unread unread) {
    ProblemCollector problems = new ProblemCollector();
    LocalDate day = q.date() != null ? q.date() : LocalDate.now(clock);
    UnitLevel level = q.level();
    String parent = q.parent();
    OrgHierarchy h = units.hierarchy();
    UnitScope scope = scopes.current();
    if (parent != null && (h.find(parent).isEmpty() || !scope.includes(parent))) {
      problems.add("parent", AdapterMessages.text("participant.noUnitCode", parent));
    }
    unread.throwWith(problems, "unit list", UnitQuery.FIELDS);
    PageRequest page = q.page();
    List<OrgUnit> all =
        h.all().stream()
            .filter(u -> u.existsOn(day))
            .filter(u -> scope.includes(u.code()))
            .filter(u -> level == null || u.level() == level)
            .filter(u -> parent == null || parent.equals(u.parentOn(day).orElse(null)))
            .sorted(Comparator.comparing(OrgUnit::code))
            .toList();
    return new UnitsOn(day, h, Page.slice(all, page));
  }

  /** The units existing on {@code date} with no parent that day (or one that no longer exists). */
  private static List<OrgUnit> tops(OrgHierarchy h, LocalDate date) {
    return h.all().stream()
        .filter(u -> u.existsOn(date))
        .filter(u -> u.parentOn(date).flatMap(h::find).filter(p -> p.existsOn(date)).isEmpty())
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /** The highest units of a limited scope existing on a day: those whose parent lies outside. */
  private static List<OrgUnit> scopeTops(OrgHierarchy h, UnitScope scope, LocalDate day) {
    return h.all().stream()
        .filter(u -> scope.includes(u.code()) && u.existsOn(day))
        .filter(u -> u.parentOn(day).filter(scope::includes).isEmpty())
        .sorted(Comparator.comparing(OrgUnit::code))
        .toList();
  }

  /** One unit with its whole history. */
  public UnitHistory history(String code) {
    OrgHierarchy h = units.hierarchy();
    if (!scopes.current().includes(code)) {
      // another unit's record is, to a ward's user, no record at all
      throw UnitChanges.noSuchUnit(code);
    }
    return UnitHistory.of(h, new UnitChanges(h).existing(code));
  }

  /**
   * One unit with its whole history, the reorganisations it took part in as the hierarchy tells
   * them ({@link OrgHierarchy#reorganisationsOf}), and its version. The version is read first:
   * should the unit change in between, the client holds an older version and its next edit is
   * refused, never the other way round.
   */
  public Tagged<UnitRecord> record(String code) {
    String tag = tag(code);
    OrgHierarchy h = units.hierarchy();
    if (!scopes.current().includes(code)) {
      throw UnitChanges.noSuchUnit(code);
    }
    return new Tagged<>(
        new UnitRecord(
            UnitHistory.of(h, new UnitChanges(h).existing(code)), h.reorganisationsOf(code)),
        tag);
  }

  /**
   * A unit's whole history and the reorganisations it took part in, oldest first.
   *
   * @param history its history
   * @param reorganisations its reorganisations
   */
  public record UnitRecord(UnitHistory history, List<Reorganisation> reorganisations) {}

  private String tag(String code) {
    return units.version(code).map(String::valueOf).orElse("0");
  }
}
