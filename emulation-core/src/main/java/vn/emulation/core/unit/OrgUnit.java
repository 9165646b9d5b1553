package vn.emulation.core.unit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.core.common.YearPeriod;

/**
 * An administrative unit (đơn vị hành chính), identified by its code for life.
 *
 * <p>A unit is open from {@code openedOn} and, once closed, until the day before {@code closedOn}.
 * When it closes by merging or splitting, {@code successorCodes} names the unit(s) that inherit its
 * registrations, reports and awards; its own reports stay attributed to it. Immutable and
 * thread-safe; changes return a new unit.
 *
 * @param code the official unit code, never reused
 * @param level the administrative level
 * @param openedOn the first day the unit exists
 * @param closedOn the first day it no longer exists, or {@code null} while it exists
 * @param placements its names and parents over time, the first from {@code openedOn}
 * @param successorCodes the units that took it over when it closed, empty if none
 */
public record OrgUnit(
    String code,
    UnitLevel level,
    LocalDate openedOn,
    LocalDate closedOn,
    List<Placement> placements,
    Set<String> successorCodes) {

  public OrgUnit {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a unit code must not be blank, was: " + code);
    }
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(openedOn, "openedOn");
    if (closedOn != null && !closedOn.isAfter(openedOn)) {
      throw new IllegalArgumentException(
          "unit " + code + " cannot close on " + closedOn + ", it opened on " + openedOn);
    }
    placements = placements.stream().sorted(Comparator.comparing(Placement::from)).toList();
    if (placements.isEmpty() || !placements.get(0).from().equals(openedOn)) {
      throw new IllegalArgumentException(
          "unit " + code + " needs a name and parent from its opening day " + openedOn);
    }
    successorCodes = Set.copyOf(successorCodes);
  }

  /** A unit that opens on {@code openedOn} with one name and parent. */
  public static OrgUnit open(
      String code, String name, UnitLevel level, String parentCode, LocalDate openedOn) {
    return new OrgUnit(
        code, level, openedOn, null, List.of(new Placement(openedOn, name, parentCode)), Set.of());
  }

  /** Whether the unit exists on {@code date}. */
  public boolean existsOn(LocalDate date) {
    return !date.isBefore(openedOn) && (closedOn == null || date.isBefore(closedOn));
  }

  /** The last day the unit exists: the day before it closed; empty while it is open. */
  public Optional<LocalDate> lastDay() {
    return closedOn == null ? Optional.empty() : Optional.of(closedOn.minusDays(1));
  }

  /**
   * The latest day not after {@code date} on which the unit exists: {@code date} itself while it
   * exists, its last day once it has closed; empty if it opened after {@code date}.
   */
  public Optional<LocalDate> lastDayOnOrBefore(LocalDate date) {
    LocalDate last = closedOn == null || closedOn.isAfter(date) ? date : closedOn.minusDays(1);
    return last.isBefore(openedOn) ? Optional.empty() : Optional.of(last);
  }

  /**
   * The unit's last day in {@code year}: 31 December if it still exists then, else the day before
   * it closed; empty if it existed on no day of that year. A ward merged on 1 July 2025 has its
   * last day in 2025 on 30 June; a unit closed on 1 January 2025 has none in 2025.
   */
  public Optional<LocalDate> lastDayIn(int year) {
    return lastDayOnOrBefore(LocalDate.of(year, 12, 31)).filter(d -> d.getYear() == year);
  }

  /** The years on which the unit exists on at least one day; open-ended while it exists. */
  public YearPeriod years() {
    return new YearPeriod(
        openedOn.getYear(), lastDay().map(LocalDate::getYear).orElse(Integer.MAX_VALUE));
  }

  /** The placement in force on {@code date}, if the unit exists then. */
  public Optional<Placement> placementOn(LocalDate date) {
    if (!existsOn(date)) {
      return Optional.empty();
    }
    Placement current = placements.get(0);
    for (Placement p : placements) {
      if (!p.from().isAfter(date)) {
        current = p;
      }
    }
    return Optional.of(current);
  }

  /** The name the unit bore on {@code date}. */
  public Optional<String> nameOn(LocalDate date) {
    return placementOn(date).map(Placement::name);
  }

  /** The parent's code on {@code date}; empty for a top unit or a date it did not exist. */
  public Optional<String> parentOn(LocalDate date) {
    return placementOn(date).map(Placement::parentCode);
  }

  /** The same unit, closed on {@code date} and taken over by {@code successors}. */
  public OrgUnit closeOn(LocalDate date, Set<String> successors) {
    if (closedOn != null) {
      throw new IllegalStateException("unit " + code + " already closed on " + closedOn);
    }
    return new OrgUnit(code, level, openedOn, date, placements, successors);
  }

  /** The same unit with a new name and/or parent from {@code date}. */
  public OrgUnit moveOn(LocalDate date, String name, String parentCode) {
    if (!existsOn(date)) {
      throw new IllegalStateException("unit " + code + " does not exist on " + date);
    }
    List<Placement> more =
        new java.util.ArrayList<>(
            placements.stream().filter(p -> p.from().isBefore(date)).toList());
    more.add(new Placement(date, name, parentCode));
    return new OrgUnit(code, level, openedOn, closedOn, more, successorCodes);
  }
}
