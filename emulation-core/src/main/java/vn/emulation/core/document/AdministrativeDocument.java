package vn.emulation.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A document in the parts Decree 30/2020/NĐ-CP names, in words: the renderer places each part where
 * the decree does. Immutable.
 *
 * @param kind what it is
 * @param issuer the header's bodies (element 2)
 * @param number the number line, "Số: 05/QĐ-UBND" (element 3); blank on a certificate
 * @param placeAndDate the place and date line (element 4)
 * @param title the type in capitals (element 5a: "QUYẾT ĐỊNH")
 * @param summary the summary line(s) under it (trích yếu), in bold
 * @param authority the line naming who decides, under the summary of a decision ("CHỦ TỊCH ỦY BAN
 *     NHÂN DÂN PHƯỜNG RẠCH GIÁ"); blank when none
 * @param addressee "Kính gửi: …" of a submission; blank when none
 * @param body the body, in order (element 6)
 * @param signatory the signature block (element 7)
 * @param recipients the lines of "Nơi nhận:" (element 9b); empty on a certificate
 * @param appendix what is attached in the same file (the list of awardees), on a new page; empty
 *     when nothing is
 */
public record AdministrativeDocument(
    DocumentKind kind,
    Issuer issuer,
    String number,
    String placeAndDate,
    String title,
    List<String> summary,
    String authority,
    String addressee,
    List<Block> body,
    Signatory signatory,
    List<String> recipients,
    List<Block> appendix) {

  public AdministrativeDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuer, "issuer");
    number = number == null ? "" : DocumentDate.nfc(number);
    placeAndDate = DocumentDate.nfc(placeAndDate);
    title = DocumentDate.nfc(title);
    summary = summary.stream().map(DocumentDate::nfc).toList();
    authority = authority == null ? "" : DocumentDate.nfc(authority);
    addressee = addressee == null ? "" : DocumentDate.nfc(addressee);
    body = List.copyOf(body);
    Objects.requireNonNull(signatory, "signatory");
    recipients = recipients.stream().map(DocumentDate::nfc).toList();
    appendix = List.copyOf(appendix);
  }

  /** The national name (Quốc hiệu), element 1. */
  public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

  /** The motto (Tiêu ngữ) under it. */
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  /** "Nơi nhận:", over the recipients. */
  public static final String RECIPIENTS = "Nơi nhận:";
}
