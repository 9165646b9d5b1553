package vn.emulation.jakarta.format.upload;

/**
 * An uploaded body found larger than the limit while it was received; its copy is already deleted.
 * The web layer answers it as 413.
 */
public final class UploadTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public UploadTooLargeException(long limit) {
    super("the upload is larger than " + limit + " bytes");
    this.limit = limit;
  }

  /** The most bytes an upload may have. */
  public long limit() {
    return limit;
  }
}
