package vn.emulation.devsignin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

  private static final Instant NOW = Instant.parse("2025-03-14T02:30:00Z");
  private static final SigningKey KEY = SigningKey.generate();

  private final TokenMinter minter =
      new TokenMinter(
          KEY,
          DemoUsers.shipped(),
          TokenSettings.DEFAULTS,
          Clock.fixed(NOW.plusMillis(640), ZoneOffset.UTC));

  @Test
  void mintsAnAdminTokenWithEveryClaimTheWarReads() throws Exception {
    MintedToken minted = minter.mint(TokenRequest.forUser("admin"));

    SignedJWT jwt = SignedJWT.parse(minted.token());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.keyId());
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://dev-signin.emulation.invalid");
    assertThat(claims.getAudience()).containsExactly("emulation");
    assertThat(claims.getStringClaim("upn")).isEqualTo("admin");
    assertThat(claims.getSubject()).isEqualTo("admin");
    assertThat(claims.getStringListClaim("groups")).containsExactly("admin");
    assertThat(claims.getStringClaim("name")).isEqualTo("Trần Minh Quân");
    assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(Duration.ofHours(8))));
    assertThat(claims.getJWTID()).isNotBlank();
    assertThat(claims.getClaims()).doesNotContainKeys("unit", "nbf");
    assertThat(minted)
        .extracting(
            MintedToken::user,
            MintedToken::name,
            MintedToken::roles,
            MintedToken::unit,
            MintedToken::expiresAt)
        .containsExactly("admin", "Trần Minh Quân", List.of("admin"), null, "2025-03-14T10:30:00Z");
  }

  @Test
  void theSignatureVerifiesWithTheKeyPublishedInTheJwks() throws Exception {
    SignedJWT jwt = SignedJWT.parse(minter.mint(TokenRequest.forUser("officer")).token());

    JWK published = JWKSet.parse(KEY.jwks()).getKeyByKeyId(jwt.getHeader().getKeyID());

    assertThat(published).as("the JWKS names the token's kid").isNotNull();
    assertThat(jwt.verify(new RSASSAVerifier(published.toRSAKey()))).isTrue();
  }

  @Test
  void anotherKeyDoesNotVerifyTheSignature() throws Exception {
    SignedJWT jwt = SignedJWT.parse(minter.mint(TokenRequest.forUser("officer")).token());

    assertThat(jwt.verify(new RSASSAVerifier(SigningKey.generate().publicKey()))).isFalse();
  }

  @Test
  void theJwksPublishesThePublicHalfOnly() throws Exception {
    JWKSet set = JWKSet.parse(KEY.jwks());

    assertThat(set.getKeys()).hasSize(1);
    JWK key = set.getKeys().get(0);
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(key.size()).isEqualTo(2048);
    assertThat(KEY.jwks()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
  }

  @Test
  void aWardReporterCarriesTheirUnit() throws Exception {
    MintedToken minted = minter.mint(TokenRequest.forUser("reporter.vinhlac"));

    JWTClaimsSet claims = SignedJWT.parse(minted.token()).getJWTClaimsSet();
    assertThat(claims.getStringClaim("unit")).isEqualTo("30745");
    assertThat(claims.getStringListClaim("groups")).containsExactly("reporter");
    assertThat(minted.unit()).isEqualTo("30745");
  }

  @Test
  void aNegativeLifetimeMakesAnExpiredToken() throws Exception {
    MintedToken minted = minter.mint(new TokenRequest("admin", -3600L, null, null, null));

    JWTClaimsSet claims = SignedJWT.parse(minted.token()).getJWTClaimsSet();
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.minusSeconds(3600)));
    assertThat(claims.getIssueTime())
        .as("issued a lifetime before it expired, as a stale token")
        .isEqualTo(Date.from(NOW.minusSeconds(3600).minus(Duration.ofHours(8))));
    assertThat(minted.expiresAt()).isEqualTo("2025-03-14T01:30:00Z");
  }

  @Test
  void aNotBeforeOffsetMakesATokenNotYetValid() throws Exception {
    MintedToken minted = minter.mint(new TokenRequest("admin", null, 3600L, null, null));

    JWTClaimsSet claims = SignedJWT.parse(minted.token()).getJWTClaimsSet();
    assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(NOW.plusSeconds(3600)));
    assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
  }

  @Test
  void issuerAndAudienceCanBeOverridden() throws Exception {
    MintedToken minted =
        minter.mint(
            new TokenRequest("admin", null, null, "https://stranger.invalid", "another-service"));

    JWTClaimsSet claims = SignedJWT.parse(minted.token()).getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://stranger.invalid");
    assertThat(claims.getAudience()).containsExactly("another-service");
  }

  @Test
  void aUnitScopedUserCanBePlacedInAnotherUnit() throws Exception {
    MintedToken minted =
        minter.mint(new TokenRequest("reporter.vinhlac", null, null, null, null, "it-district"));

    JWTClaimsSet claims = SignedJWT.parse(minted.token()).getJWTClaimsSet();
    assertThat(claims.getStringClaim("unit")).isEqualTo("it-district");
    assertThat(minted.unit()).isEqualTo("it-district");
  }

  @Test
  void aUserWithoutAUnitTakesNoUnit() {
    assertThatThrownBy(
            () -> minter.mint(new TokenRequest("admin", null, null, null, null, "30745")))
        .isInstanceOf(InvalidTokenRequestException.class)
        .satisfies(
            e ->
                assertThat(((InvalidTokenRequestException) e).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("unit"));
  }

  @Test
  void configuredDefaultsApply() throws Exception {
    TokenMinter configured =
        new TokenMinter(
            KEY,
            DemoUsers.shipped(),
            new TokenSettings("https://portal.example", "thi-dua", Duration.ofMinutes(30)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    JWTClaimsSet claims =
        SignedJWT.parse(configured.mint(TokenRequest.forUser("council")).token()).getJWTClaimsSet();

    assertThat(claims.getIssuer()).isEqualTo("https://portal.example");
    assertThat(claims.getAudience()).containsExactly("thi-dua");
    assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(1800)));
  }

  @Test
  void everyTokenHasItsOwnId() throws Exception {
    String first =
        SignedJWT.parse(minter.mint(TokenRequest.forUser("admin")).token())
            .getJWTClaimsSet()
            .getJWTID();
    String second =
        SignedJWT.parse(minter.mint(TokenRequest.forUser("admin")).token())
            .getJWTClaimsSet()
            .getJWTID();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void anUnknownUserIsRefusedNamingTheField() {
    assertThatThrownBy(() -> minter.mint(TokenRequest.forUser("mallory")))
        .isInstanceOfSatisfying(
            InvalidTokenRequestException.class,
            e -> {
              assertThat(e.problems())
                  .singleElement()
                  .satisfies(
                      p -> {
                        assertThat(p.field()).isEqualTo("user");
                        assertThat(p.vi()).contains("Không có người dùng thử \"mallory\"");
                        assertThat(p.en()).contains("no demo user \"mallory\"");
                      });
            });
  }
}
