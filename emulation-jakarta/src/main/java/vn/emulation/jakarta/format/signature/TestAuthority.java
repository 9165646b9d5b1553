package vn.emulation.jakarta.format.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certification authority and a signer it certifies, made by code: for the tests, and for
 * the sample at its first start (never for production, whose keys come from a real CA's token or
 * keystore). RSA 2048, SHA-256; the CA may sign certificates only, the signer may sign documents
 * (digital signature, non-repudiation).
 *
 * @param ca the authority's certificate, the trust anchor
 * @param signer the signer's key and chain (signer, CA)
 */
public record TestAuthority(X509Certificate ca, SigningKey signer) {

  /** The alias of the signer's key in the PKCS#12 file {@link #writeTo} writes. */
  public static final String ALIAS = "signer";

  /**
   * A new authority {@code caName} and its signer {@code signerName} (X.500 names such as {@code
   * "CN=Nguyễn Văn A, O=UBND phường Rạch Giá, C=VN"}), valid from a day before {@code now} for ten
   * years.
   */
  public static TestAuthority generate(String caName, String signerName, Instant now) {
    try {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048, new SecureRandom());
      KeyPair caKeys = rsa.generateKeyPair();
      KeyPair signerKeys = rsa.generateKeyPair();
      Date from = Date.from(now.minus(Duration.ofDays(1)));
      Date to = Date.from(now.plus(Duration.ofDays(3650)));
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
      X500Name caX500 = new X500Name(caName);
      X509v3CertificateBuilder caBuilder =
          new JcaX509v3CertificateBuilder(caX500, serial(), from, to, caX500, caKeys.getPublic());
      caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      caBuilder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      caBuilder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          ext.createSubjectKeyIdentifier(caKeys.getPublic()));
      X509Certificate ca = certificate(caBuilder, caKeys);
      X509v3CertificateBuilder signerBuilder =
          new JcaX509v3CertificateBuilder(
              caX500, serial(), from, to, new X500Name(signerName), signerKeys.getPublic());
      signerBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      signerBuilder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      signerBuilder.addExtension(
          Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
      signerBuilder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          ext.createSubjectKeyIdentifier(signerKeys.getPublic()));
      X509Certificate signer = certificate(signerBuilder, caKeys);
      return new TestAuthority(ca, new SigningKey(signerKeys.getPrivate(), List.of(signer, ca)));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("the test authority cannot be made", e);
    }
  }

  /**
   * Writes the signer's key and chain as the PKCS#12 file {@code keystore} (alias {@link #ALIAS})
   * and the authority's certificate as the PEM file {@code trustAnchors}, each through a temporary
   * file moved into place.
   */
  public void writeTo(Path keystore, char[] password, Path trustAnchors) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, signer.key(), password, signer.chain().toArray(new Certificate[0]));
      writeAtomically(
          keystore,
          out -> {
            try {
              store.store(out, password);
            } catch (GeneralSecurityException e) {
              throw new IOException(e);
            }
          });
      byte[] pem = pem(ca).getBytes(StandardCharsets.US_ASCII);
      writeAtomically(trustAnchors, out -> out.write(pem));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the test keystore cannot be written", e);
    } catch (IOException e) {
      throw new UncheckedIOException("the test keystore cannot be written", e);
    }
  }

  /** {@code certificate} as PEM text. */
  public static String pem(X509Certificate certificate) {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(text)) {
      w.writeObject(certificate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path file, Writer writer) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static X509Certificate certificate(X509v3CertificateBuilder builder, KeyPair issuer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
  }

  private static BigInteger serial() {
    return new BigInteger(64, new SecureRandom()).add(BigInteger.ONE);
  }
}
