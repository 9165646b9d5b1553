package vn.emulation.jakarta.application.unit;

import java.util.Optional;
import java.util.Set;

/**
 * The units whose data a caller may read and write: every unit, or a closed set of codes (a ward's
 * or an office's lineage: its own unit, the units under it and what reorganisations gave it).
 */
public final class UnitScope {

  private static final UnitScope ALL = new UnitScope(null);
  private static final UnitScope NONE = new UnitScope(Set.of());

  private final Set<String> codes;

  private UnitScope(Set<String> codes) {
    this.codes = codes;
  }

  public static UnitScope all() {
    return ALL;
  }

  /** No unit at all: what a caller who is neither a unit's user nor city-wide reaches. */
  public static UnitScope none() {
    return NONE;
  }

  public static UnitScope of(Set<String> codes) {
    return new UnitScope(Set.copyOf(codes));
  }

  public boolean unlimited() {
    return codes == null;
  }

  public boolean includes(String unitCode) {
    return codes == null || (unitCode != null && codes.contains(unitCode));
  }

  /**
   * The units a list may show when the caller asked for {@code asked} (or for none): that one unit,
   * or every unit of the scope, or null for "no restriction". An asked unit outside the scope must
   * have been refused before, as an unknown one.
   */
  public java.util.Collection<String> filter(String asked) {
    if (asked != null) {
      return Set.of(asked);
    }
    return codes;
  }

  /** The codes, when limited; empty when every unit is in scope. */
  public Optional<Set<String>> codes() {
    return Optional.ofNullable(codes);
  }

  @Override
  public String toString() {
    return codes == null ? "UnitScope[all]" : "UnitScope" + codes;
  }
}
