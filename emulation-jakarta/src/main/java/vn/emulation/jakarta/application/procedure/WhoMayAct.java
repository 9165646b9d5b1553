package vn.emulation.jakarta.application.procedure;

import java.util.EnumSet;
import java.util.Set;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.application.access.AccessDeniedException;
import vn.emulation.jakarta.application.access.Caller;
import vn.emulation.jakarta.application.access.Role;
import vn.emulation.jakarta.application.unit.UnitScope;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Who may give a command on a case (403 otherwise), asked by {@link CaseFlow} after the case is
 * read and before anything else: a unit's staff act on their own unit's case, Home Affairs
 * (officer, administrator) on any.
 */
@FunctionalInterface
public interface WhoMayAct {

  /**
   * Refuses the caller who may not give {@code command} on the case of {@code unitCode}.
   *
   * @param what the case, for the message
   * @throws AccessDeniedException when the caller may not
   */
  void check(Caller caller, UnitScope scope, String unitCode, String command, LocalizedText what);

  /**
   * Whoever holds one of {@code roles}, whatever the case's unit: the council's members voting, the
   * Chairman deciding, Home Affairs keeping the record (ADR 0040).
   */
  static WhoMayAct holding(Role first, Role... more) {
    Set<Role> roles = EnumSet.of(first, more);
    return (caller, scope, unitCode, command, what) -> {
      if (roles.stream().noneMatch(caller::has)) {
        throw new AccessDeniedException(
            AdapterMessages.text(
                "procedure.onlyRoles",
                command,
                what.vi(),
                roles.stream().map(Role::claim).sorted().toList().toString(),
                what.en()));
      }
    };
  }

  /** Anyone who may write and whose scope holds the case's unit (Home Affairs holds every unit). */
  WhoMayAct UNIT_STAFF =
      (caller, scope, unitCode, command, what) -> {
        if (!scope.includes(unitCode)) {
          throw AccessDeniedException.outsideScope(unitCode);
        }
      };

  /** Home Affairs: an officer or an administrator, whatever the unit. */
  WhoMayAct HOME_AFFAIRS =
      (caller, scope, unitCode, command, what) -> {
        if (!caller.has(Role.OFFICER) && !caller.has(Role.ADMIN)) {
          throw new AccessDeniedException(
              AdapterMessages.text("procedure.onlyHomeAffairs", command, what.vi(), what.en()));
        }
      };

  /**
   * The unit's own people holding one of {@code roles} (a unit head, the unit's reporter), for
   * their own unit only: Home Affairs does not act for the unit.
   */
  static WhoMayAct unitRoles(Role first, Role... more) {
    Set<Role> roles = EnumSet.of(first, more);
    return (caller, scope, unitCode, command, what) -> {
      if (roles.stream().noneMatch(caller::has)) {
        throw new AccessDeniedException(
            AdapterMessages.text(
                "procedure.onlyUnitRoles",
                command,
                what.vi(),
                roles.stream().map(Role::claim).sorted().toList().toString(),
                what.en()));
      }
      if (!scope.includes(unitCode)) {
        throw AccessDeniedException.outsideScope(unitCode);
      }
    };
  }
}
