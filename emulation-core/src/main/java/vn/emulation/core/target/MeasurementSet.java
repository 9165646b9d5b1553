package vn.emulation.core.target;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The measurements known for a plan, looked up by indicator, unit, year and breakdown. One value
 * per key: a second report for the same key is a correction and belongs to the store, not here.
 * Immutable and thread-safe.
 */
public final class MeasurementSet {

  private record Key(String indicatorCode, String unitCode, int year, String breakdown) {}

  private record Slice(String indicatorCode, String unitCode, int year) {}

  private final Map<Key, Measurement> byKey;
  private final Map<Slice, Set<String>> breakdowns;

  private MeasurementSet(Map<Key, Measurement> byKey, Map<Slice, Set<String>> breakdowns) {
    this.byKey = byKey;
    this.breakdowns = breakdowns;
  }

  /** The set of {@code measurements}; two for the same indicator, unit, year and breakdown fail. */
  public static MeasurementSet of(Collection<Measurement> measurements) {
    Map<Key, Measurement> byKey = new HashMap<>();
    Map<Slice, Set<String>> breakdowns = new HashMap<>();
    for (Measurement m : measurements) {
      Key key = new Key(m.indicatorCode(), m.unitCode(), m.year(), m.breakdown());
      if (byKey.put(key, m) != null) {
        throw new IllegalArgumentException("two measurements for the same key: " + key);
      }
      breakdowns
          .computeIfAbsent(
              new Slice(m.indicatorCode(), m.unitCode(), m.year()), k -> new TreeSet<>())
          .add(m.breakdown());
    }
    return new MeasurementSet(Map.copyOf(byKey), Map.copyOf(breakdowns));
  }

  public static MeasurementSet empty() {
    return of(List.of());
  }

  /** The value {@code unitCode} itself reported, if any. */
  public Optional<Measurement> find(
      String indicatorCode, String unitCode, int year, String breakdown) {
    return Optional.ofNullable(byKey.get(new Key(indicatorCode, unitCode, year, breakdown)));
  }

  /** The breakdowns {@code unitCode} itself reported, the overall one as "". */
  public Set<String> breakdownsOf(String indicatorCode, String unitCode, int year) {
    return breakdowns.getOrDefault(new Slice(indicatorCode, unitCode, year), Set.of());
  }

  /**
   * The measurements of this set that {@code scope} reads: a question of that scope gets the same
   * answer from either set.
   */
  public MeasurementSet within(FigureScope scope) {
    return of(byKey.values().stream().filter(scope::reads).toList());
  }

  public int size() {
    return byKey.size();
  }
}
