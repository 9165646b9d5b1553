package vn.emulation.jakarta.format.signature;

import java.time.Instant;
import java.util.List;
import vn.emulation.core.common.LocalizedText;

/**
 * What one signature of a PDF says, and whether it holds.
 *
 * @param field the signature field's name
 * @param subject the signer's certificate subject (X.500, RFC 2253), {@code null} when the CMS
 *     names no certificate it holds
 * @param signer the subject's common name, else the subject
 * @param signedAt the time in the signature dictionary ({@code /M}), {@code null} when absent
 * @param subFilter the signature's sub-filter ({@code ETSI.CAdES.detached} for PAdES)
 * @param signingCertificateBound whether a signing-certificate-v2 attribute names the signer's
 *     certificate by its SHA-256 (PAdES baseline)
 * @param trusted whether the signer's certificate chains to a configured trust anchor, valid at the
 *     signing time
 * @param wholeDocument whether the byte range covers the whole file but the signature itself: no
 *     byte was added after signing
 * @param digestMatches whether the signed bytes' digest is the one signed and the signature value
 *     verifies with the certificate's key
 * @param reasons why something does not hold, in both languages; empty when all does
 */
public record SignatureCheck(
    String field,
    String subject,
    String signer,
    Instant signedAt,
    String subFilter,
    boolean signingCertificateBound,
    boolean trusted,
    boolean wholeDocument,
    boolean digestMatches,
    List<LocalizedText> reasons) {

  public SignatureCheck {
    reasons = List.copyOf(reasons);
  }

  /** Whether the document is as it was signed: the digest matches and nothing came after. */
  public boolean unchanged() {
    return digestMatches && wholeDocument;
  }
}
