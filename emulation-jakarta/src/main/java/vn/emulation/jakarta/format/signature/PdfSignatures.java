package vn.emulation.jakarta.format.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
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
 * Verifies every signature of a PDF: who signed and when, whether the signer's certificate chains
 * to one of the trust anchors (PKIX, at the signing time; revocation is not checked here), and
 * whether the document changed since — the byte range covering the whole file but the signature,
 * the digest of those bytes the one signed, the signature value valid.
 */
public final class PdfSignatures {

  private PdfSignatures() {}

  /** Whether {@code bytes} start as a PDF does. */
  public static boolean looksLikePdf(byte[] bytes) {
    return bytes.length >= 5
        && bytes[0] == '%'
        && bytes[1] == 'P'
        && bytes[2] == 'D'
        && bytes[3] == 'F'
        && bytes[4] == '-';
  }

  /**
   * The checks of every signature of {@code pdf}, in the order of its fields.
   *
   * @throws NotAPdfException when {@code pdf} is no PDF PDFBox can read
   */
  public static List<SignatureCheck> verify(byte[] pdf, Collection<X509Certificate> anchors) {
    if (!looksLikePdf(pdf)) {
      throw new NotAPdfException();
    }
    List<SignatureCheck> checks = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
      List<PDSignature> seen = new ArrayList<>();
      if (form != null) {
        for (PDField f : form.getFieldTree()) {
          if (f instanceof PDSignatureField s && s.getSignature() != null) {
            seen.add(s.getSignature());
            checks.add(check(f.getFullyQualifiedName(), s.getSignature(), pdf, anchors));
          }
        }
      }
      for (PDSignature s : document.getSignatureDictionaries()) {
        if (seen.stream().noneMatch(x -> x.getCOSObject() == s.getCOSObject())) {
          checks.add(check(s.getName(), s, pdf, anchors));
        }
      }
    } catch (IOException e) {
      throw new NotAPdfException();
    }
    return checks;
  }

  static SignatureCheck check(
      String field, PDSignature signature, byte[] pdf, Collection<X509Certificate> anchors) {
    List<LocalizedText> reasons = new ArrayList<>();
    Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    int[] range = signature.getByteRange();
    boolean whole = coversWholeFile(range, pdf);
    if (!whole) {
      reasons.add(AdapterMessages.text("signature.verify.notWhole"));
    }
    String subject = null;
    String signer = signature.getName();
    boolean digest = false;
    boolean bound = false;
    boolean trusted = false;
    try {
      byte[] contents = signature.getContents(pdf);
      byte[] signed = signature.getSignedContent(pdf);
      // the hex string is padded with zeros after the DER: read its first object only
      ContentInfo content;
      try (ASN1InputStream in = new ASN1InputStream(contents)) {
        content = ContentInfo.getInstance(in.readObject());
      }
      CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), content);
      SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      Selector<X509CertificateHolder> sid =
          (Selector<X509CertificateHolder>) (Object) info.getSID();
      Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(sid);
      if (matches.isEmpty()) {
        reasons.add(AdapterMessages.text("signature.verify.noCertificate"));
      } else {
        JcaX509CertificateConverter convert = new JcaX509CertificateConverter();
        X509Certificate cert = convert.getCertificate(matches.iterator().next());
        subject = cert.getSubjectX500Principal().getName();
        signer = PadesSigner.commonName(cert);
        try {
          digest = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
        } catch (CMSException e) {
          digest = false;
        }
        if (!digest) {
          reasons.add(AdapterMessages.text("signature.verify.digest"));
        }
        bound = boundTo(info, cert);
        if (!bound) {
          reasons.add(AdapterMessages.text("signature.verify.unbound"));
        }
        List<X509Certificate> others = new ArrayList<>();
        for (X509CertificateHolder h : cms.getCertificates().getMatches(null)) {
          others.add(convert.getCertificate(h));
        }
        trusted = chains(cert, others, anchors, signedAt);
        if (!trusted) {
          reasons.add(AdapterMessages.text("signature.verify.untrusted"));
        }
      }
    } catch (IOException
        | CMSException
        | GeneralSecurityException
        | OperatorCreationException
        | RuntimeException e) {
      reasons.add(AdapterMessages.text("signature.verify.unreadable"));
    }
    return new SignatureCheck(
        field,
        subject,
        signer,
        signedAt,
        signature.getSubFilter(),
        bound,
        trusted,
        whole,
        digest,
        reasons);
  }

  /**
   * Two ranges, the first from the file's start to the {@code <} of the signature's hex string, the
   * second from just after its {@code >} to the file's end.
   */
  static boolean coversWholeFile(int[] range, byte[] pdf) {
    if (range == null || range.length != 4 || range[0] != 0) {
      return false;
    }
    long end = (long) range[2] + range[3];
    return range[1] > 0
        && range[2] > range[1]
        && end == pdf.length
        && pdf[range[1]] == '<'
        && pdf[range[2] - 1] == '>';
  }

  static boolean boundTo(SignerInformation info, X509Certificate cert) {
    if (info.getSignedAttributes() == null) {
      return false;
    }
    Attribute a = info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (a == null || a.getAttrValues().size() != 1) {
      return false;
    }
    try {
      ASN1Encodable v = a.getAttrValues().getObjectAt(0);
      ESSCertIDv2[] ids = SigningCertificateV2.getInstance(v).getCerts();
      if (ids.length == 0) {
        return false;
      }
      ESSCertIDv2 id = ids[0];
      String alg =
          id.getHashAlgorithm()
                  .getAlgorithm()
                  .equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)
              ? "SHA-256"
              : id.getHashAlgorithm().getAlgorithm().getId();
      byte[] hash = MessageDigest.getInstance(alg).digest(cert.getEncoded());
      return Arrays.equals(hash, id.getCertHash());
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  static boolean chains(
      X509Certificate cert,
      List<X509Certificate> intermediates,
      Collection<X509Certificate> anchors,
      Instant at) {
    if (anchors.isEmpty()) {
      return false;
    }
    try {
      Set<TrustAnchor> trust = new HashSet<>();
      anchors.forEach(c -> trust.add(new TrustAnchor(c, null)));
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(cert);
      PKIXBuilderParameters params = new PKIXBuilderParameters(trust, target);
      params.setRevocationEnabled(false);
      if (at != null) {
        params.setDate(Date.from(at));
      }
      List<X509Certificate> store = new ArrayList<>(intermediates);
      store.add(cert);
      params.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
      CertPathBuilder.getInstance("PKIX").build(params);
      return true;
    } catch (CertPathBuilderException e) {
      return false;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The certificates of a PEM file of trust anchors.
   *
   * @throws IllegalStateException when it holds none
   */
  public static List<X509Certificate> anchors(byte[] pem) {
    try {
      CertificateFactory f = CertificateFactory.getInstance("X.509");
      List<X509Certificate> out = new ArrayList<>();
      for (var c : f.generateCertificates(new ByteArrayInputStream(pem))) {
        out.add((X509Certificate) c);
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the trust anchors cannot be read", e);
    }
  }
}
