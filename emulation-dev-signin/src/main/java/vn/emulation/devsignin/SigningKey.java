package vn.emulation.devsignin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;

/**
 * The RSA key pair the tokens are signed with: 2048 bits, generated in memory and never stored, so
 * that every start of the sample server has a new key and a token from an earlier run no longer
 * verifies. The key id ({@code kid}) names the start, so that the server picks the right key from
 * the JWKS. Immutable and thread-safe.
 */
final class SigningKey {

  private final RSAKey pair;
  private final JWSSigner signer;

  private SigningKey(RSAKey pair) throws JOSEException {
    this.pair = pair;
    this.signer = new RSASSASigner(pair);
  }

  /** A new key pair whose id tells when it was made. */
  static SigningKey generate() {
    try {
      return new SigningKey(
          new RSAKeyGenerator(2048)
              .keyID("dev-signin-" + Instant.now().toEpochMilli())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate the dev sign-in's RSA key", e);
    }
  }

  String keyId() {
    return pair.getKeyID();
  }

  JWSSigner signer() {
    return signer;
  }

  /** The public half alone, as a JWK. */
  RSAKey publicKey() {
    return pair.toPublicJWK();
  }

  /** The public key as a JWK Set document ({@code {"keys":[…]}}), without the private parts. */
  String jwks() {
    return new JWKSet(publicKey()).toString(true);
  }
}
