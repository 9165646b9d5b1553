package vn.emulation.jakarta.infrastructure.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import vn.emulation.jakarta.format.signature.TestAuthority;

/**
 * The sample's first start (ADR 0042): with {@code emulation.signature.test-keys=true} and no
 * keystore file yet, a test CA and a signer are made into the configured PKCS#12 file and the CA
 * into the trust-anchor file, so that documents can be signed and verified out of the box. A
 * production server leaves the setting false and configures a real CA's keys.
 */
@ApplicationScoped
public class TestSigningKeys {

  private static final Logger LOG = Logger.getLogger(TestSigningKeys.class.getName());

  @Inject SignatureSettings settings;
  @Inject Clock clock;

  void onStart(@Observes @Priority(5) @Initialized(ApplicationScoped.class) Object ignored) {
    if (!settings.testKeys() || settings.pkcs11()) {
      return;
    }
    Path keystore = settings.keystorePath().orElse(null);
    Path anchors = settings.trustAnchorsPath().orElse(null);
    if (keystore == null || anchors == null || Files.exists(keystore)) {
      return;
    }
    TestAuthority.generate(
            "CN=Emulation Test CA (not for production), O=emulation sample, C=VN",
            "CN=Chủ tịch UBND phường Rạch Giá (test), O=emulation sample, C=VN",
            clock.instant())
        .writeTo(keystore, settings.password(), anchors);
    LOG.info(
        () ->
            "made a test CA and signer (emulation.signature.test-keys): "
                + keystore
                + ", trust anchors "
                + anchors);
  }
}
