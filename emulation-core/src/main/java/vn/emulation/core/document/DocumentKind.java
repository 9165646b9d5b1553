package vn.emulation.core.document;

/**
 * The kinds of document the procedure produces, with the name printed as the document's type and
 * the abbreviation in its symbol (Decree 30/2020, Appendix III).
 */
public enum DocumentKind {
  /** Tờ trình: the submission of the council's approved nominees. */
  SUBMISSION("TỜ TRÌNH", "TTr"),
  /** Quyết định (cá biệt, Mẫu 1.2): the award decision with its attached list. */
  DECISION("QUYẾT ĐỊNH", "QĐ"),
  /** The certificate each awardee receives (Giấy khen, or the title's certificate). */
  CERTIFICATE("GIẤY KHEN", "GK");

  private final String title;
  private final String abbreviation;

  DocumentKind(String title, String abbreviation) {
    this.title = title;
    this.abbreviation = abbreviation;
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
