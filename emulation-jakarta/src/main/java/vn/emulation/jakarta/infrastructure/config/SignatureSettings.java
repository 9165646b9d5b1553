package vn.emulation.jakarta.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.emulation.jakarta.format.signature.PdfSignatures;
import vn.emulation.jakarta.format.signature.SigningKey;

/**
 * The signature settings (ADR 0042), MicroProfile Config keys, README "Signatures":
 *
 * <ul>
 *   <li>{@code emulation.signature.keystore.type}: {@code PKCS12} (default) or {@code PKCS11};
 *   <li>{@code emulation.signature.keystore.path}: the PKCS#12 file;
 *   <li>{@code emulation.signature.pkcs11.config}: the SunPKCS11 configuration file (the token's
 *       library and slot) for {@code PKCS11};
 *   <li>{@code emulation.signature.keystore.password}: the PKCS#12 password or the token's PIN;
 *   <li>{@code emulation.signature.key.alias}: the key's alias, else the first key entry;
 *   <li>{@code emulation.signature.trust-anchors}: a PEM file of the CA certificates a signature
 *       must chain to;
 *   <li>{@code emulation.signature.test-keys}: {@code true} in the sample only: at the first start
 *       a test CA and signer are made into the keystore and trust-anchor files when absent;
 *   <li>{@code emulation.signature.verify.max-bytes}: the largest PDF the verify endpoint reads.
 * </ul>
 */
@ApplicationScoped
public class SignatureSettings {

  @Inject
  @ConfigProperty(name = "emulation.signature.keystore.type", defaultValue = "PKCS12")
  String type;

  @Inject
  @ConfigProperty(name = "emulation.signature.keystore.path")
  Optional<String> keystore;

  @Inject
  @ConfigProperty(name = "emulation.signature.pkcs11.config")
  Optional<String> pkcs11Config;

  @Inject
  @ConfigProperty(name = "emulation.signature.keystore.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "emulation.signature.key.alias")
  Optional<String> alias;

  @Inject
  @ConfigProperty(name = "emulation.signature.trust-anchors")
  Optional<String> trustAnchors;

  @Inject
  @ConfigProperty(name = "emulation.signature.test-keys", defaultValue = "false")
  boolean testKeys;

  @Inject
  @ConfigProperty(name = "emulation.signature.verify.max-bytes", defaultValue = "20971520")
  long verifyMaxBytes;

  private volatile SigningKey key;

  /** Whether the key comes from a PKCS#11 token. */
  public boolean pkcs11() {
    return "PKCS11".equals(type.strip().toUpperCase(Locale.ROOT));
  }

  /** The PKCS#12 file, if configured. */
  public Optional<Path> keystorePath() {
    return keystore.filter(s -> !s.isBlank()).map(Path::of);
  }

  /** The PEM file of trust anchors, if configured. */
  public Optional<Path> trustAnchorsPath() {
    return trustAnchors.filter(s -> !s.isBlank()).map(Path::of);
  }

  public char[] password() {
    return password.orElse("").toCharArray();
  }

  public boolean testKeys() {
    return testKeys;
  }

  public long verifyMaxBytes() {
    return verifyMaxBytes;
  }

  /**
   * The configured signing key, read once.
   *
   * @throws IllegalStateException when none is configured or it cannot be read
   */
  public SigningKey signingKey() {
    SigningKey k = key;
    if (k == null) {
      String a = alias.orElse("");
      if (pkcs11()) {
        Path config =
            pkcs11Config
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElseThrow(
                    () ->
                        new IllegalStateException("emulation.signature.pkcs11.config is not set"));
        k = SigningKey.pkcs11(config, password(), a);
      } else {
        Path file =
            keystorePath()
                .orElseThrow(
                    () ->
                        new IllegalStateException("emulation.signature.keystore.path is not set"));
        k = SigningKey.pkcs12(file, password(), a);
      }
      key = k;
    }
    return k;
  }

  /**
   * The trust anchors, read from their file at each call (an operator may replace it); none when
   * unset.
   */
  public List<X509Certificate> trustAnchors() {
    Optional<Path> file = trustAnchorsPath();
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return List.of();
    }
    try {
      return PdfSignatures.anchors(Files.readAllBytes(file.get()));
    } catch (IOException e) {
      throw new UncheckedIOException("the trust anchors cannot be read", e);
    }
  }
}
