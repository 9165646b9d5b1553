package vn.emulation.jakarta.format.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.emulation.jakarta.format.document.PdfFonts;
import vn.emulation.jakarta.format.document.SignatureSpot;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Signs a PDF as a PAdES baseline (B-B) signature: an incremental update holding a signature
 * dictionary with sub-filter {@code ETSI.CAdES.detached}, whose {@code /Contents} is a detached CMS
 * SignedData over the byte range, with the signing-certificate-v2 attribute (the signer's
 * certificate by its SHA-256) and no signing-time attribute (PAdES puts the time in {@code /M});
 * the signer's chain in the CMS. The visible appearance goes where the decree places the signer's
 * signature, between the position and the name: the signer and the time in ISO 8601 with Vietnam's
 * offset (Decree 30/2020 as restated for electronic documents), in blue.
 */
public final class PadesSigner {

  public static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
  static final int SIGNATURE_SIZE = 32 * 1024;

  private PadesSigner() {}

  /**
   * {@code pdf} signed by {@code key} at {@code at} (in the zone the appearance shows: the one
   * clock's, Vietnam's), the appearance on {@code spot}.
   *
   * @param reason the signature's reason, as the signature dictionary holds it
   */
  public static byte[] sign(
      byte[] pdf, SigningKey key, SignatureSpot spot, String reason, ZonedDateTime at) {
    ZonedDateTime when = at.truncatedTo(ChronoUnit.SECONDS);
    String signer = commonName(key.certificate());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(CADES_DETACHED);
      signature.setName(signer);
      signature.setReason(reason);
      signature.setSignDate(GregorianCalendar.from(when));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (SignatureOptions options = new SignatureOptions()) {
        options.setPreferredSignatureSize(SIGNATURE_SIZE);
        options.setPage(spot.page());
        options.setVisualSignature(appearance(document, spot, signer, when));
        document.addSignature(signature, content -> cms(content, key), options);
        document.saveIncremental(out);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF cannot be signed", e);
    }
  }

  /** The CMS SignedData, detached, over {@code content}. */
  static byte[] cms(InputStream content, SigningKey key) throws IOException {
    try {
      X509Certificate cert = key.certificate();
      String algorithm =
          "EC".equals(key.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
      ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.key());
      ESSCertIDv2 id =
          new ESSCertIDv2(
              new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
              MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()),
              new IssuerSerial(
                  new GeneralNames(
                      new GeneralName(
                          X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                  cert.getSerialNumber()));
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(new WithoutSigningTime(new AttributeTable(attributes)))
              .build(signer, cert));
      generator.addCertificates(new JcaCertStore(key.chain()));
      CMSSignedData data =
          generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      return data.getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("the CMS signature cannot be made", e);
    }
  }

  /** PAdES baseline: the time is the signature dictionary's, never a signing-time attribute. */
  private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
    WithoutSigningTime(AttributeTable attributes) {
      super(attributes);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected Hashtable createStandardAttributeTable(Map parameters) {
      Hashtable table = super.createStandardAttributeTable(parameters);
      table.remove(CMSAttributes.signingTime);
      return table;
    }
  }

  /** The signature's widget with its appearance, as a one-page template PDFBox merges in. */
  private static InputStream appearance(
      PDDocument source, SignatureSpot spot, String signer, ZonedDateTime when) throws IOException {
    PDRectangle media = source.getPage(spot.page()).getMediaBox();
    try (PDDocument template = new PDDocument()) {
      PDPage page = new PDPage(media);
      template.addPage(page);
      PDAcroForm form = new PDAcroForm(template);
      template.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      form.setSignaturesExist(true);
      form.setAppendOnly(true);
      form.getCOSObject().setDirect(true);
      form.getFields().add(field);
      PDRectangle rect = new PDRectangle(spot.x(), spot.y(), spot.width(), spot.height());
      widget.setRectangle(rect);
      PDStream stream = new PDStream(template);
      PDFormXObject xobject = new PDFormXObject(stream);
      xobject.setResources(new PDResources());
      xobject.setFormType(1);
      xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
      PDAppearanceDictionary appearance = new PDAppearanceDictionary();
      appearance.getCOSObject().setDirect(true);
      PDAppearanceStream normal = new PDAppearanceStream(xobject.getCOSObject());
      appearance.setNormalAppearance(normal);
      widget.setAppearance(appearance);
      PDType0Font font = PdfFonts.regular(template);
      List<String> lines =
          List.of(
              AdapterMessages.text("signature.appearance.signer", signer).vi(),
              AdapterMessages.text(
                      "signature.appearance.time",
                      DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when))
                  .vi());
      try (PDPageContentStream cs = new PDPageContentStream(template, normal)) {
        cs.setStrokingColor(0f, 0.2f, 0.7f);
        cs.setNonStrokingColor(0f, 0.2f, 0.7f);
        cs.setLineWidth(0.8f);
        cs.addRect(0.5f, 0.5f, rect.getWidth() - 1, rect.getHeight() - 1);
        cs.stroke();
        float size = 10;
        float y = rect.getHeight() / 2 + size * 0.3f;
        for (String line : lines) {
          float w = font.getStringWidth(line) / 1000 * size;
          float s = w > rect.getWidth() - 6 ? size * (rect.getWidth() - 6) / w : size;
          float lw = font.getStringWidth(line) / 1000 * s;
          cs.beginText();
          cs.setFont(font, s);
          cs.newLineAtOffset((rect.getWidth() - lw) / 2, y);
          cs.showText(line);
          cs.endText();
          y -= size * 1.4f;
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      template.save(bytes);
      return new ByteArrayInputStream(bytes.toByteArray());
    }
  }

  /** The certificate's CN, else its whole subject. */
  static String commonName(X509Certificate certificate) {
    X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    var cn = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
    if (cn.length > 0) {
      return org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
    return certificate.getSubjectX500Principal().getName();
  }
}
