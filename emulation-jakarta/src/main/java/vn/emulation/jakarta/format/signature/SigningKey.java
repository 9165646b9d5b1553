package vn.emulation.jakarta.format.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A signer's private key and certificate chain (the signer's first), from a PKCS#12 keystore or a
 * PKCS#11 token — the government's specialised signature tokens — through the JDK's SunPKCS11
 * provider, whose configuration file names the token's library and slot. The key never leaves the
 * token: signing is asked of the provider that holds it.
 *
 * @param key the private key (a handle, for a token)
 * @param chain the signer's certificate first, then its issuers
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain) {

  /** The token providers by configuration file, see {@link #token}. */
  private static final Map<Path, Provider> TOKENS = new ConcurrentHashMap<>();

  public SigningKey {
    Objects.requireNonNull(key, "key");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a signing key needs its certificate");
    }
  }

  /** The signer's certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /**
   * The key {@code alias} (the first key entry when blank) of the PKCS#12 file {@code file}.
   *
   * @throws IllegalStateException when the file cannot be read or holds no such key
   */
  public static SigningKey pkcs12(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      return of(store, alias, password);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the keystore " + file + " cannot be read", e);
    }
  }

  /**
   * The key {@code alias} of the PKCS#11 token that the SunPKCS11 configuration {@code config}
   * names (library, slot), unlocked with {@code pin}.
   *
   * @throws IllegalStateException when the provider, the token or the key is not there
   */
  public static SigningKey pkcs11(Path config, char[] pin, String alias) {
    if (Security.getProvider("SunPKCS11") == null) {
      throw new IllegalStateException("the JDK's SunPKCS11 provider is not available");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", token(config));
      store.load(null, pin);
      return of(store, alias, pin);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new IllegalStateException("the PKCS#11 token of " + config + " cannot be used", e);
    }
  }

  /**
   * The registered provider of the token {@code config} configures, made and registered at its
   * first use. One per file, because a token's key signs only through the provider instance that
   * loaded it while the JCA picks a registered one: a second instance of the same name would load
   * keys that no installed provider accepts.
   */
  private static Provider token(Path config) {
    return TOKENS.computeIfAbsent(
        config.toAbsolutePath().normalize(),
        file -> {
          Provider token = Security.getProvider("SunPKCS11").configure(file.toString());
          if (Security.getProvider(token.getName()) != null) {
            throw new IllegalStateException(
                "another token configuration already has the name " + token.getName());
          }
          Security.addProvider(token);
          return token;
        });
  }

  static SigningKey of(KeyStore store, String alias, char[] password)
      throws GeneralSecurityException {
    String name = alias;
    if (name == null || name.isBlank()) {
      for (String a : java.util.Collections.list(store.aliases())) {
        if (store.isKeyEntry(a)) {
          name = a;
          break;
        }
      }
    }
    if (name == null || name.isBlank() || !store.isKeyEntry(name)) {
      throw new IllegalStateException("no key entry " + (alias == null ? "" : alias));
    }
    PrivateKey key = (PrivateKey) store.getKey(name, password);
    List<X509Certificate> chain = new ArrayList<>();
    Certificate[] certificates = store.getCertificateChain(name);
    if (certificates != null) {
      for (Certificate c : certificates) {
        chain.add((X509Certificate) c);
      }
    }
    return new SigningKey(key, chain);
  }
}
