package vn.emulation.jakarta.application.progress;

import vn.emulation.core.target.TargetScope;
import vn.emulation.core.unit.UnitLevel;

/** Which targets concern a unit, by its level. */
final class Applicability {

  private Applicability() {}

  /**
   * Whether a target with {@code scope} applies to a unit of {@code level}: it names no level, that
   * level, or a level below it (G8, a ward target, applies to the city as the sum of its wards; G7,
   * a city target, does not apply to a ward): the core's {@link TargetScope#appliesAtOrBelow},
   * which the core's {@code AttainmentCalculator} also follows, throwing for a target that does not
   * apply; reports ask first so that they can skip such targets instead of catching.
   */
  static boolean appliesAtOrBelow(TargetScope scope, UnitLevel level) {
    return scope.appliesAtOrBelow(level);
  }
}
