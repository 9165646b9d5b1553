/**
 * PAdES baseline signatures on the procedure's PDFs (issue 13, ADR 0042): {@link
 * vn.emulation.jakarta.format.signature.SigningKey} (a PKCS#12 keystore, or a PKCS#11 token through
 * the JDK's SunPKCS11), {@link vn.emulation.jakarta.format.signature.PadesSigner} (CMS detached,
 * {@code ETSI.CAdES.detached}, signing-certificate-v2, a visible appearance where the decree places
 * the signature), {@link vn.emulation.jakarta.format.signature.PdfSignatures} (who signed, when,
 * whether the certificate chains to the trust anchors, whether the document changed since) and
 * {@link vn.emulation.jakarta.format.signature.TestAuthority} (a test CA and signer, made by code).
 */
package vn.emulation.jakarta.format.signature;
