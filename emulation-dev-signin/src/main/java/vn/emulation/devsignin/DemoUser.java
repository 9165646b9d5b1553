package vn.emulation.devsignin;

import java.util.List;
import java.util.Objects;

/**
 * A person the development sign-in can sign in as. Immutable.
 *
 * @param id the user id, the token's {@code upn} and {@code sub}
 * @param name the display name, with its Vietnamese diacritics
 * @param roles the role names, the token's {@code groups}
 * @param unit the code of the user's unit for reporters and unit heads, else {@code null}
 * @param unitName that unit's name, for the page
 */
public record DemoUser(String id, String name, List<String> roles, String unit, String unitName) {

  public DemoUser {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a demo user needs an id");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("demo user " + id + " needs a name");
    }
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("demo user " + id + " has no role");
    }
    for (String role : roles) {
      if (!RoleNames.known(role)) {
        throw new IllegalArgumentException("demo user " + id + " has an unknown role " + role);
      }
    }
    boolean scoped = roles.stream().anyMatch(RoleNames::unitScoped);
    if (scoped && (unit == null || unit.isBlank())) {
      throw new IllegalArgumentException("demo user " + id + " is unit-scoped but has no unit");
    }
    if (!scoped && unit != null) {
      // a unit on a city-wide user would scope them in the WAR by accident
      throw new IllegalArgumentException(
          "demo user " + id + " is not unit-scoped but has unit " + unit);
    }
  }

  /** Whether the token must carry a {@code unit} claim. */
  public boolean unitScoped() {
    return unit != null;
  }
}
