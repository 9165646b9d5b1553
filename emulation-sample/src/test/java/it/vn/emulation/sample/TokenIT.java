package it.vn.emulation.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server trusts a bearer token only when the key, the issuer, the audience and the validity
 * period are all right (mp.jwt.* in server.xml, the development sign-in's JWKS); everything else is
 * a 401, while the published open data answers anyone. Tokens come from the sample's development
 * sign-in, whose test-only overrides make the bad ones.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenIT {

  /** Any protected read: every signed-in member of staff may list units, nobody else. */
  static final String PROTECTED = "api/units";

  static final String PUBLISHED = "api/open-data/rach-gia-2022-2025/progress.json";

  @Deployment(testable = false)
  static WebArchive emulation() {
    return Deployments.emulation();
  }

  @ArquillianResource URL deployment;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(deployment);
  }

  /** A token minted with the given overrides; the sign-in must accept the request. */
  private String minted(String json) {
    Api.Reply r = api.mint(json);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.object().getString("token");
  }

  private int statusWith(String authorization) {
    Api.Reply r = api.withAuthorization(authorization).get(PROTECTED, null);
    assertThat(r.body()).as("a refusal shows no data").doesNotContain("\"code\"");
    return r.status();
  }

  @Test
  void aGoodTokenIsAccepted() {
    Api.Reply list = api.as("officer").get(PROTECTED, null);
    Api.Reply ward = api.as("officer").get(PROTECTED + "/30745", null);

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(ward.status()).as(ward.body()).isEqualTo(200);
    assertThat(ward.object().getString("name")).isEqualTo("Phường Vĩnh Lạc");
  }

  @Test
  void noTokenIsRefused() {
    assertThat(api.anonymous().get(PROTECTED, null).status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() {
    // an hour ago: well beyond the server's clock skew (five minutes)
    String token = minted("{\"user\":\"admin\",\"expiresInSeconds\":-3600}");

    assertThat(statusWith("Bearer " + token)).isEqualTo(401);
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    String token = minted("{\"user\":\"admin\",\"notBeforeInSeconds\":3600}");

    assertThat(statusWith("Bearer " + token)).isEqualTo(401);
  }

  @Test
  void aTokenFromAnotherIssuerIsRefused() {
    String token = minted("{\"user\":\"admin\",\"issuer\":\"https://stranger.invalid\"}");

    assertThat(statusWith("Bearer " + token)).isEqualTo(401);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    String token = minted("{\"user\":\"admin\",\"audience\":\"another-service\"}");

    assertThat(statusWith("Bearer " + token)).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
    SignedJWT genuine = SignedJWT.parse(api.tokenOf("admin"));
    // the same header (kid included) and claims, signed with a key the server never published
    RSAKey foreign = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
    SignedJWT forged = new SignedJWT(genuine.getHeader(), genuine.getJWTClaimsSet());
    forged.sign(new RSASSASigner(foreign));

    assertThat(statusWith("Bearer " + forged.serialize())).isEqualTo(401);
  }

  @Test
  void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
    String[] parts = api.tokenOf("public").split("\\.");
    JWTClaimsSet claims = SignedJWT.parse(api.tokenOf("public")).getJWTClaimsSet();
    JWTClaimsSet promoted =
        new JWTClaimsSet.Builder(claims).claim("groups", List.of("admin")).build();
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(promoted.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(statusWith("Bearer " + parts[0] + "." + payload + "." + parts[2])).isEqualTo(401);
  }

  @Test
  void anUnsignedTokenIsRefused() throws Exception {
    String[] parts = api.tokenOf("admin").split("\\.");
    String none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(statusWith("Bearer " + none + "." + parts[1] + ".")).isEqualTo(401);
  }

  @Test
  void malformedTokensAreRefused() {
    String good = api.tokenOf("admin");

    for (String bad :
        new String[] {
          "abc",
          "a.b.c",
          good.substring(0, good.length() / 2),
          good.substring(0, good.lastIndexOf('.'))
        }) {
      assertThat(statusWith("Bearer " + bad)).as(bad).isEqualTo(401);
    }
  }

  @Test
  void anEmptyBearerIsRefused() {
    assertThat(statusWith("Bearer ")).isEqualTo(401);
  }

  @Test
  void thePublishedOpenDataAnswersWithoutAToken() {
    Api.Reply r = api.anonymous().get(PUBLISHED, null);

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
  }

  @Test
  void theSignInPublishesItsPublicKeyOnly() {
    Api.Reply r = api.anonymous().get("/dev-signin/jwks.json", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonObject key = r.object().getJsonArray("keys").getJsonObject(0);
    assertThat(key.getString("kty")).isEqualTo("RSA");
    assertThat(key.getString("alg")).isEqualTo("RS256");
    assertThat(key).containsKeys("kid", "n", "e").doesNotContainKeys("d", "p", "q");
  }

  @Test
  void theSignInNamesAnUnknownUserInTheReadersLanguage() {
    Api.Reply vi = api.anonymous().post("/dev-signin/token", "{\"user\":\"mallory\"}", null);
    Api.Reply en = api.anonymous().post("/dev-signin/token", "{\"user\":\"mallory\"}", "en");

    assertThat(vi.status()).isEqualTo(400);
    assertThat(vi.contentType()).startsWith("application/problem+json");
    JsonObject error = vi.object().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("user");
    assertThat(error.getString("reason")).contains("Không có người dùng thử \"mallory\"");
    assertThat(en.object().getString("title")).isEqualTo("The token request is not valid");
    assertThat(en.object().getJsonArray("errors").getJsonObject(0).getString("reason"))
        .contains("There is no demo user \"mallory\"");
  }

  @Test
  void theSignInPageListsTheDemoUsers() {
    Api.Reply page = api.anonymous().get("/dev-signin/", "vi");
    Api.Reply users = api.anonymous().get("/dev-signin/users", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
    assertThat(page.body())
        .contains(
            "Đăng nhập thử", "Phường Vĩnh Lạc (30745)", "name=\"user\" value=\"reporter.rachgia\"");
    assertThat(users.json().asJsonArray()).hasSize(10);
  }
}
