package vn.emulation.jakarta.format.dossier;

/** An archive larger, unpacked, than the limit, or with more entries than it may hold. */
public class DossierTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public DossierTooLargeException(long limit) {
    super("the dossier unpacks beyond " + limit + " bytes or holds too many entries");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
