package vn.emulation.core.procedure.notice;

import java.util.Objects;

/**
 * Who receives a notice: the staff of one unit (its head and reporters), or Home Affairs (the
 * city's emulation office). Immutable.
 *
 * @param kind which audience
 * @param unitCode the unit whose staff receive it; {@code null} for Home Affairs
 */
public record Audience(Kind kind, String unitCode) {

  /** The two audiences of the procedure's notices. */
  public enum Kind {
    /** The staff of one unit, for their unit's cases. */
    UNIT_STAFF,
    /** Home Affairs, for what the units send. */
    HOME_AFFAIRS
  }

  public Audience {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.UNIT_STAFF && (unitCode == null || unitCode.isBlank())) {
      throw new IllegalArgumentException("a unit's staff are the staff of a unit");
    }
    if (kind == Kind.HOME_AFFAIRS) {
      unitCode = null;
    }
  }

  /** The staff of {@code unitCode}. */
  public static Audience unitStaff(String unitCode) {
    return new Audience(Kind.UNIT_STAFF, unitCode);
  }

  /** Home Affairs. */
  public static Audience homeAffairs() {
    return new Audience(Kind.HOME_AFFAIRS, null);
  }

  /**
   * Whether a person reaches this audience: Home Affairs' staff reach Home Affairs; a unit's staff
   * reach their own unit's audience, and no other.
   *
   * @param homeAffairs whether the person works for Home Affairs (the city's emulation office)
   * @param unitStaff whether the person is a unit's staff (its head or a reporter)
   * @param personsUnit the person's unit, {@code null} when none
   */
  public boolean reaches(boolean homeAffairs, boolean unitStaff, String personsUnit) {
    return switch (kind) {
      case HOME_AFFAIRS -> homeAffairs;
      case UNIT_STAFF -> unitStaff && unitCode.equals(personsUnit);
    };
  }
}
