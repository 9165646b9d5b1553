package vn.emulation.jakarta.application.procedure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A document of the procedure as it was issued, signed once and kept (V14's {@code
 * issued_document}, ADR 0051): each later download answers these very bytes. Immutable (the bytes
 * are copied in and out).
 *
 * @param planCode the plan of its case
 * @param caseId the case it belongs to (a submission)
 * @param name what it is within the case: {@link #SUBMISSION}, or {@code decision/<form>}
 * @param kind {@code SUBMISSION} or {@code DECISION}, for the yearly numbering
 * @param number its number and symbol ("01/TTr-VHXH", "15/QĐ-UBND")
 * @param issuedOn the document's day (numbering restarts each year)
 * @param fileName the name it is downloaded under, in Vietnamese
 * @param sha256 the SHA-256 of its bytes, in hex: its ETag
 * @param headSeq the audit entry it prints the hash of, {@code null} when it prints none
 * @param headHash that entry's hash, {@code null} when none
 * @param issuedAt when it was signed
 * @param issuedBy who gave the command that issued it
 */
public record IssuedDocument(
    String planCode,
    String caseId,
    String name,
    String kind,
    String number,
    LocalDate issuedOn,
    String fileName,
    byte[] content,
    String sha256,
    Long headSeq,
    String headHash,
    Instant issuedAt,
    String issuedBy) {

  /** The name of a submission's own document. */
  public static final String SUBMISSION = "submission";

  public IssuedDocument {
    Objects.requireNonNull(planCode, "planCode");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(fileName, "fileName");
    content = content.clone();
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(issuedBy, "issuedBy");
  }

  /** The name of the decision on {@code form}. */
  public static String decision(String form) {
    return "decision/" + form;
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IssuedDocument d
        && planCode.equals(d.planCode)
        && caseId.equals(d.caseId)
        && name.equals(d.name)
        && sha256.equals(d.sha256)
        && Arrays.equals(content, d.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(planCode, caseId, name, sha256);
  }

  @Override
  public String toString() {
    return "IssuedDocument[" + planCode + "/" + caseId + "/" + name + ", " + sha256 + "]";
  }
}
