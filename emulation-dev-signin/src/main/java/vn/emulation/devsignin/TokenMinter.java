package vn.emulation.devsignin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 tokens as the portal would for the emulation WAR (MicroProfile JWT 2.1): {@code iss},
 * {@code aud}, {@code upn} and {@code sub} (the user id), {@code groups} (the role names), {@code
 * unit} (the unit code, for unit-scoped users only), {@code name}, {@code iat}, {@code exp}, {@code
 * jti}, and {@code nbf} when a request asks for one. Thread-safe.
 */
final class TokenMinter {

  static final String UNIT_CLAIM = "unit";

  private final SigningKey key;
  private final DemoUsers users;
  private final TokenSettings settings;
  private final Clock clock;

  TokenMinter(SigningKey key, DemoUsers users, TokenSettings settings, Clock clock) {
    this.key = key;
    this.users = users;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A signed token for the request's user.
   *
   * @throws InvalidTokenRequestException naming {@code user} when no demo user has that id, or
   *     {@code unit} when the request gives a unit to a user that is not unit-scoped
   */
  MintedToken mint(TokenRequest request) {
    DemoUser user =
        users
            .find(request.user())
            .orElseThrow(
                () ->
                    new InvalidTokenRequestException(
                        List.of(
                            new FieldProblem(
                                "user",
                                "Không có người dùng thử \""
                                    + request.user()
                                    + "\"; xem GET /dev-signin/users",
                                "There is no demo user \""
                                    + request.user()
                                    + "\"; see GET /dev-signin/users"))));
    if (request.unit() != null && !user.unitScoped()) {
      throw new InvalidTokenRequestException(
          List.of(
              new FieldProblem(
                  "unit",
                  "Chỉ người dùng thuộc một đơn vị (reporter, unit-head) mới nhận đơn vị khác; \""
                      + user.id()
                      + "\" thì không",
                  "Only a unit-scoped user (reporter, unit-head) takes another unit; \""
                      + user.id()
                      + "\" is not one")));
    }
    String unit = request.unit() == null ? user.unit() : request.unit();
    // JWT times are whole seconds: truncate now so that expiresAt says exactly what exp says
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expires =
        request.expiresInSeconds() == null
            ? now.plus(settings.lifetime())
            : now.plusSeconds(request.expiresInSeconds());
    // A token that has expired was issued a lifetime before, as a stale one would have been: a
    // server must refuse it for its exp, not for an iat later than its exp.
    Instant issued = expires.isAfter(now) ? now : expires.minus(settings.lifetime());
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(orDefault(request.issuer(), settings.issuer()))
            .audience(orDefault(request.audience(), settings.audience()))
            .subject(user.id())
            .claim("upn", user.id())
            .claim("groups", user.roles())
            .claim("name", user.name())
            .issueTime(Date.from(issued))
            .expirationTime(Date.from(expires))
            .jwtID(UUID.randomUUID().toString());
    if (user.unitScoped()) {
      claims.claim(UNIT_CLAIM, unit);
    }
    if (request.notBeforeInSeconds() != null) {
      claims.notBeforeTime(Date.from(now.plusSeconds(request.notBeforeInSeconds())));
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.keyId())
                .build(),
            claims.build());
    try {
      jwt.sign(key.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token for " + user.id(), e);
    }
    return new MintedToken(
        jwt.serialize(), user.id(), user.name(), user.roles(), unit, expires.toString());
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
