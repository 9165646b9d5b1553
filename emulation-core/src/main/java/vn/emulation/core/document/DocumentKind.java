package vn.emulation.core.document;

/**
 * The kinds of document the procedure produces, with the name printed as the document's type and
 * the abbreviation in its symbol (Decree 30/2020, Appendix III).
 */
public enum DocumentKind {
  /** Tờ trình: the submission of the council's approved nominees. */
  SUBMISSION("TỜ TRÌNH", "TTr", "Tờ trình"),
  /** Quyết định (cá biệt, Mẫu 1.2): the award decision with its attached list. */
  DECISION("QUYẾT ĐỊNH", "QĐ", "Quyết định"),
  /** The certificate each awardee receives (Giấy khen, or the title's certificate). */
  CERTIFICATE("GIẤY KHEN", "GK", "Giấy khen");

  private final String title;
  private final String abbreviation;
  private final String word;

  DocumentKind(String title, String abbreviation, String word) {
    this.title = title;
    this.abbreviation = abbreviation;
    this.word = word;
  }

  /** The kind in a sentence: "Quyết định". */
  public String word() {
    return word;
  }

  /**
   * The name a file of this kind is downloaded under: "Quyết định 15-QĐ-UBND.pdf", "Giấy khen
   * Nguyễn Văn An.pdf" (a number's slash would cut the name; other characters a file system refuses
   * become "-").
   *
   * @param what the document's number and symbol, or the awardee's name
   * @param extension with its dot: ".pdf"
   */
  public String fileName(String what, String extension) {
    return DocumentDate.nfc(word + " " + safe(what) + extension);
  }

  /** The name of the list attached to a document of this kind: "Danh sách kèm theo Tờ trình …". */
  public String listFileName(String number, String extension) {
    return DocumentDate.nfc("Danh sách kèm theo " + word + " " + safe(number) + extension);
  }

  /** The reason a signature of this kind's document states: "Ký ban hành Quyết định số …". */
  public String signingReason(String number) {
    return DocumentDate.nfc("Ký ban hành " + word + " số " + number.strip());
  }

  private static String safe(String what) {
    return what.strip().replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "-");
  }

  /** The type printed in capitals above the summary. */
  public String title() {
    return title;
  }

  /** The abbreviation before the body's in the symbol: QĐ in 15/QĐ-UBND. */
  public String abbreviation() {
    return abbreviation;
  }
}
