package vn.emulation.jakarta.application.notice;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.emulation.jakarta.application.access.Role;

/**
 * A user's settings for notices: the language they are written in, the address they are mailed to
 * (none: no mail), and the unit and roles the user's token named when saved (a mail reaches only
 * the audience the rule names). Immutable.
 */
public record Subscriber(
    String user, Locale language, String email, String unitCode, Set<Role> roles, Instant at) {

  /** The languages notices are written in; Vietnamese is the default. */
  public static final Set<String> LANGUAGES = Set.of("vi", "en");

  public Subscriber {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(language, "language");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(at, "at");
  }

  public Optional<String> emailIfAny() {
    return Optional.ofNullable(email);
  }
}
