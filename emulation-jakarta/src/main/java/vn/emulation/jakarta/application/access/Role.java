package vn.emulation.jakarta.application.access;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the movement; {@link #unitScoped()} ones see their own unit only. */
public enum Role {
  REPORTER(Roles.REPORTER, true),
  UNIT_HEAD(Roles.UNIT_HEAD, true),
  OFFICER(Roles.OFFICER, false),
  COUNCIL(Roles.COUNCIL, false),
  CHAIRMAN(Roles.CHAIRMAN, false),
  ADMIN(Roles.ADMIN, false),
  PUBLIC(Roles.PUBLIC, false);

  private final String claim;
  private final boolean unitScoped;

  Role(String claim, boolean unitScoped) {
    this.claim = claim;
    this.unitScoped = unitScoped;
  }

  /** The name in the token's {@code groups} claim and in {@code @RolesAllowed}. */
  public String claim() {
    return claim;
  }

  /** Whether holders of this role alone see only their own unit's data. */
  public boolean unitScoped() {
    return unitScoped;
  }

  /** The role a group name stands for; groups the movement does not know are ignored. */
  public static Optional<Role> ofClaim(String group) {
    return Arrays.stream(values()).filter(r -> r.claim.equals(group)).findFirst();
  }
}
