package vn.emulation.core.unit;

/**
 * A unit to be opened by one of the hierarchy's commands, as the request describes it: any part may
 * be {@code null} when it was not given (or was refused already where it was read), and the command
 * reports what is missing together with every other problem. Immutable.
 *
 * @param code its code, never used before
 * @param name its name
 * @param level its level
 * @param parentCode its parent's code, {@code null} for a top unit
 */
public record UnitDraft(String code, String name, UnitLevel level, String parentCode) {

  /** The draft of a unit already built, so that the commands check it like any other. */
  static UnitDraft of(OrgUnit unit) {
    return new UnitDraft(
        unit.code(),
        unit.placements().get(0).name(),
        unit.level(),
        unit.placements().get(0).parentCode());
  }
}
