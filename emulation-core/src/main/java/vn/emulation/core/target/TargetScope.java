package vn.emulation.core.target;

import java.util.Set;
import vn.emulation.core.unit.UnitLevel;

/**
 * Whom a target applies to: units of some levels (G7 the city, G8 the wards) and participants of
 * some categories; empty sets mean "all". {@code eachBreakdown} says the threshold must be met in
 * every breakdown of the figure (E2: "in each sector"), not only overall. Immutable and
 * thread-safe.
 *
 * @param levels the unit levels, empty for every level
 * @param categoryCodes the participant categories, empty for every category
 * @param eachBreakdown whether every breakdown must meet the threshold
 */
public record TargetScope(Set<UnitLevel> levels, Set<String> categoryCodes, boolean eachBreakdown) {

  /** Every unit and participant, overall figure. */
  public static final TargetScope EVERYWHERE = new TargetScope(Set.of(), Set.of(), false);

  public TargetScope {
    levels = Set.copyOf(levels);
    categoryCodes = Set.copyOf(categoryCodes);
  }

  public boolean appliesTo(UnitLevel level) {
    return levels.isEmpty() || levels.contains(level);
  }

  /**
   * Whether the target concerns a unit of {@code level}: it names no level, that level, or a level
   * below it. G8, a ward target, concerns the city as the sum of its wards; G7, a city target, does
   * not concern a ward.
   */
  public boolean appliesAtOrBelow(UnitLevel level) {
    return levels.isEmpty() || levels.stream().anyMatch(l -> l.isAtOrBelow(level));
  }

  public boolean appliesToCategory(String categoryCode) {
    return categoryCodes.isEmpty() || categoryCodes.contains(categoryCode);
  }
}
