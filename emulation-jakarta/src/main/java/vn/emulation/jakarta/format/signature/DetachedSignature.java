package vn.emulation.jakarta.format.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * A detached CMS (PKCS#7) SignedData over a file's bytes, the {@code .p7s} beside it: the same
 * signature the PDFs carry (SHA-256, the signer's certificate bound by signing-certificate-v2, the
 * chain included, no signing time, ADR 0042), so that one key, one trust store and one verifier
 * serve both. With an RSA key the signature is deterministic: the same bytes sign to the same
 * {@code .p7s} (ADR 0052).
 */
public final class DetachedSignature {

  private DetachedSignature() {}

  /** The detached signature of {@code content} by {@code key}, DER. */
  public static byte[] sign(byte[] content, SigningKey key) {
    try {
      return PadesSigner.cms(new ByteArrayInputStream(content), key);
    } catch (IOException e) {
      throw new UncheckedIOException("the detached signature cannot be made", e);
    }
  }

  /**
   * Why {@code signature} is not a good signature of {@code content} by a certificate chaining to
   * {@code anchors} now; empty when it is.
   */
  public static Optional<LocalizedText> problem(
      byte[] content, byte[] signature, Collection<X509Certificate> anchors) {
    try {
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), signature);
      SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Selector<X509CertificateHolder> sid =
          (Selector<X509CertificateHolder>) (Object) info.getSID();
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(sid);
      if (matches.isEmpty()) {
        return Optional.of(AdapterMessages.text("signature.verify.noCertificate"));
      }
      JcaX509CertificateConverter convert = new JcaX509CertificateConverter();
      X509Certificate cert = convert.getCertificate(matches.iterator().next());
      boolean digest;
      try {
        digest = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
      } catch (CMSException e) {
        digest = false;
      }
      if (!digest) {
        return Optional.of(AdapterMessages.text("signature.verify.digest"));
      }
      if (!PdfSignatures.boundTo(info, cert)) {
        return Optional.of(AdapterMessages.text("signature.verify.unbound"));
      }
      List<X509Certificate> others = new ArrayList<>();
      for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
        others.add(convert.getCertificate(h));
      }
      if (!PdfSignatures.chains(cert, others, anchors, null)) {
        return Optional.of(AdapterMessages.text("signature.verify.untrusted"));
      }
      return Optional.empty();
    } catch (CMSException
        | GeneralSecurityException
        | OperatorCreationException
        | RuntimeException e) {
      return Optional.of(AdapterMessages.text("signature.verify.unreadable"));
    }
  }
}
