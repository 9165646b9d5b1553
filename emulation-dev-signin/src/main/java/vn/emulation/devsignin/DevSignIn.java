package vn.emulation.devsignin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The running sign-in: one key pair for the life of the application, the shipped demo users and the
 * configured token defaults ({@code dev-signin.issuer}, {@code dev-signin.audience}, {@code
 * dev-signin.lifetime-seconds}). The key is made when the application starts, not on the first
 * request, so that the JWKS is ready before the server verifies its first token.
 */
@ApplicationScoped
public class DevSignIn {

  private static final Logger LOG = Logger.getLogger(DevSignIn.class.getName());

  private SigningKey key;
  private DemoUsers users;
  private TokenMinter minter;

  /** For CDI's proxy. */
  protected DevSignIn() {}

  @Inject
  DevSignIn(
      @ConfigProperty(name = "dev-signin.issuer") String issuer,
      @ConfigProperty(name = "dev-signin.audience") String audience,
      @ConfigProperty(name = "dev-signin.lifetime-seconds") long lifetimeSeconds) {
    this.key = SigningKey.generate();
    this.users = DemoUsers.shipped();
    this.minter =
        new TokenMinter(
            key,
            users,
            new TokenSettings(issuer, audience, Duration.ofSeconds(lifetimeSeconds)),
            Clock.systemUTC());
    LOG.info(
        () ->
            "Development sign-in: key "
                + key.keyId()
                + ", issuer "
                + issuer
                + ", audience "
                + audience
                + ", "
                + users.all().size()
                + " demo users."
                + " For the sample only: production trusts the portal's tokens.");
  }

  /** Touches the bean at start-up so that the constructor above runs then. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "dev sign-in ready with key " + key.keyId());
  }

  MintedToken mint(TokenRequest request) {
    return minter.mint(request);
  }

  String jwks() {
    return key.jwks();
  }

  List<DemoUser> users() {
    return users.all();
  }
}
