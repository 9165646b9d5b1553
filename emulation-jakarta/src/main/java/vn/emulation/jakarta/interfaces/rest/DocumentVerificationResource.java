package vn.emulation.jakarta.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.emulation.core.common.InvalidInputException;
import vn.emulation.core.common.Problem;
import vn.emulation.jakarta.application.access.Roles;
import vn.emulation.jakarta.format.signature.NotAPdfException;
import vn.emulation.jakarta.format.signature.PdfSignatures;
import vn.emulation.jakarta.format.signature.SignatureCheck;
import vn.emulation.jakarta.infrastructure.config.SignatureSettings;
import vn.emulation.jakarta.interfaces.rest.DocumentVerificationView.DocumentVerification;
import vn.emulation.jakarta.messages.AdapterMessages;

/**
 * Verifies the signatures of any PDF sent (issue 13, ADR 0042): who signed, when, whether the
 * certificate chains to the configured trust anchors, and whether the document changed since. It
 * stores nothing and reads no stored fact: the answer depends on the file and the trust anchors
 * only. Every signed-in caller may ask, the public role too (ADR 0042).
 */
@Path("/documents/verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "documents",
    description =
        "Văn bản của quy trình khen thưởng: kiểm tra chữ ký số trên tệp PDF (người ký, thời gian,"
            + " chứng thư tin cậy, văn bản có bị thay đổi)")
public class DocumentVerificationResource {

  @Inject SignatureSettings settings;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({
    Roles.REPORTER,
    Roles.UNIT_HEAD,
    Roles.OFFICER,
    Roles.COUNCIL,
    Roles.CHAIRMAN,
    Roles.ADMIN,
    Roles.PUBLIC
  })
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Verify every signature of a PDF",
      description =
          "The PDF is the request body (application/pdf; it is told by its content). For each"
              + " signature: the signer's certificate subject and common name, the signing time"
              + " of the signature dictionary, whether the certificate chains to the server's"
              + " trust anchors (emulation.signature.trust-anchors) at that time, whether the"
              + " signed byte range covers the whole file and the digest matches (unchanged"
              + " since), and the reasons of what does not hold. Revocation is not checked."
              + " Nothing is stored.")
  @RequestBody(
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "200",
      description = "The signatures, in the order of their fields; none for an unsigned PDF",
      content = @Content(schema = @Schema(ref = "DocumentVerification")))
  @APIResponse(
      responseCode = "400",
      description = "No body, or the body is no readable PDF (the field body is named)")
  @APIResponse(
      responseCode = "413",
      description = "Larger than emulation.signature.verify.max-bytes")
  public DocumentVerification verify(InputStream body) {
    long limit = settings.verifyMaxBytes();
    if (headers.getLength() > limit) {
      throw FileRefusedException.tooLarge(limit);
    }
    byte[] pdf;
    try (InputStream in = body == null ? InputStream.nullInputStream() : body) {
      pdf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("reading the PDF failed", e);
    }
    if (pdf.length > limit) {
      throw FileRefusedException.tooLarge(limit);
    }
    if (pdf.length == 0) {
      throw refused("document.verify.empty");
    }
    List<SignatureCheck> checks;
    try {
      checks = PdfSignatures.verify(pdf, settings.trustAnchors());
    } catch (NotAPdfException e) {
      throw refused("document.verify.notPdf");
    }
    return DocumentVerification.of(checks, clock.getZone());
  }

  private static InvalidInputException refused(String key) {
    return new InvalidInputException(
        "document verification", List.of(new Problem("body", AdapterMessages.text(key))));
  }
}
