package vn.emulation.devsignin;

import java.time.Duration;
import java.util.Objects;

/**
 * What a token says unless a request overrides it: who issued it, whom it is for and how long it
 * lasts. Immutable.
 *
 * @param issuer the {@code iss} claim; the server's {@code mp.jwt.verify.issuer} must match it
 * @param audience the {@code aud} claim; one of the server's {@code mp.jwt.verify.audiences}
 * @param lifetime from {@code iat} to {@code exp}
 */
record TokenSettings(String issuer, String audience, Duration lifetime) {

  static final TokenSettings DEFAULTS =
      new TokenSettings("https://dev-signin.emulation.invalid", "emulation", Duration.ofHours(8));

  TokenSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("a token lifetime must be positive, not " + lifetime);
    }
  }
}
