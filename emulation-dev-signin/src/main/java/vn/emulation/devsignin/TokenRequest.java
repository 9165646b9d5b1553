package vn.emulation.devsignin;

/**
 * A request for a token: whom for, and the test-only overrides that make a token the server must
 * refuse, or that place a reporter in another unit. Immutable; {@code null} overrides take the
 * defaults.
 *
 * @param user a demo user's id
 * @param expiresInSeconds {@code exp} relative to now; zero or negative makes an expired token,
 *     issued the configured lifetime before it expired
 * @param notBeforeInSeconds {@code nbf} relative to now; positive makes a token not yet valid, and
 *     without it the token has no {@code nbf}
 * @param issuer another {@code iss}, to make a token from a stranger
 * @param audience another {@code aud}, to make a token meant for another service
 * @param unit another {@code unit} for a unit-scoped user, to sign in as the reporter of a unit a
 *     test has just opened
 */
record TokenRequest(
    String user,
    Long expiresInSeconds,
    Long notBeforeInSeconds,
    String issuer,
    String audience,
    String unit) {

  TokenRequest(
      String user, Long expiresInSeconds, Long notBeforeInSeconds, String issuer, String audience) {
    this(user, expiresInSeconds, notBeforeInSeconds, issuer, audience, null);
  }

  /** A plain token for a user, with every default. */
  static TokenRequest forUser(String user) {
    return new TokenRequest(user, null, null, null, null, null);
  }
}
