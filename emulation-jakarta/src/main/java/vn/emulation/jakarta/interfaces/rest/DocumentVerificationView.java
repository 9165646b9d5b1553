package vn.emulation.jakarta.interfaces.rest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.emulation.core.common.LocalizedText;
import vn.emulation.jakarta.format.signature.SignatureCheck;

/** The answer of {@code POST /api/documents/verifications}. */
public final class DocumentVerificationView {

  private DocumentVerificationView() {}

  /**
   * Every signature of the PDF sent.
   *
   * @param signed whether it holds a signature
   * @param valid whether it holds one and every one is trusted, PAdES-bound and unchanged
   * @param signatures each signature, in the order of the fields
   */
  public record DocumentVerification(
      boolean signed, boolean valid, List<DocumentSignature> signatures) {

    static DocumentVerification of(List<SignatureCheck> checks, ZoneId zone) {
      List<DocumentSignature> views =
          checks.stream().map(c -> DocumentSignature.of(c, zone)).toList();
      boolean valid =
          !views.isEmpty()
              && views.stream()
                  .allMatch(v -> v.trusted() && v.unchanged() && v.signingCertificateBound());
      return new DocumentVerification(!views.isEmpty(), valid, views);
    }
  }

  /**
   * One signature.
   *
   * @param field the signature field's name
   * @param signer the signer's common name
   * @param subject the signer's certificate subject (RFC 2253); null when the signature names none
   * @param signedAt when, ISO 8601 with Vietnam's offset (2026-03-10T09:03:27+07:00); null when the
   *     signature dictionary gives no time
   * @param subFilter ETSI.CAdES.detached for a PAdES signature
   * @param signingCertificateBound whether a signing-certificate-v2 attribute names the signer's
   *     certificate
   * @param trusted whether the certificate chains to a trust anchor of the server at that time
   * @param wholeDocument whether the signed byte range covers the whole file
   * @param digestMatches whether the signed bytes are those signed
   * @param unchanged whether the document is as it was signed (both of the above)
   * @param reasons why what does not hold does not, in both languages
   */
  public record DocumentSignature(
      String field,
      String signer,
      String subject,
      String signedAt,
      String subFilter,
      boolean signingCertificateBound,
      boolean trusted,
      boolean wholeDocument,
      boolean digestMatches,
      boolean unchanged,
      List<LocalizedText> reasons) {

    static DocumentSignature of(SignatureCheck c, ZoneId zone) {
      return new DocumentSignature(
          c.field(),
          c.signer(),
          c.subject(),
          c.signedAt() == null
              ? null
              : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.signedAt().atZone(zone)),
          c.subFilter(),
          c.signingCertificateBound(),
          c.trusted(),
          c.wholeDocument(),
          c.digestMatches(),
          c.unchanged(),
          c.reasons());
    }
  }
}
