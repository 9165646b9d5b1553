package vn.emulation.jakarta.application.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: the user the portal signed in, the roles its token grants and the unit the user
 * works for (absent for city-wide staff). Nobody known is {@link #anonymous()}: no role, no unit,
 * no write. The system itself (loading the demo city at start-up) is a caller too, so that the
 * audit log names it, but only inside {@link Callers#runAsSystem}.
 *
 * @param user the token's {@code upn} (or {@code sub}), "system" for the system
 * @param roles the movement's roles the token grants, possibly none
 * @param unitCode the user's unit ({@code unit} claim), or null
 */
public record Caller(String user, Set<Role> roles, String unitCode) {

  public static final String SYSTEM_USER = "system";

  public Caller {
    Objects.requireNonNull(user, "user");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /**
   * The system acting on its own, with every right (start-up jobs). Use cases never take it
   * themselves: it is what {@link Callers#current()} answers inside {@link Callers#runAsSystem}.
   */
  public static Caller system() {
    return new Caller(SYSTEM_USER, EnumSet.of(Role.ADMIN), null);
  }

  /**
   * Nobody known: a visitor of the public endpoints, or any path that no filter identified. Holds
   * no role, so it reaches no unit and writes nothing.
   */
  public static Caller anonymous() {
    return new Caller("anonymous", Set.of(), null);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /**
   * Whether this caller is confined to a unit: every role it holds that grants data access is
   * unit-scoped. A user who is both a reporter and an officer sees the whole city.
   */
  public boolean unitScoped() {
    boolean anyScoped = roles.stream().anyMatch(Role::unitScoped);
    return anyScoped && !cityWide();
  }

  /**
   * Whether this caller holds a role that sees data across the city (officer, council, chairman,
   * administrator), which lifts any unit scope.
   */
  public boolean cityWide() {
    return roles.stream().anyMatch(r -> !r.unitScoped() && r != Role.PUBLIC);
  }

  /**
   * Whether this caller holds a role that writes: reporter, unit head, officer, administrator; and
   * the council member and the Chairman, whose votes and decisions are the award procedure's acts
   * (ADR 0040). Which operation each role may call is the resources' {@code @RolesAllowed}; the
   * council and the Chairman call only their own acts ({@code AccessRulesTest}).
   */
  public boolean mayWrite() {
    return roles.contains(Role.REPORTER)
        || roles.contains(Role.UNIT_HEAD)
        || roles.contains(Role.OFFICER)
        || roles.contains(Role.ADMIN)
        || roles.contains(Role.COUNCIL)
        || roles.contains(Role.CHAIRMAN);
  }

  /** The role an audit entry records: the strongest one held, by declaration order reversed. */
  public String mainRole() {
    Role[] order = {
      Role.ADMIN,
      Role.OFFICER,
      Role.CHAIRMAN,
      Role.COUNCIL,
      Role.UNIT_HEAD,
      Role.REPORTER,
      Role.PUBLIC
    };
    for (Role r : order) {
      if (roles.contains(r)) {
        return r.claim();
      }
    }
    return "";
  }
}
